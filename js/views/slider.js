// gr.Slider: a range input plus a number box (in the header, next to the label).
// Dragging syncs the value; releasing the pointer sends `release` with the value.

import { h, isFocused, setInputValue, setText } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import inputs from "../styles/inputs.css";
import slider from "../styles/slider.css";

export default {
  styles: [inputs, slider],
  render(ctx) {
    const number = h("input", { type: "number", class: "nbb-input nbb-slider-number", dataset: { nbblocksPart: "number" } });
    number.setAttribute("aria-labelledby", ctx.labelId);
    const reset = h("button", {
      type: "button",
      class: "nbb-icon-button",
      title: "Reset to default value",
      "aria-label": "Reset to default value",
      dataset: { nbblocksPart: "reset" },
    }, icon("reset"));
    const range = h("input", { type: "range", class: "nbb-range", dataset: { nbblocksPart: "range" } });
    range.setAttribute("aria-labelledby", ctx.labelId);
    const minLabel = h("span", { class: "nbb-slider-bound", dataset: { nbblocksPart: "minimum" } });
    const maxLabel = h("span", { class: "nbb-slider-bound", dataset: { nbblocksPart: "maximum" } });
    ctx.header.append(number, reset);
    ctx.el.append(h("div", { class: "nbb-slider" }, minLabel, range, maxLabel));

    const initialValue = ctx.value();
    const bounds = () => {
      const p = ctx.props();
      const minimum = typeof p.minimum === "number" ? p.minimum : 0;
      const maximum = typeof p.maximum === "number" ? p.maximum : 100;
      return { minimum, maximum, step: typeof p.step === "number" && p.step > 0 ? p.step : 1 };
    };
    const paintFill = () => {
      const { minimum, maximum } = bounds();
      const span = maximum - minimum;
      const fraction = span > 0 ? (Number(range.value) - minimum) / span : 0;
      range.style.setProperty("--nbb-range-fill", `${Math.min(100, Math.max(0, fraction * 100))}%`);
    };

    const applyProps = () => {
      const { minimum, maximum, step } = bounds();
      for (const input of [range, number]) {
        input.min = String(minimum);
        input.max = String(maximum);
        input.step = String(step);
      }
      setText(minLabel, minimum);
      setText(maxLabel, maximum);
      const editable = ctx.interactive();
      range.disabled = !editable;
      number.readOnly = !editable;
      reset.hidden = !ctx.props().show_reset_button;
      reset.disabled = !editable;
      applyValue();
    };
    const applyValue = () => {
      const value = ctx.value();
      const text = value === null || value === undefined ? "" : String(value);
      range.value = text === "" ? String(bounds().minimum) : text;
      if (!(isFocused(number) && Number(number.value) === value)) setInputValue(number, text);
      paintFill();
    };

    ctx.listen(range, "input", () => {
      const value = Number(range.value);
      setInputValue(number, String(value));
      paintFill();
      ctx.setValue(value);
    });
    ctx.listen(range, "pointerup", () => ctx.dispatch("release", Number(range.value)));
    ctx.listen(number, "input", () => {
      if (number.value === "" || number.validity.badInput) return;
      const value = Number(number.value);
      if (!Number.isFinite(value) || value === ctx.value()) return;
      range.value = String(value);
      paintFill();
      ctx.setValue(value);
    });
    ctx.listen(number, "blur", () => {
      const { minimum, maximum } = bounds();
      const value = Number(number.value);
      if (number.value !== "" && Number.isFinite(value) && (value < minimum || value > maximum)) {
        ctx.setValue(Math.min(maximum, Math.max(minimum, value)));
      }
      applyValue();
    });
    ctx.listen(reset, "click", () => {
      if (initialValue !== ctx.value()) ctx.setValue(initialValue);
    });

    applyProps();
    ctx.on("props", applyProps);
    ctx.on("value", applyValue);
  },
};
