// A built-in view that is loaded on its own (a heavy editor) carries its stylesheet with
// it instead of adding to the shared one: put into the document once, on first render.

export function ensureViewStyle(el, name, css) {
  const doc = el.ownerDocument ?? document;
  let style = doc.querySelector(`style[data-nbblocks-view-style="${name}"]`);
  if (!style) {
    style = doc.createElement("style");
    style.dataset.nbblocksViewStyle = name;
    (doc.head ?? doc.documentElement).append(style);
  }
  if (style.textContent !== css) style.textContent = css;
}
