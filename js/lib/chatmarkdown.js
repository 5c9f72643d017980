// Chat message text: Markdown (marked), sanitised HTML (DOMPurify), math between
// `latex_delimiters` and highlighted code blocks. Math and highlighting come from
// libraries loaded the first time a message needs them (ctx.loadLibrary).

import { markdownToHtml, decorateRendered } from "./markdown.js";

const MARK = "\u2063"; // invisible separator: survives Markdown and sanitising untouched
const MATH_TOKEN = new RegExp(`${MARK}nbbmath(\\d+)${MARK}`, "g");

// Tags a browser knows; with allow_tags=true any other tag (<thinking>) shows as text.
const HTML_TAGS = new Set(("a abbr address area article aside audio b base bdi bdo blockquote body br button canvas "
  + "caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption "
  + "figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link "
  + "main map mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt "
  + "ruby s samp script search section select slot small source span strong style sub summary sup table tbody td "
  + "template textarea tfoot th thead time title tr track u ul var video wbr math svg").split(" "));

/** `<tag>` of a custom tag as text (Gradio's allow_tags): true = every non-HTML tag, or a list. */
export function escapeCustomTags(text, allowTags) {
  if (!allowTags) return text;
  const listed = Array.isArray(allowTags) ? new Set(allowTags.map((t) => String(t).toLowerCase())) : null;
  return text.replace(/<\/?([a-zA-Z][^\s/<>]*)/g, (match, name) => {
    const tag = name.toLowerCase();
    const escape = listed ? listed.has(tag) : !HTML_TAGS.has(tag);
    return escape ? match.replace(/</g, "&lt;") : match;
  });
}

/**
 * Cut math out of `text` before Markdown sees it (Markdown would eat its `_` and `\\`):
 * each `left ... right` pair of `delimiters` becomes a token; code spans and fenced code
 * keep their dollars. Returns {text, math: [{tex, display}]}.
 */
export function extractMath(text, delimiters) {
  const math = [];
  if (!Array.isArray(delimiters) || delimiters.length === 0) return { text, math };
  const pairs = delimiters
    .filter((d) => d && typeof d.left === "string" && typeof d.right === "string" && d.left)
    .sort((a, b) => b.left.length - a.left.length);
  let out = "";
  let i = 0;
  while (i < text.length) {
    const fence = /^(```|~~~)/.exec(text.slice(i, i + 3));
    if (fence && (i === 0 || text[i - 1] === "\n")) {
      const end = text.indexOf(`\n${fence[1]}`, i + 3);
      const stop = end === -1 ? text.length : end + 4;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (text[i] === "`") {
      let ticks = 1;
      while (text[i + ticks] === "`") ticks += 1;
      const marker = "`".repeat(ticks);
      const end = text.indexOf(marker, i + ticks);
      const stop = end === -1 ? i + ticks : end + ticks;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (text[i] === "\\" && i + 1 < text.length && !pairs.some((d) => text.startsWith(d.left, i))) {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    const pair = pairs.find((d) => text.startsWith(d.left, i));
    if (pair) {
      const end = text.indexOf(pair.right, i + pair.left.length);
      const tex = end === -1 ? "" : text.slice(i + pair.left.length, end);
      if (end !== -1 && tex.trim() && !(pair.left === "$" && /^\s|\s$/.test(tex))) {
        math.push({ tex: tex.trim(), display: Boolean(pair.display) });
        out += `${MARK}nbbmath${math.length - 1}${MARK}`;
        i = end + pair.right.length;
        continue;
      }
    }
    out += text[i];
    i += 1;
  }
  return { text: out, math };
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/**
 * A message's text as HTML. Math shows its source (in `.nbb-math` elements) until
 * `enhance` draws it. Options are the Chatbot's props.
 */
export function messageHtml(text, { renderMarkdown = true, sanitize = true, breaks = true, latexDelimiters = [], allowTags = false } = {}) {
  const plain = !renderMarkdown && sanitize; // text shown as it is, tags and all
  const source = plain ? String(text ?? "") : escapeCustomTags(String(text ?? ""), allowTags);
  const { text: withTokens, math } = extractMath(source, latexDelimiters);
  let html;
  if (renderMarkdown) html = markdownToHtml(withTokens, { breaks, sanitize });
  else html = `<p>${(plain ? escapeHtml(withTokens) : withTokens).replace(/\n/g, "<br>")}</p>`;
  html = html.replace(MATH_TOKEN, (_, n) => {
    const item = math[Number(n)];
    if (!item) return "";
    const tag = item.display ? "div" : "span";
    return `<${tag} class="nbb-math${item.display ? " nbb-math-display" : ""}" data-nbblocks-part="math" data-tex="${escapeHtml(item.tex)}">${escapeHtml(item.tex)}</${tag}>`;
  });
  return html;
}

/**
 * Finish a rendered message: links open in a new tab, code blocks get a copy button and
 * highlighting, math is drawn. Libraries load on first use; `isCurrent()` says whether
 * `root` still shows this render when they arrive.
 */
export async function enhance(root, { loadLibrary, copyButtonFor, isCurrent = () => true }) {
  decorateRendered(root);
  const blocks = [...root.querySelectorAll("pre > code")];
  for (const code of blocks) {
    const pre = code.parentElement;
    if (pre.querySelector(":scope > .nbb-code-copy")) continue;
    pre.classList.add("nbb-code-block");
    const copy = copyButtonFor(() => code.textContent ?? "");
    copy.classList.add("nbb-code-copy");
    pre.prepend(copy);
  }
  const maths = [...root.querySelectorAll(".nbb-math[data-tex]")];
  const jobs = [];
  if (blocks.length) {
    jobs.push(loadLibrary("highlight").then((lib) => {
      if (!isCurrent()) return;
      for (const code of blocks) {
        if (code.dataset.highlighted) continue;
        const language = /(?:^|\s)language-([\w+#-]+)/.exec(code.className)?.[1] ?? null;
        const { html, language: used } = lib.highlight(code.textContent ?? "", language);
        code.innerHTML = html; // escaped by highlight.js: text inside its own spans
        code.classList.add("hljs");
        code.dataset.highlighted = used ?? "plain";
      }
    }).catch(() => {}));
  }
  if (maths.length) {
    jobs.push(loadLibrary("math").then((lib) => {
      if (!isCurrent()) return;
      for (const el of maths) {
        el.innerHTML = lib.renderMath(el.dataset.tex, { display: el.classList.contains("nbb-math-display") });
        el.dataset.rendered = "mathml";
      }
    }).catch(() => {})); // without the library the source stays readable
  }
  await Promise.all(jobs);
}
