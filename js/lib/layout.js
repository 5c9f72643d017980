// Shared props of layout blocks (Row, Column, Group, ...).

import { cssSize } from "./dom.js";

const VARIANTS = ["default", "panel", "compact"];

/** Apply `variant` as a `nbb-variant-<name>` class. */
export function applyVariant(el, variant) {
  for (const name of VARIANTS) el.classList.toggle(`nbb-variant-${name}`, name === (variant ?? "default"));
}

/** Apply `height`, `max_height` and `min_height` (numbers are pixels). */
export function applyHeights(el, props) {
  el.style.height = cssSize(props.height);
  el.style.maxHeight = cssSize(props.max_height);
  el.style.minHeight = cssSize(props.min_height);
  el.classList.toggle("nbb-overflow", Boolean(props.height ?? props.max_height));
}
