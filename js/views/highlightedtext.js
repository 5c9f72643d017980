// gr.HighlightedText: tokens coloured by category (Gradio's palette, or color_map) or by
// score (red for positive, purple for negative), a legend, inline category labels.
// Clicking a token sends `select` with {index, value: [token, label]}. When interactive,
// selecting text inside a token labels it, a label can be edited in place, and × removes
// it; each edit sends `change` with the new tokens.

import { h } from "../lib/dom.js";
import { resolveColor } from "../lib/colors.js";
import highlightedtext from "../styles/highlightedtext.css";

// Gradio's category palette: [name, primary, secondary] (Tailwind 600/500 and 100).
const PALETTE = [
  ["red", "#dc2626", "#fee2e2"], ["green", "#16a34a", "#dcfce7"], ["blue", "#2563eb", "#dbeafe"],
  ["yellow", "#eab308", "#fef9c3"], ["purple", "#9333ea", "#f3e8ff"], ["teal", "#0d9488", "#ccfbf1"],
  ["orange", "#ea580c", "#ffedd5"], ["cyan", "#0891b2", "#cffafe"], ["lime", "#84cc16", "#ecfccb"],
  ["pink", "#db2777", "#fce7f3"],
];
const NAMED = Object.fromEntries(PALETTE.map(([name, primary, secondary]) => [name, { primary, secondary }]));
const TRANSPARENT = { primary: "transparent", secondary: "transparent" };

function isTransparent(color) {
  const c = String(color ?? "").toLowerCase().trim();
  return !c || c === "transparent" || (c.length === 9 && c.endsWith("00"));
}

/** {category: {primary, secondary}}: color_map first, then the palette in order. */
export function categoryColors(tokens, colorMap) {
  const names = { ...(colorMap ?? {}) };
  for (const t of tokens) {
    const label = t.class_or_confidence;
    if (typeof label === "string" && !(label in names)) names[label] = PALETTE[Object.keys(names).length % PALETTE.length][0];
  }
  const out = {};
  for (const [label, raw] of Object.entries(names)) {
    const color = String(raw).trim();
    if (color in NAMED) out[label] = NAMED[color];
    else if (isTransparent(color)) out[label] = TRANSPARENT;
    else {
      const { rgb } = resolveColor(color);
      out[label] = { primary: rgb, secondary: rgb.replace("rgb(", "rgba(").replace(")", ", 0.5)") };
    }
  }
  return out;
}

export function scoreColor(score) {
  if (score === null || score === undefined || Number.isNaN(score)) return "";
  return score < 0 ? `rgba(128, 90, 213, ${-score})` : `rgba(239, 68, 60, ${score})`;
}

/** Adjacent tokens with the same label merged (after a label is removed). */
function mergeEqual(tokens) {
  const out = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.class_or_confidence === t.class_or_confidence) last.token += t.token;
    else out.push({ ...t });
  }
  return out;
}

