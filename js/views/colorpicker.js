// gr.ColorPicker: the browser's own colour picker (a swatch) beside a text field for the
// hex code. Moving in the picker sends `input` and `change` (at most once a frame),
// closing it sends `release`; a typed colour (any CSS colour, stored as #rrggbb) is taken
// on Enter (also `submit`) or when the field loses focus.

import { h, setInputValue } from "../lib/dom.js";
import { resolveColor } from "../lib/colors.js";
import inputs from "../styles/inputs.css";
import colorpicker from "../styles/colorpicker.css";

const HEX = /^#[0-9a-f]{6}$/;

/** `#rrggbb` for any CSS colour the browser knows; null otherwise. */
function toHex(text) {
  const value = String(text ?? "").trim();
  if (!value) return null;
  if (HEX.test(value.toLowerCase())) return value.toLowerCase();
  if (typeof CSS !== "undefined" && CSS.supports && !CSS.supports("color", value)) return null;
  return resolveColor(value).hex;
}

export default {
  styles: [inputs, colorpicker],
  render(ctx) {
    const picker = h("input", { type: "color", class: "nbb-colorpicker-swatch", dataset: { nbblocksPart: "picker" } });
    const text = h("input", {
      type: "text", class: "nbb-input nbb-colorpicker-text", spellcheck: false, autocomplete: "off", placeholder: "#000000",
      dataset: { nbblocksPart: "input" },
    });
    picker.setAttribute("aria-labelledby", ctx.labelId);
    text.setAttribute("aria-labelledby", ctx.labelId);
    const wrap = h("div", { class: "nbb-colorpicker" }, picker, text);
    ctx.el.append(wrap);

    let frame = null;
    let pending = null;
    const flush = () => {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
      if (pending === null) return;
      const value = pending;
      pending = null;
      if (value !== ctx.value()) ctx.setValue(value);
    };
    ctx.signal.addEventListener("abort", () => frame !== null && cancelAnimationFrame(frame));

    ctx.listen(picker, "input", () => {
      const value = picker.value.toLowerCase();
      setInputValue(text, value);
      text.removeAttribute("aria-invalid");
      pending = value;
      frame ??= requestAnimationFrame(flush);
    });
    ctx.listen(picker, "change", () => {
      flush();
      ctx.dispatch("release", picker.value.toLowerCase());
    });

    const commit = () => {
      const typed = text.value.trim();
      const hex = toHex(typed);
      if (hex === null) {
        if (typed === "") {
          setInputValue(text, ctx.value() ?? "");
          return true;
        }
        text.setAttribute("aria-invalid", "true");
        return false;
      }
      text.removeAttribute("aria-invalid");
      setInputValue(text, hex);
      picker.value = hex;
      if (hex !== ctx.value()) ctx.setValue(hex);
      return true;
    };
    ctx.listen(text, "change", commit);
    ctx.listen(text, "keydown", (event) => {
      if (event.key !== "Enter" || event.isComposing) return;
      event.preventDefault();
      if (commit() && ctx.interactive()) ctx.dispatch("submit");
    });

    // focus and blur of the component as a whole (moving between its two fields is neither).
    ctx.listen(wrap, "focusin", (event) => {
      if (!wrap.contains(event.relatedTarget)) ctx.dispatch("focus");
    });
    ctx.listen(wrap, "focusout", (event) => {
      if (!wrap.contains(event.relatedTarget)) ctx.dispatch("blur");
    });

    const applyValue = () => {
      const value = ctx.value();
      setInputValue(text, value ?? "");
      text.removeAttribute("aria-invalid");
      const hex = toHex(value);
      picker.value = hex ?? "#000000";
      wrap.classList.toggle("nbb-colorpicker-empty", hex === null);
    };
    const applyProps = () => {
      const editable = ctx.interactive();
      picker.disabled = !editable;
      text.readOnly = !editable;
    };
    applyProps();
    applyValue();
    ctx.on("value", applyValue);
    ctx.on("props", applyProps);
  },
};
