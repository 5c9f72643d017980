// gr.Plot: a matplotlib image (file bytes sent with the value), a plotly figure
// (plotly.js), an altair chart (vega-embed) or a bokeh figure (BokehJS). Each library is
// loaded with ctx.loadLibrary the first time a figure of its kind is drawn on the page;
// figures follow the page's light or dark theme where the library allows (docs/plots.md).

import { h } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { drawSource } from "../lib/imageview.js";
import { onThemeChange, pageTheme, themeKey } from "../lib/plottheme.js";
import { plotlyLayout, vegaConfig } from "../lib/plotstyle.js";
import plots from "../styles/plots.css";

// Trace types of plotly.js's cartesian bundle; any other needs the full bundle.
const CARTESIAN_TRACES = new Set(["bar", "box", "contour", "heatmap", "histogram", "histogram2d",
  "histogram2dcontour", "image", "pie", "scatter", "scatterternary", "violin"]);
const FULL_LAYOUT = /^(geo|mapbox|map|scene|polar|smith)\d*$/;

/** The plotly bundle a figure needs: "plotly-cartesian" when its traces allow, else "plotly". */
export function plotlyBundle(figure) {
  const traces = Array.isArray(figure?.data) ? figure.data : [];
  const simple = traces.every((trace) => CARTESIAN_TRACES.has(trace?.type ?? "scatter"));
  const layout = figure?.layout ?? {};
  return simple && !Object.keys(layout).some((key) => FULL_LAYOUT.test(key)) ? "plotly-cartesian" : "plotly";
}

function watchWidth(ctx, el, onResize) {
  if (typeof ResizeObserver === "undefined") return () => {};
  let last = el.clientWidth;
  const observer = new ResizeObserver(() => {
    const width = el.clientWidth;
    if (width && Math.abs(width - last) >= 1) {
      last = width;
      onResize(width);
    }
  });
  observer.observe(el);
  return () => observer.disconnect();
}

const DRAW = {
  async matplotlib(ctx, box, value) {
    const plot = value.plot;
    const source = typeof plot === "string" ? { kind: "url", url: plot } : await ctx.fileSource(plot);
    if (!source) throw new Error("the figure's image is missing");
    const shown = await drawSource(source, { className: "nbb-plot-image", part: "image", alt: "matplotlib figure" });
    box.append(h("div", { class: "nbb-plot-matplotlib", dataset: { nbblocksPart: "matplotlib" } }, shown.el));
    return { dispose: () => shown.dispose() };
  },

  async plotly(ctx, box, value, theme) {
    const figure = JSON.parse(value.plot);
    const bundle = plotlyBundle(figure);
    const Plotly = (await ctx.loadLibrary(bundle)).default;
    const div = h("div", { class: "nbb-plot-plotly", dataset: { nbblocksPart: "plotly", bundle } });
    box.append(div);
    const config = { responsive: true, displaylogo: false, ...(figure.config ?? {}) };
    await Plotly.react(div, figure.data ?? [], plotlyLayout(figure.layout ?? {}, theme), config);
    const stop = watchWidth(ctx, div, () => Plotly.Plots.resize(div));
    return {
      dispose() {
        stop();
        Plotly.purge(div);
      },
    };
  },

  async altair(ctx, box, value, theme) {
    const spec = JSON.parse(value.plot);
    const embed = (await ctx.loadLibrary("vega")).default;
    const div = h("div", { class: "nbb-plot-vega", dataset: { nbblocksPart: "vega" } });
    box.append(div);
    const result = await embed(div, spec, {
      renderer: "svg",
      // Export and source; not "Open in Vega Editor", which sends the chart to a website.
      actions: { export: true, source: true, compiled: false, editor: false },
      config: vegaConfig(theme),
      tooltip: { theme: theme.dark ? "dark" : "light" },
    });
    return { dispose: () => result.finalize() };
  },

  async bokeh(ctx, box, value, theme) {
    const item = JSON.parse(value.plot);
    const libraries = Array.isArray(value.libraries) && value.libraries.length ? value.libraries : ["bokeh"];
    const Bokeh = (await ctx.loadLibrary("bokeh")).default;
    for (const name of libraries) if (name !== "bokeh") await ctx.loadLibrary(name);
    const div = h("div", { class: "nbb-plot-bokeh", dataset: { nbblocksPart: "bokeh" } });
    box.append(div);
    const views = await Bokeh.embed.embed_item(item, div);
    if (theme.dark) darkenBokeh(views, theme);
    return {
      dispose() {
        for (const view of [...(views?.roots ?? [])]) view.remove();
      },
    };
  },
};

