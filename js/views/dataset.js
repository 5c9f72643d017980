// gr.Dataset (and gr.Examples): samples as a table, or as a gallery of buttons when there is
// one component. Clicking a sample sets the value to its index and sends `click`, then
// `select` with {index, value: the sample as shown}.

import { h } from "../lib/dom.js";
import { exampleText, isImageFile } from "../lib/example.js";
import { drawSource } from "../lib/imageview.js";
import dataset from "../styles/dataset.css";

export default {
  styles: [dataset],
  render(ctx) {
    const body = h("div", { class: "nbb-dataset", dataset: { nbblocksPart: "samples" } });
    const pager = h("div", { class: "nbb-dataset-pages", dataset: { nbblocksPart: "pages" } });
    ctx.el.append(body, pager);
    let page = 0;
    let shown = null;
    const drawn = []; // thumbnails of the current page: {dispose}
    let generation = 0;

    // An image file (or each of a pair) is drawn from its bytes (raw pixels, the file, or an author's URL);
    // until then, and if that fails, its name is shown.
    const cellContent = (value, component) => {
      if (Array.isArray(value) && value.some(isImageFile) && value.every((v) => v === null || isImageFile(v))) {
        // an ImageSlider's pair: both images, as Gradio's example shows them
        return h("span", { class: "nbb-example-pair" }, ...value.filter(Boolean).map((v) => cellContent(v, component)));
      }
      const text = document.createTextNode(exampleText(value, component));
      if (!isImageFile(value)) return text;
      const holder = h("span", { class: "nbb-example-file" }, text);
      const mine = generation;
      ctx.fileSource(value)
        .then((source) => source && drawSource(source, { className: "nbb-example-image", part: "example-image", alt: exampleText(value) }))
        .then((result) => {
          if (!result) return;
          if (mine !== generation || ctx.signal.aborted) {
            result.dispose();
            return;
          }
          drawn.push(result);
          holder.replaceChildren(result.el);
        })
        .catch(() => { /* the name stays */ });
      return holder;
    };
    const disposeThumbnails = () => {
      generation += 1;
      for (const item of drawn.splice(0)) item.dispose();
    };
    ctx.signal.addEventListener("abort", disposeThumbnails, { once: true });

    const pick = (index) => {
      if (!ctx.interactive()) return;
      const samples = ctx.props().samples ?? [];
      ctx.setValue(index, { events: ["click"] });
      ctx.dispatch("select", { index, value: samples[index] ?? null, selected: true });
      draw();
    };

    const sampleButton = (index, content, label) => {
      const button = h("button", {
        type: "button",
        class: "nbb-dataset-sample",
        dataset: { nbblocksPart: "sample", index: String(index) },
        "aria-label": label ?? undefined,
      }, content);
      button.addEventListener("click", () => pick(index));
      return button;
    };

    const markSelected = () => {
      const selected = ctx.value();
      for (const sample of body.querySelectorAll('[data-nbblocks-part="sample"]')) {
        const on = String(Number(sample.dataset.index) === selected);
        sample.setAttribute(sample.tagName === "TR" ? "aria-selected" : "aria-pressed", on);
      }
    };

    const draw = () => {
      const p = ctx.props();
      const samples = Array.isArray(p.samples) ? p.samples : [];
      const perPage = Math.max(1, Number(p.samples_per_page) || 10);
      const pages = Math.max(1, Math.ceil(samples.length / perPage));
      page = Math.min(page, pages - 1);
      const key = JSON.stringify([p.samples, p.headers, p.layout, p.sample_labels, p.components, perPage, page, p.interactive]);
      if (key === shown) {
        markSelected();
        return;
      }
      shown = key;
      disposeThumbnails();
      const start = page * perPage;
      const rows = samples.slice(start, start + perPage);
      const components = Array.isArray(p.components) ? p.components : [];
      const labels = Array.isArray(p.sample_labels) ? p.sample_labels : null;
      body.classList.toggle("nbb-dataset-disabled", !ctx.interactive());

      const cells = (sample, index) => labels
        ? [h("span", { class: "nbb-dataset-cell", dataset: { nbblocksPart: "cell" } }, String(labels[index] ?? ""))]
        : sample.map((value, col) => h("span", { class: "nbb-dataset-cell", dataset: { nbblocksPart: "cell" } }, cellContent(value, components[col])));

      if (p.layout === "gallery" || labels) {
        const items = rows.map((sample, i) => {
          const index = start + i;
          return sampleButton(index, cells(sample, index), labels ? String(labels[index] ?? "") : null);
        });
        body.replaceChildren(h("div", { class: "nbb-dataset-gallery" }, items));
      } else {
        const headers = Array.isArray(p.headers) ? p.headers : [];
        const head = headers.length
          ? h("thead", null, h("tr", null, headers.map((text) => h("th", { dataset: { nbblocksPart: "column-header" } }, String(text ?? "")))))
          : null;
        const trs = rows.map((sample, i) => {
          const index = start + i;
          const tr = h("tr", {
            class: "nbb-dataset-sample",
            tabindex: ctx.interactive() ? "0" : "-1",
            dataset: { nbblocksPart: "sample", index: String(index) },
          }, cells(sample, index).map((cell) => h("td", null, cell)));
          tr.addEventListener("click", () => pick(index));
          tr.addEventListener("keydown", (event) => {
            if (event.key === "Enter" || event.key === " ") {
              event.preventDefault();
              pick(index);
            }
          });
          return tr;
        });
        body.replaceChildren(h("table", { class: "nbb-dataset-table" }, head, h("tbody", null, trs)));
      }

      markSelected();
      pager.hidden = pages < 2;
      pager.replaceChildren(
        ...(pages < 2 ? [] : [h("span", { class: "nbb-dataset-pages-label" }, "Pages:"),
          ...Array.from({ length: pages }, (_, n) => {
            const button = h("button", {
              type: "button",
              class: "nbb-dataset-page",
              dataset: { nbblocksPart: "page-button", page: String(n) },
              "aria-current": n === page ? "page" : undefined,
            }, String(n + 1));
            button.addEventListener("click", () => {
              page = n;
              draw();
            });
            return button;
          })]),
      );
    };

    draw();
    ctx.on("props", draw);
    ctx.on("value", draw);
  },
};
