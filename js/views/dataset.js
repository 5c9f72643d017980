// gr.Dataset (and gr.Examples): samples as a table, or as a gallery of buttons when there is
// one component. Clicking a sample sets the value to its index and sends `click`, then
// `select` with {index, value: the sample as shown}.

import { h } from "../lib/dom.js";
import { exampleNode } from "../lib/example.js";

export default {
  render(ctx) {
    const body = h("div", { class: "nbb-dataset", dataset: { nbblocksPart: "samples" } });
    const pager = h("div", { class: "nbb-dataset-pages", dataset: { nbblocksPart: "pages" } });
    ctx.el.append(body, pager);
    let page = 0;
    let shown = null;

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

    const draw = () => {
      const p = ctx.props();
      const samples = Array.isArray(p.samples) ? p.samples : [];
      const perPage = Math.max(1, Number(p.samples_per_page) || 10);
      const pages = Math.max(1, Math.ceil(samples.length / perPage));
      page = Math.min(page, pages - 1);
      const key = JSON.stringify([p.samples, p.headers, p.layout, p.sample_labels, p.components, perPage, page, ctx.value(), p.interactive]);
      if (key === shown) return;
      shown = key;
      const start = page * perPage;
      const rows = samples.slice(start, start + perPage);
      const components = Array.isArray(p.components) ? p.components : [];
      const labels = Array.isArray(p.sample_labels) ? p.sample_labels : null;
      const selected = ctx.value();
      body.classList.toggle("nbb-dataset-disabled", !ctx.interactive());

      const cells = (sample, index) => labels
        ? [h("span", { class: "nbb-dataset-cell", dataset: { nbblocksPart: "cell" } }, String(labels[index] ?? ""))]
        : sample.map((value, col) => h("span", { class: "nbb-dataset-cell", dataset: { nbblocksPart: "cell" } }, exampleNode(value, components[col])));

      if (p.layout === "gallery" || labels) {
        const items = rows.map((sample, i) => {
          const index = start + i;
          const button = sampleButton(index, cells(sample, index), labels ? String(labels[index] ?? "") : null);
          button.setAttribute("aria-pressed", String(selected === index));
          return button;
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
            "aria-selected": String(selected === index),
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
