// Gradio 6's gr.HTML templates: Handlebars blocks and tags ({{#each}}, {{#if}}/{{else}},
// {{name}} escaped, {{{name}}} raw) are filled first, then the text is evaluated as a
// JavaScript template string (`${...}`) with the props as variables.

const IDENT = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(["default", "class", "function", "new", "this", "delete", "in", "instanceof", "typeof", "void",
  "var", "let", "const", "if", "else", "for", "while", "do", "return", "switch", "case", "break", "continue", "try",
  "catch", "finally", "throw", "with", "yield", "await", "import", "export", "extends", "super", "enum", "null", "true", "false"]);

export function escapeHtml(value) {
  return String(value ?? "").replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]);
}

function lookup(path, scope) {
  if (path === "this" || path === ".") return scope.this;
  const parts = path.replace(/^this\./, "").split(".");
  let value = parts[0] in scope.vars ? scope.vars[parts[0]] : scope.this?.[parts[0]];
  for (const part of parts.slice(1)) value = value?.[part];
  return value;
}

function truthy(value) {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

// Find the `{{/name}}` closing `open` (nesting-aware); returns [body, elseBody, end].
function block(text, start, name) {
  const tag = new RegExp(`{{\\s*(#${name}\\b|/${name}\\s*}}|else\\s*}})`, "g");
  tag.lastIndex = start;
  let depth = 0;
  let elseAt = -1;
  let elseEnd = -1;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[1].startsWith("#")) depth += 1;
    else if (m[1].startsWith("else")) {
      if (depth === 0 && elseAt < 0) { elseAt = m.index; elseEnd = tag.lastIndex; }
    } else if (depth === 0) {
      const bodyEnd = elseAt >= 0 ? elseAt : m.index;
      return [text.slice(start, bodyEnd), elseAt >= 0 ? text.slice(elseEnd, m.index) : "", tag.lastIndex];
    } else depth -= 1;
  }
  throw new Error(`{{#${name}}} is not closed`);
}

function handlebars(text, scope) {
  let out = "";
  let i = 0;
  const open = /{{{\s*([\w.@$]+)\s*}}}|{{\s*#(each|if|unless)\s+([\w.@$]+)\s*}}|{{\s*([\w.@$]+)\s*}}/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    out += text.slice(i, m.index);
    if (m[1] !== undefined) {
      out += String(lookup(m[1], scope) ?? "");
      i = open.lastIndex;
    } else if (m[2] !== undefined) {
      const [body, elseBody, end] = block(text, open.lastIndex, m[2]);
      const value = lookup(m[3], scope);
      if (m[2] === "each") {
        const items = Array.isArray(value) ? value.map((v, k) => [k, v]) : Object.entries(value ?? {});
        out += items.length
          ? items.map(([key, item], index) => handlebars(body, { vars: { ...scope.vars, "@index": index, "@key": key }, this: item })).join("")
          : handlebars(elseBody, scope);
      } else {
        const yes = m[2] === "if" ? truthy(value) : !truthy(value);
        out += handlebars(yes ? body : elseBody, scope);
      }
      i = end;
      open.lastIndex = end;
    } else {
      out += escapeHtml(lookup(m[4], scope));
      i = open.lastIndex;
    }
  }
  return out + text.slice(i);
}

const compiled = new Map();

export function fillTemplate(template, data) {
  if (typeof template !== "string" || template === "") return "";
  const text = template.includes("{{") ? handlebars(template, { vars: data, this: data }) : template;
  if (!text.includes("${")) return text;
  const names = Object.keys(data).filter((k) => IDENT.test(k) && !RESERVED.has(k)).sort();
  const key = `${names.join(",")}\u0000${text}`;
  let fn = compiled.get(key);
  if (!fn) {
    fn = new Function(...names, `return \`${text}\`;`);
    if (compiled.size > 200) compiled.clear();
    compiled.set(key, fn);
  }
  return String(fn(...names.map((k) => data[k])));
}
