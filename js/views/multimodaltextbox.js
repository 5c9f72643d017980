// gr.MultimodalTextbox: text plus attached files. Files come from the paperclip's picker,
// a drop or a paste, are uploaded to the app's file cache over the comm (binary chunks)
// and shown as chips; Enter sends `submit` (Shift+Enter: a new line). With "microphone" in
// `sources` a microphone button records (as gr.Audio does) and the recording is attached as
// a WAV file.

import { h, setInputValue } from "../lib/dom.js";
import { autosize } from "../lib/autosize.js";
import { icon } from "../lib/icons.js";
import { acceptAttr, uploadAll, uploadStatus } from "../lib/dropzone.js";
import { isImageFile } from "../lib/example.js";
import { chatIcon } from "../lib/chaticons.js";
import { openMicrophone, recordingPanel, uploadRecording } from "../lib/recording.js";
import inputs from "../styles/inputs.css";
import uploads from "../styles/uploads.css";
import chat from "../styles/chat.css";
import media from "../styles/media.css";

const EMPTY = Object.freeze({ text: "", files: [] });

export default {
  styles: [inputs, uploads, media, chat],

  render(ctx) {
    const input = h("textarea", { class: "nbb-input nbb-mmtb-input", rows: 1, dataset: { nbblocksPart: "input" } });
    input.setAttribute("aria-labelledby", ctx.labelId);
    const picker = h("input", { type: "file", class: "nbb-file-input", tabIndex: -1, dataset: { nbblocksPart: "file-input" } });
    const attach = h("button", {
      type: "button", class: "nbb-icon-button nbb-mmtb-attach", title: "Attach files", "aria-label": "Attach files",
      dataset: { nbblocksPart: "attach" },
    }, chatIcon("paperclip"));
    const mic = h("button", {
      type: "button", class: "nbb-icon-button nbb-mmtb-mic", title: "Record from microphone", "aria-label": "Record from microphone",
      dataset: { nbblocksPart: "microphone" },
    }, icon("mic"));
    const chips = h("div", { class: "nbb-mmtb-files", dataset: { nbblocksPart: "files" } });
    const actions = h("div", { class: "nbb-mmtb-actions" });
    const status = uploadStatus(ctx);
    const row = h("div", { class: "nbb-mmtb-row" }, attach, mic, input, actions);
    const recording = recordingPanel(ctx, { onPause: () => togglePause(), onStop: () => stopRecording() });
    recording.el.classList.add("nbb-mmtb-recording");
    recording.el.hidden = true;
    const wrap = h("div", { class: "nbb-mmtb" }, chips, recording.el, row, status.bar, status.error, picker);
    ctx.el.append(wrap);

    const props = () => ctx.props();
    const current = () => {
      const v = ctx.value();
      return v && typeof v === "object" ? { text: v.text ?? "", files: Array.isArray(v.files) ? v.files : [] } : { ...EMPTY };
    };
    const lines = () => Math.max(1, Number(props().lines ?? 1) || 1);
    const resize = () => autosize(input, lines(), Math.max(lines(), Number(props().max_lines ?? 20) || 20));
    const canUpload = () => ctx.interactive() && (props().sources ?? ["upload"]).includes("upload");
    const canRecord = () => ctx.interactive() && (props().sources ?? ["upload"]).includes("microphone");
    const previews = new Map(); // FileData path -> object URL of its thumbnail

    async function add(files) {
      if (!files.length || !canUpload()) return;
      const p = props();
      const chosen = p.file_count === "single" ? files.slice(0, 1) : files;
      const uploaded = await status.run((progress) => uploadAll(ctx, chosen, progress));
      if (!uploaded) return;
      const value = current();
      ctx.setValue({ text: value.text, files: [...value.files, ...uploaded] });
      drawFiles();
    }

    // -- the microphone: a recording is attached like a picked file ----------------------

    let recorder = null;
    let recordTimer = null;

    async function startRecording() {
      if (recorder || !canRecord() || status.busy()) return;
      status.clearError();
      const rec = await openMicrophone((message) => {
        status.error.textContent = message;
        status.error.hidden = false;
      });
      if (!rec) return;
      recorder = rec;
      recordTimer = setInterval(drawRecording, 100);
      drawRecording();
    }

    function togglePause() {
      if (!recorder) return;
      if (recorder.paused()) recorder.resume();
      else recorder.pause();
      drawRecording();
    }

    async function stopRecording() {
      if (!recorder) return;
      const rec = recorder;
      recorder = null;
      clearInterval(recordTimer);
      drawRecording();
      const fd = await uploadRecording(ctx, status, rec, "audio.wav");
      if (!fd) return;
      const value = current();
      ctx.setValue({ text: value.text, files: [...value.files, fd] });
      drawFiles();
    }

    function cancelRecording() {
      if (!recorder) return;
      recorder.close();
      recorder = null;
      clearInterval(recordTimer);
      drawRecording();
    }

    function drawRecording() {
      recording.el.hidden = !recorder;
      wrap.dataset.recording = String(Boolean(recorder));
      mic.replaceChildren(icon(recorder ? "stop" : "mic"));
      mic.title = recorder ? "Stop recording" : "Record from microphone";
      mic.setAttribute("aria-label", mic.title);
      mic.setAttribute("aria-pressed", String(Boolean(recorder)));
      if (recorder) recording.draw(recorder);
    }

    function remove(index) {
      const value = current();
      const files = value.files.filter((_, i) => i !== index);
      ctx.setValue({ text: value.text, files });
      drawFiles();
    }

    function submit() {
      if (!ctx.interactive() || status.busy()) return;
      const value = current();
      if (!value.text.trim() && !value.files.length) return;
      ctx.dispatch("submit");
    }

    function chip(fd, index) {
      const name = fd.orig_name || String(fd.path).split("/").pop();
      const thumb = h("span", { class: "nbb-mmtb-thumb" }, icon("file"));
      if (isImageFile(fd)) {
        const img = h("img", { alt: name });
        const known = previews.get(fd.path);
        if (known) img.src = known;
        else ctx.fileSource(fd).then((source) => {
          const src = source.kind === "url" ? source.url : URL.createObjectURL(source.blob);
          previews.set(fd.path, src);
          img.src = src;
        }).catch(() => {});
        thumb.replaceChildren(img);
      }
      const out = h("span", { class: "nbb-mmtb-file", title: name, dataset: { nbblocksPart: "file", index: String(index) } },
        thumb, h("span", { class: "nbb-mmtb-file-name" }, name));
      if (ctx.interactive()) {
        const del = h("button", { type: "button", class: "nbb-mmtb-remove", title: `Remove ${name}`, "aria-label": `Remove ${name}`, dataset: { nbblocksPart: "file-remove" } }, icon("close"));
        ctx.listen(del, "click", () => remove(index));
        out.append(del);
      }
      return out;
    }

    function drawFiles() {
      const files = current().files;
      chips.replaceChildren(...files.map(chip));
      chips.hidden = files.length === 0;
    }

    function actionButton(kind, spec) {
      const text = typeof spec === "string" ? spec : null;
      const label = kind === "submit" ? "Submit" : "Stop";
      const button = h("button", {
        type: "button", class: `nbb-textbox-action nbb-textbox-${kind}`, title: text ?? label, "aria-label": text ?? label,
        dataset: { nbblocksPart: `${kind}-button` },
      }, text ?? icon(kind === "submit" ? "send" : "stop"));
      ctx.listen(button, "click", () => (kind === "submit" ? submit() : ctx.dispatch("stop")));
      return button;
    }

    let actionsKey = null;
    function applyProps() {
      const p = props();
      input.placeholder = p.placeholder ?? "";
      input.readOnly = !ctx.interactive();
      input.rows = lines();
      if (p.rtl) input.dir = "rtl";
      else input.removeAttribute("dir");
      input.style.textAlign = p.text_align ?? "";
      picker.accept = acceptAttr(p.file_types);
      picker.multiple = p.file_count !== "single";
      if (p.file_count === "directory") picker.setAttribute("webkitdirectory", "");
      else picker.removeAttribute("webkitdirectory");
      attach.hidden = !(p.sources ?? ["upload"]).includes("upload");
      attach.disabled = !canUpload();
      mic.hidden = !(p.sources ?? ["upload"]).includes("microphone");
      mic.disabled = !canRecord();
      if (!canRecord()) cancelRecording();
      const key = JSON.stringify([p.submit_btn ?? true, p.stop_btn ?? false]);
      if (key !== actionsKey) {
        actionsKey = key;
        actions.replaceChildren(...[
          (p.submit_btn ?? true) ? actionButton("submit", p.submit_btn) : null,
          p.stop_btn ? actionButton("stop", p.stop_btn) : null,
        ].filter(Boolean));
      }
      for (const button of actions.children) button.disabled = !ctx.interactive() && !button.classList.contains("nbb-textbox-stop");
      wrap.classList.toggle("nbb-disabled", !ctx.interactive());
      resize();
      drawFiles();
    }

    function applyValue() {
      setInputValue(input, current().text);
      resize();
      drawFiles();
    }

    ctx.listen(input, "input", () => {
      resize();
      ctx.setValue({ text: input.value, files: current().files });
    });
    ctx.listen(input, "keydown", (event) => {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      submit();
    });
    ctx.listen(input, "focus", () => ctx.dispatch("focus"));
    ctx.listen(input, "blur", () => ctx.dispatch("blur"));
    ctx.listen(input, "select", () => {
      const { selectionStart: start, selectionEnd: end } = input;
      if (typeof start !== "number" || start === end) return;
      ctx.dispatch("select", { index: [start, end], value: input.value.slice(start, end), selected: true });
    });
    ctx.listen(input, "paste", (event) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (!files.length || !canUpload()) return;
      event.preventDefault();
      add(files);
    });
    ctx.listen(attach, "click", () => {
      if (canUpload()) picker.click();
    });
    ctx.listen(mic, "click", () => (recorder ? stopRecording() : startRecording()));
    ctx.listen(picker, "change", () => {
      const files = [...(picker.files ?? [])];
      picker.value = "";
      add(files);
    });
    ctx.listen(wrap, "dragover", (event) => {
      if (!canUpload()) return;
      event.preventDefault();
      wrap.classList.add("nbb-dragging");
    });
    ctx.listen(wrap, "dragleave", () => wrap.classList.remove("nbb-dragging"));
    ctx.listen(wrap, "drop", (event) => {
      wrap.classList.remove("nbb-dragging");
      if (!canUpload()) return;
      event.preventDefault();
      add([...(event.dataTransfer?.files ?? [])]);
    });

    applyProps();
    applyValue();
    ctx.on("props", applyProps);
    ctx.on("value", applyValue);
    if (props().autofocus) requestAnimationFrame(() => input.focus());
    return () => {
      clearInterval(recordTimer);
      recorder?.close();
      for (const src of previews.values()) if (src.startsWith("blob:")) URL.revokeObjectURL(src);
    };
  },
};
