// The page's colours for plotting libraries (plotly, Vega, Bokeh), which take colours as
// values, not CSS variables: the theme tokens resolved to rgb() at the block, and whether
// the page is dark. `onThemeChange` calls back when JupyterLab switches its theme (or the
// system's colour scheme changes), so plots can redraw in the new colours.

const TOKENS = {
  text: "--nbb-text",
  subdued: "--nbb-text-subdued",
  border: "--nbb-border",
  background: "--nbb-block-bg",
  panel: "--nbb-panel-bg",
  accent: "--nbb-primary",
};

/** Resolve a CSS colour expression (variables, color-mix, ...) to the rgb() the page uses. */
function resolveColor(el, expression, fallback) {
  const probe = el.ownerDocument.createElement("span");
  probe.style.display = "none";
  probe.style.color = fallback;
  probe.style.color = expression;
  el.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || fallback;
}

function channels(color) {
  const m = /rgba?\(([^)]+)\)/.exec(color || "");
  if (!m) return null;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return parts.length >= 3 ? parts : null;
}

/** Relative luminance (0 black .. 1 white) of an rgb() colour; null when unknown. */
export function luminance(color) {
  const c = channels(color);
  if (!c) return null;
  const [r, g, b] = c.slice(0, 3).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * `{dark, text, subdued, border, background, panel, accent, font}` at `el`: colours as
 * rgb() strings, `font` the text font family. Dark when the text is lighter than the
 * background (a transparent background falls back to the text alone).
 */
export function pageTheme(el) {
  const theme = {};
  const light = { text: "rgb(31, 41, 55)", subdued: "rgb(107, 114, 128)", border: "rgb(229, 231, 235)",
    background: "rgb(255, 255, 255)", panel: "rgb(249, 250, 251)", accent: "rgb(249, 115, 22)" };
  for (const [key, token] of Object.entries(TOKENS)) theme[key] = resolveColor(el, `var(${token})`, light[key]);
  const text = luminance(theme.text);
  const bg = channels(theme.background);
  const bgLum = bg && (bg[3] === undefined || bg[3] > 0) ? luminance(theme.background) : null;
  theme.dark = text !== null && (bgLum === null ? text > 0.5 : text > bgLum);
  theme.font = getComputedStyle(el).fontFamily || "sans-serif";
  return theme;
}

/** A string that changes when the page's theme does (to skip redraws that change nothing). */
export function themeKey(theme) {
  return [theme.dark, theme.text, theme.border, theme.background, theme.accent].join("|");
}

/**
 * Call `callback()` when the page's theme may have changed: JupyterLab's theme attributes
 * on <body>, a class change on <html>/<body>, a stylesheet added to, changed in or loaded
 * into <head>, or the system colour scheme. It may call back when nothing changed (compare
 * `themeKey`). Stops on abort.
 */
export function onThemeChange(ctx, callback) {
  const doc = ctx.root.ownerDocument ?? document;
  let scheduled = false;
  const fire = () => {
    if (scheduled) return;
    scheduled = true;
    // JupyterLab swaps its theme stylesheet after setting the attributes: wait a frame.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      scheduled = false;
      if (!ctx.signal.aborted) callback();
    }));
  };
  const observer = new MutationObserver(fire);
  for (const target of [doc.documentElement, doc.body].filter(Boolean)) {
    observer.observe(target, { attributes: true, attributeFilter: ["class", "data-jp-theme-light", "data-jp-theme-name", "data-theme"] });
  }
  const links = new MutationObserver(fire);
  if (doc.head) links.observe(doc.head, { childList: true, subtree: true, attributeFilter: ["href"] });
  // A stylesheet that finished loading (a theme's CSS arrives after its <link> changed).
  const loaded = (event) => {
    if (event.target?.tagName === "LINK") fire();
  };
  doc.addEventListener("load", loaded, true);
  const media = doc.defaultView?.matchMedia?.("(prefers-color-scheme: dark)");
  media?.addEventListener?.("change", fire);
  ctx.signal.addEventListener("abort", () => {
    observer.disconnect();
    links.disconnect();
    doc.removeEventListener("load", loaded, true);
    media?.removeEventListener?.("change", fire);
  }, { once: true });
}
