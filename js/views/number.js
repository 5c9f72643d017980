// gr.Number: a numeric input; empty means null. Enter sends `submit`.

import { h, isFocused, setInputValue } from "../lib/dom.js";
import inputs from "../styles/inputs.css";

export default {
  styles: [inputs],
  render(ctx) {
    const input = h("input", { type: "number", class: "nbb-input", dataset: { nbblocksPart: "input" } });
    input.setAttribute("aria-labelledby", ctx.labelId);
    ctx.el.append(input);

    const applyProps = () => {
      const p = ctx.props();
      setOrRemove(input, "min", p.minimum);
      setOrRemove(input, "max", p.maximum);
      input.step = p.step ?? (typeof p.precision === "number" && p.precision > 0 ? String(10 ** -p.precision) : "any");
      input.placeholder = p.placeholder ?? "";
      input.readOnly = !ctx.interactive();
    };
    const applyValue = () => {
      const value = ctx.value();
      // While typing "1." or "-" the box holds text that is not a number yet: keep it.
      if (isFocused(input) && (input.validity.badInput || toNumber(input.value) === value)) return;
      setInputValue(input, value === null || value === undefined ? "" : String(value));
    };

    ctx.listen(input, "input", () => {
      if (input.validity.badInput) return;
      const value = toNumber(input.value);
      if (value !== ctx.value()) ctx.setValue(value);
    });
    ctx.listen(input, "keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        if (ctx.interactive()) ctx.dispatch("submit");
      }
    });
    ctx.listen(input, "focus", () => ctx.dispatch("focus"));
    ctx.listen(input, "blur", () => {
      ctx.dispatch("blur");
      applyValue();
    });

    applyProps();
    applyValue();
    ctx.on("props", applyProps);
    ctx.on("value", applyValue);
  },
};

function toNumber(text) {
  if (text === "" || text === null || text === undefined) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function setOrRemove(input, name, value) {
  if (typeof value === "number") input.setAttribute(name, String(value));
  else input.removeAttribute(name);
}