export default {
  styles: [highlightedtext],
  render(ctx) {
    const legend = h("div", { class: "nbb-ht-legend", dataset: { nbblocksPart: "legend" } });
    const field = h("div", { class: "nbb-ht-text", dataset: { nbblocksPart: "text" } });
    const wrap = h("div", { class: "nbb-highlighted" }, legend, field);
    ctx.el.append(wrap);

    let active = null; // category the legend is pointing at
    let editing = -1; // token whose label is being edited

    const props = () => ctx.props();
    const tokens = () => (Array.isArray(ctx.value()) ? ctx.value() : []);
    const scoresMode = () => tokens().some((t) => t.class_or_confidence !== null && typeof t.class_or_confidence !== "string");
    const visiblePiece = (piece) => (props().show_whitespaces === false ? piece.trim() !== "" : piece !== "");

    function setTokens(next) {
      ctx.setValue(next, { events: ["change"] });
      draw();
    }

    function relabel(index, raw) {
      const next = tokens().map((t) => ({ ...t }));
      if (!next[index]) return;
      const text = String(raw ?? "").trim();
      let label = text === "" ? null : text;
      if (label !== null && scoresMode()) {
        const score = Number(text);
        label = Number.isFinite(score) ? score : null;
      }
      next[index].class_or_confidence = label;
      editing = -1;
      setTokens(next);
    }

    function removeLabel(index) {
      const next = tokens().map((t) => ({ ...t }));
      if (!next[index]) return;
      next[index].class_or_confidence = null;
      editing = -1;
      setTokens(mergeEqual(next));
      window.getSelection?.()?.removeAllRanges();
    }

    function clickToken(index) {
      const t = tokens()[index];
      if (!t) return;
      const labelled = t.class_or_confidence !== null;
      const editable = ctx.interactive() && labelled;
      const selects = ctx.events().includes("select");
      if (selects && (!scoresMode() || !editable)) ctx.dispatch("select", { index, value: [t.token, t.class_or_confidence], selected: true });
      if (editable && editing !== index) {
        editing = index;
        draw();
      }
    }

    // Interactive: text selected inside one token becomes a new labelled token.
    function labelSelection() {
      if (!ctx.interactive() || editing !== -1) return;
      const selection = (ctx.el.getRootNode().getSelection?.() ?? window.getSelection());
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      const startText = range.startContainer.parentElement?.closest("[data-nbblocks-part=token-text]");
      const endText = range.endContainer.parentElement?.closest("[data-nbblocks-part=token-text]");
      if (!startText || startText !== endText || !field.contains(startText)) return;
      const index = Number(startText.dataset.index);
      const t = tokens()[index];
      if (!t) return;
      const offset = Number(startText.dataset.offset);
      const start = offset + range.startOffset;
      const end = offset + range.endOffset;
      if (end <= start) return;
      const picked = t.token.slice(start, end);
      if (!visiblePiece(picked)) return;
      const keep = t.class_or_confidence;
      const pieces = [
        { token: t.token.slice(0, start), class_or_confidence: keep },
        { token: picked, class_or_confidence: scoresMode() ? 1 : "label" },
        { token: t.token.slice(end), class_or_confidence: keep },
      ].filter((p) => visiblePiece(p.token));
      const next = [...tokens().slice(0, index).map((x) => ({ ...x })), ...pieces, ...tokens().slice(index + 1).map((x) => ({ ...x }))];
      editing = index + pieces.findIndex((p) => p.token === picked);
      selection.removeAllRanges();
      setTokens(next);
    }
    ctx.listen(field, "mouseup", () => setTimeout(labelSelection, 0));

    function labelEditor(index, t) {
      const scores = scoresMode();
      const input = h("input", {
        type: scores ? "number" : "text", class: "nbb-ht-label-input", value: t.class_or_confidence ?? "",
        placeholder: scores ? "" : "label", dataset: { nbblocksPart: "label-input", index: String(index) },
      });
      if (scores) input.step = "0.1";
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        relabel(index, input.value);
      };
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          finish();
        } else if (event.key === "Escape") {
          done = true;
          editing = -1;
          draw();
        }
      });
      input.addEventListener("blur", finish);
      input.addEventListener("mouseup", (event) => event.stopPropagation());
      requestAnimationFrame(() => {
        input.focus();
        input.select();
      });
      return input;
    }

    function draw() {
      const p = props();
      const list = tokens();
      const scores = scoresMode();
      const colors = categoryColors(list, p.color_map);
      const selectable = ctx.events().includes("select");
      const interactive = ctx.interactive();
      wrap.dir = p.rtl ? "rtl" : "";
      wrap.classList.toggle("nbb-ht-interactive", interactive);

      // Legend: categories (hover to single one out) or the score scale.
      const items = [];
      if (p.show_legend) {
        if (scores) {
          items.push(h("div", { class: "nbb-ht-score-legend", dataset: { nbblocksPart: "score-legend" } },
            h("span", null, "-1"), h("span", null, "0"), h("span", null, "+1")));
        } else {
          for (const [label, color] of Object.entries(colors)) {
            const item = h("button", {
              type: "button", class: "nbb-ht-legend-item", style: { backgroundColor: color.secondary },
              dataset: { nbblocksPart: "legend-item", label }, "aria-pressed": String(active === label),
            }, label);
            const point = (on) => () => {
              active = on ? label : null;
              applyActive();
            };
            item.addEventListener("mouseenter", point(true));
            item.addEventListener("mouseleave", point(false));
            item.addEventListener("focus", point(true));
            item.addEventListener("blur", point(false));
            items.push(item);
          }
        }
      }
      legend.replaceChildren(...items);
      legend.hidden = items.length === 0;

      if (!list.length) {
        field.replaceChildren(h("div", { class: "nbb-empty", dataset: { nbblocksPart: "empty" } }, "Empty"));
        return;
      }
      const out = [];
      list.forEach((t, index) => {
        const label = t.class_or_confidence;
        const clickable = selectable || (interactive && label !== null);
        const lines = String(t.token ?? "").split("\n");
        let offset = 0;
        lines.forEach((piece, line) => {
          if (visiblePiece(piece)) {
            const span = h("span", {
              class: "nbb-ht-token", dataset: { nbblocksPart: "token", index: String(index), label: label === null ? "" : String(label) },
            });
            if (label !== null) span.classList.add("nbb-ht-labelled");
            if (clickable) {
              span.setAttribute("role", "button");
              if (!piece.trim()) span.setAttribute("aria-label", label === null ? "blank" : `blank, ${label}`);
              span.tabIndex = 0;
              span.classList.add("nbb-ht-clickable");
              span.addEventListener("click", (event) => {
                if (event.target.closest("input, [data-nbblocks-part=token-remove]")) return;
                if (window.getSelection?.()?.isCollapsed === false && interactive) return; // a selection, not a click
                clickToken(index);
              });
              span.addEventListener("keydown", (event) => {
                if ((event.key === "Enter" || event.key === " ") && event.target === span) {
                  event.preventDefault();
                  clickToken(index);
                }
              });
            }
            span.dataset.category = typeof label === "string" ? label : "";
            span.style.backgroundColor = scores ? scoreColor(label === null ? null : Number(label)) : (label === null ? "" : colors[label]?.secondary ?? "");
            if (!scores && label !== null && !isTransparent(colors[label]?.secondary)) span.style.color = "black";
            span.append(h("span", { class: "nbb-ht-token-text", dataset: { nbblocksPart: "token-text", index: String(index), offset: String(offset) } }, piece));
            if (editing === index && label !== null && interactive) {
              span.append(labelEditor(index, t));
            } else if (!scores && !p.show_legend && p.show_inline_category !== false && label !== null) {
              span.append(h("span", {
                class: "nbb-ht-category", style: { backgroundColor: colors[label]?.primary ?? "" }, dataset: { nbblocksPart: "token-label" },
              }, String(label)));
            }
            if (interactive && label !== null) {
              const remove = h("button", {
                type: "button", class: "nbb-ht-remove", title: "Remove label", "aria-label": "Remove label",
                dataset: { nbblocksPart: "token-remove", index: String(index) },
              }, "×");
              remove.addEventListener("click", (event) => {
                event.stopPropagation();
                removeLabel(index);
              });
              span.append(remove);
            }
            out.push(span);
          }
          if (line < lines.length - 1) out.push(h("br"));
          offset += piece.length + 1;
        });
      });
      field.replaceChildren(...out);
      applyActive();
    }

    // The legend's pointed category keeps its colour; the others lose theirs.
    function applyActive() {
      for (const item of legend.querySelectorAll("[data-nbblocks-part=legend-item]")) {
        item.setAttribute("aria-pressed", String(item.dataset.label === active));
      }
      for (const span of field.querySelectorAll("[data-nbblocks-part=token]")) {
        span.classList.toggle("nbb-ht-dimmed", active !== null && span.dataset.category !== active);
      }
    }

    draw();
    ctx.on("value", () => {
      editing = -1;
      draw();
    });
    ctx.on("props", draw);
    ctx.on("events", draw);
  },
};
