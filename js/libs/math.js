// LaTeX to MathML (Temml): the browser draws MathML natively, so no fonts ship with it.
// Loaded by a view only when a message holds math between its latex_delimiters.

import temml from "temml";
import style from "./math.css";

let styled = false;

/** MathML markup for `tex`; errors show the source in red instead of throwing. */
export function renderMath(tex, { display = false } = {}) {
  if (!styled && typeof document !== "undefined") {
    const el = document.createElement("style");
    el.dataset.nbblocksLibrary = "math";
    el.textContent = style.css; // the build makes a stylesheet import {name, rank, css}
    (document.head ?? document.documentElement).append(el);
    styled = true;
  }
  return temml.renderToString(tex, { displayMode: display, throwOnError: false, trust: false });
}