// Bokeh's light defaults and what they become on a dark page (colours a figure set itself
// are kept). Bokeh themes are Python-side; this is the part a page can follow.
const BOKEH_LIGHT = {
  "#ffffff": "background", white: "background", "#444444": "text", black: "text",
  "#e5e5e5": "border", "#000000": "text",
};
const BOKEH_COLOR_PROPS = ["background_fill_color", "border_fill_color", "outline_line_color",
  "major_label_text_color", "axis_label_text_color", "axis_line_color", "major_tick_line_color",
  "minor_tick_line_color", "grid_line_color", "text_color", "label_text_color", "title_text_color",
  "border_line_color"];

function darkenBokeh(views, theme) {
  const docs = new Set([...(views?.roots ?? [])].map((view) => view.model?.document).filter(Boolean));
  for (const doc of docs) {
    for (const model of doc.all_models ?? []) {
      const change = {};
      for (const prop of BOKEH_COLOR_PROPS) {
        if (!(prop in model)) continue;
        const current = model[prop];
        const role = typeof current === "string" ? BOKEH_LIGHT[current.toLowerCase()] : undefined;
        if (role) change[prop] = prop.endsWith("fill_color") && role === "background" ? theme.background : theme[role];
      }
      if (Object.keys(change).length) model.setv(change);
    }
  }
}

export default {
  styles: [plots],
  async render(ctx) {
    const box = h("div", { class: "nbb-plot", dataset: { nbblocksPart: "plot", state: "empty" } });
    ctx.el.append(box);
    let drawn = null;
    let generation = 0;
    let shownKey = null;

    async function draw() {
      const mine = ++generation;
      const value = ctx.value();
      const theme = pageTheme(ctx.root);
      shownKey = themeKey(theme);
      drawn?.dispose();
      drawn = null;
      box.replaceChildren();
      delete box.dataset.kind;
      if (!value || typeof value !== "object" || !value.type) {
        box.dataset.state = "empty";
        box.append(h("div", { class: "nbb-plot-empty", dataset: { nbblocksPart: "empty" } }, icon("image")));
        return;
      }
      box.dataset.kind = value.type;
      box.dataset.state = "loading";
      const drawer = DRAW[value.type];
      try {
        if (!drawer) throw new Error(`unknown plot type "${value.type}"`);
        const result = await drawer(ctx, box, value, theme);
        if (mine !== generation || ctx.signal.aborted) {
          result.dispose();
          return;
        }
        drawn = result;
        box.dataset.state = "drawn";
      } catch (error) {
        if (mine !== generation) return;
        console.error(`nbblocks: the ${value.type} plot could not be drawn`, error);
        box.replaceChildren(h("div", { class: "nbb-plot-error", dataset: { nbblocksPart: "plot-error" } },
          `The ${value.type} plot could not be drawn: ${error?.message ?? error}`));
        box.dataset.state = "error";
      }
    }

    ctx.on("value", () => draw());
    onThemeChange(ctx, () => {
      if (themeKey(pageTheme(ctx.root)) !== shownKey) draw();
    });
    await draw();
    return () => {
      generation += 1;
      drawn?.dispose();
    };
  },
};
