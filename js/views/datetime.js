// gr.DateTime: the date as text ("YYYY-MM-DD HH:MM:SS", or "YYYY-MM-DD" without
// include_time, or "now - 5m") plus a calendar button that opens the browser's own date
// and time picker. A typed date is taken on Enter (also `submit`) or when the field loses
// focus, if it has the right form; a picked one at once. Both send `change`.

import { h, setInputValue } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import inputs from "../styles/inputs.css";
import datetime from "../styles/datetime.css";

const NOW = /^(?:\s*now\s*(?:-\s*\d+\s*[dmhs])?)?\s*$/;

export function isValidDate(text, includeTime) {
  if (text === null || text === undefined || text === "") return true;
  const form = includeTime ? /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/;
  return form.test(text) || NOW.test(text);
}

function markInvalid(input, bad) {
  if (bad) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}

const pad = (n) => String(n).padStart(2, "0");

/** The value shown in the native picker ("YYYY-MM-DDTHH:MM:SS" or "YYYY-MM-DD"). */
function toPicker(text, includeTime) {
  const now = new Date();
  let date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  let time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  const match = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}:\d{2}))?$/.exec(String(text ?? "").trim());
  if (match) {
    date = match[1];
    time = match[2] ?? "00:00:00";
  }
  return includeTime ? `${date}T${time}` : date;
}

/** The picker's value in Gradio's form. */
function fromPicker(value, includeTime) {
  if (!value) return "";
  const [date, time = "00:00:00"] = value.split("T");
  return includeTime ? `${date} ${time.length === 5 ? `${time}:00` : time.slice(0, 8)}` : date;
}

export default {
  styles: [inputs, datetime],
  render(ctx) {
    const text = h("input", {
      type: "text", class: "nbb-input nbb-datetime-text", spellcheck: false, autocomplete: "off",
      dataset: { nbblocksPart: "input" },
    });
    text.setAttribute("aria-labelledby", ctx.labelId);
    const picker = h("input", { class: "nbb-datetime-native", tabindex: -1, "aria-hidden": "true", dataset: { nbblocksPart: "picker" } });
    const button = h("button", {
      type: "button", class: "nbb-icon-button nbb-datetime-button", title: "Pick a date", "aria-label": "Pick a date",
      dataset: { nbblocksPart: "picker-button" },
    }, icon("calendar"));
    const pickerBox = h("span", { class: "nbb-datetime-picker" }, picker, button);
    const wrap = h("div", { class: "nbb-datetime" }, text, pickerBox);
    ctx.el.append(wrap);

    const includeTime = () => ctx.props().include_time !== false;

    const commit = (candidate) => {
      const valid = isValidDate(candidate, includeTime());
      markInvalid(text, !valid);
      if (!valid) return false;
      if (candidate !== (ctx.value() ?? "")) ctx.setValue(candidate, { events: ["change"] });
      return true;
    };

    ctx.listen(text, "input", () => {
      markInvalid(text, !isValidDate(text.value, includeTime()));
    });
    ctx.listen(text, "blur", () => commit(text.value));
    ctx.listen(text, "keydown", (event) => {
      if (event.key !== "Enter" || event.isComposing) return;
      event.preventDefault();
      if (commit(text.value)) ctx.dispatch("submit");
    });

    ctx.listen(button, "click", () => {
      if (!ctx.interactive()) return;
      picker.value = toPicker(text.value || ctx.value(), includeTime());
      try {
        picker.showPicker();
      } catch {
        picker.focus();
        picker.click();
      }
    });
    ctx.listen(picker, "change", () => {
      const value = fromPicker(picker.value, includeTime());
      setInputValue(text, value);
      commit(value);
    });

    const applyProps = () => {
      const time = includeTime();
      picker.type = time ? "datetime-local" : "date";
      if (time) picker.step = "1";
      else picker.removeAttribute("step");
      text.placeholder = time ? "YYYY-MM-DD HH:MM:SS" : "YYYY-MM-DD";
      text.readOnly = !ctx.interactive();
      pickerBox.hidden = !ctx.interactive();
      markInvalid(text, !isValidDate(text.value, time));
    };
    const applyValue = () => {
      setInputValue(text, ctx.value() ?? "");
      markInvalid(text, !isValidDate(text.value, includeTime()));
    };
    applyProps();
    applyValue();
    ctx.on("props", applyProps);
    ctx.on("value", applyValue);
  },
};
