// gr.Dialogue: a conversation, one line per turn (a speaker chosen from `speakers` and
// the text), or the whole conversation as plain text. `ui_mode` "dialogue" shows the
// lines, "text" the plain text, "both" the lines with a "Plain text" switch. Lines and
// text are turned into each other by the kernel (`ctx.server.format(lines)`,
// `ctx.server.unformat({text})`), so a custom formatter/unformatter decides both ways.
// Typing ":" offers `tags` (arrows, Enter or Tab, Escape). A static dialogue tints each
// speaker's lines (`color_map`, else a palette in the order of `speakers`).

import { h, setInputValue } from "../lib/dom.js";
import { autosize } from "../lib/autosize.js";
import { copyButton } from "../lib/copy.js";
import { icon } from "../lib/icons.js";
import { uniqueId } from "../lib/page.js";
import { createPopover } from "../lib/popover.js";
import inputs from "../styles/inputs.css";
import dropdown from "../styles/dropdown.css";
import dialogue from "../styles/dialogue.css";

// Gradio's speaker colours, in its order: red, green, blue, yellow, purple, teal, orange,
// cyan, lime, pink (mixed into the background, so they read in light and dark themes).
const PALETTE = ["#ef4444", "#22c55e", "#3b82f6", "#eab308", "#a855f7", "#14b8a6", "#f97316", "#06b6d4", "#84cc16", "#ec4899"];

const copyLines = (lines) => lines.map((line) => ({ speaker: line.speaker, text: line.text }));
const sameValue = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const asLines = (value) => (Array.isArray(value) ? value : [])
  .filter((line) => line && typeof line === "object")
  .map((line) => ({ speaker: String(line.speaker ?? ""), text: String(line.text ?? "") }));

