// gr.Textbox: a one-line <input> (lines == 1) or an auto-growing <textarea>.
// Every keystroke syncs the value; Enter in a one-line box sends `submit`.

import { h, setInputValue } from "../lib/dom.js";
import { autosize } from "../lib/autosize.js";
import { copyButton } from "../lib/copy.js";
import { icon } from "../lib/icons.js";
import inputs from "../styles/inputs.css";

const INPUT_TYPES = ["text", "password", "email"];

export default {
  styles: [inputs],
  render(ctx) {
    const field = h("div", { class: "nbb-textbox-field" });
    const actions = h("div", { class: "nbb-textbox-actions", style: "display:contents" });
    const wrap = h("div", { class: "nbb-textbox" }, field, actions);
    ctx.el.append(wrap);

    let input = null;
    let kind = null;
    let copy = null;
    let actionsKey = null;

    const props = () => ctx.props();
    const lines = () => Math.max(1, Number(props().lines ?? 1) || 1);
    const maxLines = () => Math.max(lines(), Number(props().max_lines ?? 20) || 20);
    const wantedKind = () => (lines() === 1 || ["password", "email"].includes(props().type) ? "input" : "textarea");

    const resize = () => {
      if (kind === "textarea") autosize(input, lines(), maxLines());
    };

    function createInput() {
      kind = wantedKind();
      input = h(kind, { class: "nbb-input", dataset: { nbblocksPart: "input" } });
      input.setAttribute("aria-labelledby", ctx.labelId);
      ctx.listen(input, "input", () => {
        resize();
        ctx.setValue(input.value);
      });
      ctx.listen(input, "keydown", (event) => {
        if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
        if (kind !== "input") return;
        event.preventDefault();
        if (ctx.interactive()) ctx.dispatch("submit");
      });
      ctx.listen(input, "focus", () => ctx.dispatch("focus"));
      ctx.listen(input, "blur", () => ctx.dispatch("blur"));
      ctx.listen(input, "select", () => {
        const { selectionStart: start, selectionEnd: end } = input;
        if (typeof start !== "number" || start === end) return;
        ctx.dispatch("select", { index: [start, end], value: input.value.slice(start, end), selected: true });
      });
      if (typeof ResizeObserver === "function") {
        const observer = new ResizeObserver(() => resize());
        observer.observe(input);
        ctx.signal.addEventListener("abort", () => observer.disconnect(), { once: true });
      }
      field.replaceChildren(input);
      if (copy) field.append(copy);
    }

    function actionButton(kindName, spec, event) {
      const text = typeof spec === "string" ? spec : null;
      const button = h("button", {
        type: "button",
        class: `nbb-textbox-action nbb-textbox-${kindName}`,
        title: text ?? (kindName === "submit" ? "Submit" : "Stop"),
        "aria-label": text ?? (kindName === "submit" ? "Submit" : "Stop"),
        dataset: { nbblocksPart: `${kindName}-button` },
      }, text ?? icon(kindName === "submit" ? "send" : "stop"));
      ctx.listen(button, "click", () => ctx.dispatch(event));
      return button;
    }

    function applyProps() {
      const p = props();
      if (wantedKind() !== kind) {
        createInput();
        setInputValue(input, ctx.value() ?? "");
      }
      if (kind === "input") input.type = INPUT_TYPES.includes(p.type) ? p.type : "text";
      else input.rows = lines();
      input.placeholder = p.placeholder ?? "";
      if (typeof p.max_length === "number" && p.max_length > 0) input.maxLength = p.max_length;
      else input.removeAttribute("maxlength");
      input.readOnly = !ctx.interactive();
      if (p.rtl) input.dir = "rtl";
      else input.removeAttribute("dir");
      input.style.textAlign = p.text_align ?? "";

      const wantsCopy = Array.isArray(p.buttons) ? p.buttons.includes("copy") : Boolean(p.show_copy_button);
      if (wantsCopy && !copy) {
        copy = copyButton({ getText: () => input.value, signal: ctx.signal, onCopy: (text) => ctx.dispatch("copy", { value: text }) });
        field.append(copy);
      } else if (!wantsCopy && copy) {
        copy.remove();
        copy = null;
      }
      field.classList.toggle("nbb-has-copy", Boolean(copy));

      const submitSpec = p.submit_btn ?? false;
      const stopSpec = p.stop_btn ?? false;
      const key = JSON.stringify([submitSpec, stopSpec]);
      if (key !== actionsKey) {
        actions.replaceChildren(
          ...[submitSpec ? actionButton("submit", submitSpec, "submit") : null,
            stopSpec ? actionButton("stop", stopSpec, "stop") : null].filter(Boolean),
        );
        actionsKey = key;
      }
      // A chat locks its textbox while a reply streams; its stop button must still work.
      for (const button of actions.children) button.disabled = !ctx.interactive() && !button.classList.contains("nbb-textbox-stop");
      resize();
    }

    function applyValue() {
      setInputValue(input, ctx.value() ?? "");
      resize();
      if (kind === "textarea" && props().autoscroll !== false) input.scrollTop = input.scrollHeight;
    }

    applyProps();
    applyValue();
    ctx.on("props", applyProps);
    ctx.on("value", applyValue);
    if (props().autofocus) requestAnimationFrame(() => input.focus());
  },
};
