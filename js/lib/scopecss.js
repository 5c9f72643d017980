// Scopes user CSS to one element with CSS nesting: every top-level rule is nested in
// `scope { ... }`, so `.my-class { ... }` only matches inside the scope. At-rules that
// cannot be nested (@import, @font-face, @keyframes, ...) stay global.

const GLOBAL_AT_RULES = /^@(-[a-z]+-)?(import|charset|namespace|font-face|keyframes|property|counter-style|font-feature-values|page|layer\s*[^{]*;)/i;

export function scopeCss(css, scope) {
  if (typeof css !== "string" || css.trim() === "") return "";
  const scoped = [];
  const global = [];
  for (const statement of topLevelStatements(css)) {
    (GLOBAL_AT_RULES.test(statement) ? global : scoped).push(statement);
  }
  const body = scoped.join("\n");
  return `${global.join("\n")}\n${body.trim() ? `${scope} {\n${body}\n}` : ""}`;
}

/** Split CSS into top-level statements (rules and at-rules), ignoring comments. */
function topLevelStatements(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const statements = [];
  let depth = 0;
  let start = 0;
  let quote = null;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i += 1;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "{") depth += 1;
    else if (ch === "}") {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        statements.push(text.slice(start, i + 1).trim());
        start = i + 1;
      }
    } else if (ch === ";" && depth === 0) {
      statements.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) statements.push(rest);
  return statements.filter(Boolean);
}