export default {
  styles: [inputs, dropdown, dialogue],

  render(ctx) {
    const p = () => ctx.props();

    // -- elements ---------------------------------------------------------------------
    const track = h("span", { class: "nbb-dialogue-switch-track", "aria-hidden": "true" });
    const toggle = h("button", {
      type: "button", class: "nbb-dialogue-switch", role: "switch", "aria-checked": "false",
      dataset: { nbblocksPart: "plain-text-toggle" },
    }, track, h("span", null, "Plain text"));
    const switchRow = h("div", { class: "nbb-dialogue-switch-row" }, toggle);
    const linesBox = h("div", { class: "nbb-dialogue-lines", role: "group", dataset: { nbblocksPart: "lines" } });
    linesBox.setAttribute("aria-labelledby", ctx.labelId);
    const plainArea = h("textarea", { class: "nbb-input nbb-dialogue-plain", rows: 5, dataset: { nbblocksPart: "text" } });
    plainArea.setAttribute("aria-labelledby", ctx.labelId);
    const error = h("div", { class: "nbb-error nbb-dialogue-error", role: "alert", hidden: true, dataset: { nbblocksPart: "dialogue-error" } });
    const footer = h("div", { class: "nbb-dialogue-footer" });
    const tagList = h("ul", {
      class: "nbb-dropdown-options nbb-dialogue-tags", role: "listbox", id: uniqueId("nbb-dialogue-tags"),
      "aria-label": "Tags", dataset: { nbblocksPart: "tags" },
    });
    const wrap = h("div", { class: "nbb-dialogue" }, switchRow, linesBox, plainArea, error, footer, tagList);
    ctx.el.append(wrap);

    // The tag list floats under whichever text field asked for it.
    let tagTarget = null;
    const tagPopover = createPopover({ getBoundingClientRect: () => (tagTarget ?? wrap).getBoundingClientRect() }, tagList, ctx.signal);

    // -- state ------------------------------------------------------------------------
    let lines = []; // the lines shown
    let text = ""; // the plain text shown
    let plain = false; // "both": the plain text is shown instead of the lines
    let busy = false; // a conversion is on its way from the kernel
    let generation = 0; // the latest value from the kernel; older conversions are dropped
    const rows = []; // {el, select, name, area, add, remove, index}
    let copy = null;
    let submit = null;
    let submitKey = null;
    let highlighted = null; // a static dialogue: the speaker the pointer is on
    let shownMode = null; // the mode the value was last shown in

    const declared = () => (Array.isArray(p().speakers) ? p().speakers.filter((s) => typeof s === "string") : []);
    // Speakers to offer and colour: the declared ones; a static dialogue without them
    // colours the speakers of its lines in the order they first speak.
    const knownSpeakers = () => {
      const listed = declared();
      if (listed.length || ctx.interactive()) return listed;
      return [...new Set(lines.map((line) => line.speaker))];
    };
    // No speakers to choose from: a plain text area, as Gradio documents.
    const mode = () => {
      if (!declared().length && ctx.interactive()) return "text";
      return ["dialogue", "text"].includes(p().ui_mode) ? p().ui_mode : "both";
    };
    const showsText = () => mode() === "text" || (mode() === "both" && plain);
    const blankLine = () => ({ speaker: declared()[0] ?? "", text: "" });
    const maxLines = () => (typeof p().max_lines === "number" && p().max_lines > 0 ? p().max_lines : Infinity);
    const colorOf = (speaker) => {
      const map = p().color_map;
      if (map && typeof map === "object") return typeof map[speaker] === "string" ? map[speaker] : null;
      const index = knownSpeakers().indexOf(speaker);
      return index >= 0 ? PALETTE[index % PALETTE.length] : null;
    };

    const showError = (message) => {
      error.textContent = message;
      error.hidden = !message;
    };
    const failed = (what) => (err) => {
      showError(`Could not ${what}: ${err?.message ?? err}`);
      throw err;
    };
    const toText = async (value) => {
      if (typeof value === "string") return value;
      const shown = asLines(value);
      return shown.length ? await ctx.server.format(shown).catch(failed("write the dialogue as text")) : "";
    };
    const toLines = (source) => ctx.server.unformat({ text: source }).catch(failed("read the dialogue from the text"));

    // -- lines ------------------------------------------------------------------------
    function makeRow() {
      const select = h("select", { class: "nbb-input nbb-dialogue-speaker-select", dataset: { nbblocksPart: "speaker" } });
      const name = h("span", { class: "nbb-dialogue-speaker-name", dataset: { nbblocksPart: "speaker-name" } });
      const area = h("textarea", {
        class: "nbb-input nbb-dialogue-text", rows: 1, dataset: { nbblocksPart: "line-text" },
      });
      const add = h("button", { type: "button", class: "nbb-icon-button nbb-dialogue-line-button", dataset: { nbblocksPart: "add-line" } }, icon("plus"));
      const remove = h("button", { type: "button", class: "nbb-icon-button nbb-dialogue-line-button", dataset: { nbblocksPart: "remove-line" } }, icon("trash"));
      const speakerCell = h("div", { class: "nbb-dialogue-speaker" }, select, name);
      const el = h("div", { class: "nbb-dialogue-line", dataset: { nbblocksPart: "line" } }, speakerCell, area, add, remove);
      const row = { el, select, name, area, add, remove, index: 0, optionsKey: null };
      // Plain listeners: a row goes with its elements.
      select.addEventListener("change", () => {
        lines[row.index].speaker = select.value;
        paintRow(row);
        commit();
      });
      area.addEventListener("input", () => {
        edited(area);
        updateTags(area);
      });
      watchCaret(area);
      add.addEventListener("click", () => addLine(row.index));
      remove.addEventListener("click", () => removeLine(row.index));
      speakerCell.addEventListener("mouseenter", () => highlight(lines[row.index]?.speaker ?? null));
      speakerCell.addEventListener("mouseleave", () => highlight(null));
      return row;
    }

    function paintRow(row) {
      const i = row.index;
      const line = lines[i];
      const editable = ctx.interactive();
      row.el.dataset.index = String(i);
      row.el.dataset.speaker = line.speaker;
      row.el.dataset.static = String(!editable);
      const offered = declared().slice();
      if (!offered.includes(line.speaker)) offered.push(line.speaker);
      const key = JSON.stringify(offered);
      if (row.optionsKey !== key) {
        row.select.replaceChildren(...offered.map((speaker) => h("option", { value: speaker }, speaker === "" ? "(no speaker)" : speaker)));
        row.optionsKey = key;
      }
      if (row.select.value !== line.speaker) row.select.value = line.speaker;
      row.select.hidden = !editable;
      row.select.disabled = !editable;
      row.select.setAttribute("aria-label", `Speaker of line ${i + 1}`);
      row.name.textContent = line.speaker;
      row.name.hidden = editable;
      setInputValue(row.area, line.text);
      row.area.readOnly = !editable;
      row.area.placeholder = p().placeholder ?? "";
      row.area.setAttribute("aria-label", `Line ${i + 1}`);
      if (editable && (p().tags ?? []).length) row.area.setAttribute("aria-autocomplete", "list");
      else row.area.removeAttribute("aria-autocomplete");
      row.add.hidden = !editable;
      row.add.disabled = lines.length >= maxLines();
      row.add.title = row.add.disabled ? `At most ${maxLines()} lines` : "Add a line";
      row.add.setAttribute("aria-label", `Add a line after line ${i + 1}`);
      row.remove.hidden = !editable;
      row.remove.disabled = lines.length <= 1;
      row.remove.title = "Remove this line";
      row.remove.setAttribute("aria-label", `Remove line ${i + 1}`);
      const color = editable ? null : colorOf(line.speaker);
      if (color) {
        row.el.style.setProperty("--nbb-dialogue-color", color);
        row.el.dataset.tinted = "true";
      } else {
        row.el.style.removeProperty("--nbb-dialogue-color");
        delete row.el.dataset.tinted;
      }
      row.el.toggleAttribute("data-dimmed", highlighted !== null && line.speaker !== highlighted);
      autosize(row.area, 1, 12);
    }

    function syncRows() {
      while (rows.length < lines.length) {
        const row = makeRow();
        rows.push(row);
        linesBox.append(row.el);
      }
      while (rows.length > lines.length) rows.pop().el.remove();
      rows.forEach((row, i) => {
        row.index = i;
        paintRow(row);
      });
    }

    function highlight(speaker) {
      highlighted = ctx.interactive() ? null : speaker;
      for (const row of rows) row.el.toggleAttribute("data-dimmed", highlighted !== null && lines[row.index].speaker !== highlighted);
    }

    // A person changed the lines: the value is a copy of them (input, then change).
    const commit = () => ctx.setValue(copyLines(lines));

    function addLine(index) {
      if (lines.length >= maxLines()) return;
      lines.splice(index + 1, 0, blankLine());
      syncRows();
      commit();
      rows[index + 1].area.focus();
    }

    function removeLine(index) {
      if (lines.length <= 1) return;
      lines.splice(index, 1);
      syncRows();
      commit();
      rows[Math.min(index, lines.length - 1)].area.focus();
    }

    // A text field changed (typed, or a tag was put in).
    function edited(area) {
      if (area === plainArea) {
        text = plainArea.value;
        autosize(plainArea, 5, 20);
        ctx.setValue(text);
        return;
      }
      const row = rows.find((r) => r.area === area);
      if (!row) return;
      lines[row.index].text = area.value;
      autosize(area, 1, 12);
      commit();
    }

    // -- tags -------------------------------------------------------------------------
    let tagStart = -1; // where the ":" is
    let tagMatches = [];
    let tagActive = 0;

    function watchCaret(area) {
      area.addEventListener("keydown", (event) => onTagKey(event, area));
      area.addEventListener("click", () => updateTags(area));
      area.addEventListener("keyup", (event) => {
        if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) updateTags(area);
      });
      area.addEventListener("blur", () => {
        if (tagTarget === area) closeTags();
      });
    }

    function updateTags(area) {
      const tags = (p().tags ?? []).filter((t) => typeof t === "string");
      const caret = area.selectionStart;
      if (!tags.length || !ctx.interactive() || caret !== area.selectionEnd) return closeTags();
      const before = area.value.slice(0, caret);
      const colon = before.lastIndexOf(":");
      const query = colon >= 0 ? before.slice(colon + 1).toLowerCase() : null;
      if (query === null || /\s/.test(query)) return closeTags();
      const matches = tags.filter((tag) => tag.toLowerCase().includes(query));
      if (!matches.length) return closeTags();
      if (tagTarget && tagTarget !== area) tagTarget.removeAttribute("aria-controls");
      tagTarget = area;
      tagStart = colon;
      if (!sameValue(matches, tagMatches)) tagActive = 0;
      tagMatches = matches;
      drawTags();
      tagPopover.show();
      tagPopover.place();
    }

    function drawTags() {
      tagList.replaceChildren(...tagMatches.map((tag, i) => {
        const option = h("li", {
          class: "nbb-dropdown-option", role: "option", id: `${tagList.id}-${i}`,
          "aria-selected": String(i === tagActive),
          dataset: { nbblocksPart: "tag", index: String(i), active: String(i === tagActive) },
        }, tag);
        option.addEventListener("mousedown", (event) => event.preventDefault()); // the text keeps its focus
        option.addEventListener("click", () => pickTag(i));
        return option;
      }));
      tagTarget.setAttribute("aria-controls", tagList.id);
      tagTarget.setAttribute("aria-activedescendant", `${tagList.id}-${tagActive}`);
      tagList.children[tagActive]?.scrollIntoView({ block: "nearest" });
    }

    function closeTags() {
      if (tagTarget) {
        tagTarget.removeAttribute("aria-activedescendant");
        tagTarget.removeAttribute("aria-controls");
      }
      tagTarget = null;
      tagMatches = [];
      tagPopover.hide();
    }

    function pickTag(i) {
      const area = tagTarget;
      const tag = tagMatches[i];
      if (!area || tag === undefined) return;
      const caret = area.selectionStart;
      const next = `${area.value.slice(0, tagStart)}${tag} ${area.value.slice(caret)}`;
      const at = tagStart + tag.length + 1;
      closeTags();
      area.value = next;
      area.setSelectionRange(at, at);
      area.focus();
      edited(area);
    }

    function onTagKey(event, area) {
      if (tagTarget !== area || !tagMatches.length || event.isComposing) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        const step = event.key === "ArrowDown" ? 1 : -1;
        tagActive = (tagActive + step + tagMatches.length) % tagMatches.length;
        drawTags();
      } else if (event.key === "Enter" || event.key === "Tab") {
        pickTag(tagActive);
      } else if (event.key === "Escape") {
        closeTags();
      } else return;
      event.preventDefault();
      event.stopPropagation();
    }

    // -- plain text and the switch ----------------------------------------------------
    plainArea.addEventListener("input", () => {
      edited(plainArea);
      updateTags(plainArea);
    });
    watchCaret(plainArea);

    ctx.listen(toggle, "click", async () => {
      if (busy) return;
      busy = true;
      showError("");
      draw();
      try {
        if (!plain) {
          text = await toText(ctx.value() ?? copyLines(lines));
          plain = true;
        } else {
          const next = await toLines(text);
          lines = next.length ? asLines(next) : [blankLine()];
          plain = false;
          if (!sameValue(ctx.value(), next)) ctx.setValue(next, { events: ["change"] });
        }
      } catch {
        /* shown by failed() */
      } finally {
        busy = false;
        draw();
      }
    });

    async function onSubmit() {
      if (busy) return;
      // As Gradio: the plain text beside the lines becomes lines before the function runs.
      if (mode() === "both" && plain && declared().length) {
        busy = true;
        draw();
        try {
          const next = await toLines(text);
          lines = next.length ? asLines(next) : [blankLine()];
          if (!sameValue(ctx.value(), next)) ctx.setValue(next, { events: ["change"] });
        } catch {
          return; // shown by failed()
        } finally {
          busy = false;
          draw();
        }
      }
      ctx.dispatch("submit");
    }

    // -- drawing ----------------------------------------------------------------------
    function draw() {
      const editable = ctx.interactive();
      if (!lines.length && editable) lines = [blankLine()];
      wrap.dataset.mode = mode();
      if (busy) wrap.setAttribute("aria-busy", "true");
      else wrap.removeAttribute("aria-busy");
      switchRow.hidden = mode() !== "both";
      toggle.setAttribute("aria-checked", String(plain));
      toggle.disabled = busy;
      const textShown = showsText();
      linesBox.hidden = textShown;
      plainArea.hidden = !textShown;
      if (textShown) closeTagsFor(linesBox);
      else closeTagsFor(plainArea);
      syncRows();
      setInputValue(plainArea, text);
      plainArea.readOnly = !editable;
      plainArea.placeholder = p().placeholder ?? "";
      if (editable && (p().tags ?? []).length) plainArea.setAttribute("aria-autocomplete", "list");
      else plainArea.removeAttribute("aria-autocomplete");
      if (textShown) autosize(plainArea, 5, 20);
      drawButtons();
    }

    function closeTagsFor(hiddenPart) {
      if (tagTarget && (tagTarget === hiddenPart || hiddenPart.contains(tagTarget))) closeTags();
    }

    function drawButtons() {
      const props = p();
      const wantsCopy = props.show_label !== false && Array.isArray(props.buttons) && props.buttons.includes("copy");
      if (wantsCopy && !copy) {
        copy = copyButton({
          signal: ctx.signal,
          getText: () => (showsText() ? text : toText(ctx.value() ?? copyLines(lines))),
        });
        ctx.header.append(copy);
      } else if (!wantsCopy && copy) {
        copy.remove();
        copy = null;
      }
      const spec = ctx.interactive() ? props.submit_btn ?? false : false;
      const key = JSON.stringify(spec);
      if (key !== submitKey) {
        submitKey = key;
        submit = null;
        if (spec) {
          const label = typeof spec === "string" ? spec : null;
          submit = h("button", {
            type: "button", class: "nbb-textbox-action nbb-textbox-submit", title: label ?? "Submit",
            "aria-label": label ?? "Submit", dataset: { nbblocksPart: "submit-button" },
          }, label ?? icon("send"));
          submit.addEventListener("click", onSubmit);
        }
        footer.replaceChildren(...(submit ? [submit] : []));
      }
      footer.hidden = !submit;
      if (submit) submit.disabled = busy;
    }

    // A value from the kernel (or another view of this block).
    async function applyValue() {
      const mine = ++generation;
      const value = ctx.value();
      shownMode = mode();
      showError("");
      if (typeof value === "string") {
        text = value;
        if (mode() === "both") plain = true;
        if (mode() === "dialogue") {
          // Lines only: the text is split as the plain-text switch would split it.
          draw();
          try {
            const next = value.trim() ? await toLines(value) : [];
            if (mine !== generation) return;
            lines = asLines(next);
          } catch {
            return;
          }
        }
      } else {
        lines = asLines(value);
        if (showsText()) {
          draw();
          try {
            const next = await toText(value);
            if (mine !== generation) return;
            text = next;
          } catch {
            return;
          }
        }
      }
      draw();
      if (showsText() && p().autoscroll !== false) plainArea.scrollTop = plainArea.scrollHeight;
    }

    ctx.on("value", applyValue);
    ctx.on("props", () => {
      // Another mode (ui_mode, speakers, interactive) shows the value anew; else redraw.
      if (mode() !== shownMode) applyValue();
      else draw();
    });
    applyValue();
    if (p().autofocus) {
      requestAnimationFrame(() => (showsText() ? plainArea : rows[0]?.area)?.focus());
    }
  },
};
