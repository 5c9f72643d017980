// gr.Code: a CodeMirror 6 editor with syntax highlighting for Gradio's languages.
// CodeMirror and the language packs are bundled into this view only, so they load when a
// Code component is shown. Tokens get `tok-*` classes coloured from JupyterLab's editor
// theme variables, so the editor follows the Lab's light/dark theme as it changes.

import { Compartment, EditorState } from "@codemirror/state";
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { classHighlighter } from "@lezer/highlight";
import { h, saveAs } from "../lib/dom.js";
import { copyButton } from "../lib/copy.js";
import { iconButton } from "../lib/dropzone.js";
import { fileExtension, languageExtension } from "../lib/codelanguages.js";
import code from "../styles/code.css";

const theme = EditorView.theme({
  "&": { backgroundColor: "transparent", color: "var(--nbb-code-text)" },
  ".cm-content": { caretColor: "var(--nbb-code-cursor)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--nbb-code-cursor)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground":
    { backgroundColor: "var(--nbb-code-selection)" },
  ".cm-gutters": { backgroundColor: "var(--nbb-code-gutter-bg)", color: "var(--nbb-text-faint)", borderRight: "1px solid var(--nbb-border)" },
  ".cm-activeLine": { backgroundColor: "var(--nbb-code-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--nbb-code-active-line)", color: "var(--nbb-text-subdued)" },
  "&.cm-focused": { outline: "none" },
  ".cm-tooltip": { backgroundColor: "var(--nbb-block-bg)", color: "var(--nbb-text)", border: "1px solid var(--nbb-border)" },
});

export default {
  styles: [code],
  render(ctx) {
    const toolbar = h("div", { class: "nbb-code-toolbar", dataset: { nbblocksPart: "toolbar" } });
    const host = h("div", { class: "nbb-code-editor", dataset: { nbblocksPart: "editor" } });
    const wrap = h("div", { class: "nbb-code" }, toolbar, host);
    ctx.el.append(wrap);

    const language = new Compartment();
    const numbers = new Compartment();
    const wrapping = new Compartment();
    const completion = new Compartment();
    const editable = new Compartment();

    const props = () => ctx.props();
    const text = () => (typeof ctx.value() === "string" ? ctx.value() : "");
    const numbersExt = () => (props().show_line_numbers === false ? [] : [lineNumbers(), highlightActiveLineGutter()]);
    const wrapExt = () => (props().wrap_lines ? EditorView.lineWrapping : []);
    const completionExt = () => (props().autocomplete ? [autocompletion(), keymap.of(completionKeymap)] : []);
    const editableExt = () => [EditorState.readOnly.of(!ctx.interactive()), EditorView.editable.of(ctx.interactive())];

    let applyingKernelValue = false;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: text(),
        extensions: [
          highlightSpecialChars(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          highlightActiveLine(),
          syntaxHighlighting(classHighlighter),
          indentUnit.of("    "), // four spaces, as JupyterLab indents
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
          theme,
          language.of(languageExtension(props().language)),
          numbers.of(numbersExt()),
          wrapping.of(wrapExt()),
          completion.of(completionExt()),
          editable.of(editableExt()),
          EditorView.contentAttributes.of({ "aria-labelledby": ctx.labelId, "data-nbblocks-part": "input" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !applyingKernelValue) ctx.setValue(update.state.doc.toString());
          }),
          EditorView.domEventHandlers({
            focus: () => { ctx.dispatch("focus"); },
            blur: () => { ctx.dispatch("blur"); },
          }),
        ],
      }),
    });

    // A value from the kernel replaces only what differs, so a caret elsewhere stays put.
    const applyValue = () => {
      const next = text();
      const current = view.state.doc.toString();
      if (next === current) return;
      let start = 0;
      const limit = Math.min(next.length, current.length);
      while (start < limit && next.charCodeAt(start) === current.charCodeAt(start)) start += 1;
      let endCurrent = current.length;
      let endNext = next.length;
      while (endCurrent > start && endNext > start && next.charCodeAt(endNext - 1) === current.charCodeAt(endCurrent - 1)) {
        endCurrent -= 1;
        endNext -= 1;
      }
      applyingKernelValue = true;
      try {
        view.dispatch({ changes: { from: start, to: endCurrent, insert: next.slice(start, endNext) } });
      } finally {
        applyingKernelValue = false;
      }
    };

    let buttonsKey = null;
    const applyProps = () => {
      const p = props();
      wrap.style.setProperty("--nbb-code-lines", String(Math.max(1, Number(p.lines ?? 5) || 5)));
      const maxLines = Number(p.max_lines);
      if (Number.isFinite(maxLines) && maxLines > 0) wrap.style.setProperty("--nbb-code-max-lines", String(maxLines));
      else wrap.style.removeProperty("--nbb-code-max-lines");
      wrap.classList.toggle("nbb-code-bounded", Number.isFinite(maxLines) && maxLines > 0);
      wrap.classList.toggle("nbb-code-static", !ctx.interactive());
      wrap.dataset.language = typeof p.language === "string" ? p.language : "";
      view.dispatch({
        effects: [
          language.reconfigure(languageExtension(p.language)),
          numbers.reconfigure(numbersExt()),
          wrapping.reconfigure(wrapExt()),
          completion.reconfigure(completionExt()),
          editable.reconfigure(editableExt()),
        ],
      });
      const buttons = Array.isArray(p.buttons) ? p.buttons.filter((b) => typeof b === "string") : ["copy", "download"];
      const key = buttons.join(",");
      if (key !== buttonsKey) {
        buttonsKey = key;
        const items = [];
        if (buttons.includes("copy")) items.push(copyButton({ getText: () => view.state.doc.toString(), signal: ctx.signal }));
        if (buttons.includes("download")) {
          items.push(iconButton(ctx, {
            iconName: "download", label: "Download", part: "download",
            onClick: () => saveAs(new Blob([view.state.doc.toString()], { type: "text/plain" }), `file.${fileExtension(props().language)}`),
          }));
        }
        toolbar.replaceChildren(...items);
        toolbar.hidden = items.length === 0;
      }
    };

    applyProps();
    ctx.on("value", applyValue);
    ctx.on("props", applyProps);
    return () => view.destroy();
  },
};
