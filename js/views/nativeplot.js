// gr.LinePlot, gr.ScatterPlot, gr.BarPlot: the value (a DataFrame's columns, rows and
// datatypes) drawn as Vega-Lite with vega-embed, loaded on the first draw. Events as in
// Gradio: a brush along x sends `select` with the range (seconds for dates), a double
// click `double_click`. A big line plot arrives as the kernel's downsample (`sampled`);
// when `x_lim` zooms into a range, the view asks the kernel for that range at its width
// (`resample`) and draws the detail it gets (docs/plots.md).

import { h } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { colorDomain, nativeSpec, plotRows, xLimits } from "../lib/nativespec.js";
import { onThemeChange, pageTheme, themeKey } from "../lib/plottheme.js";
import { iconButton } from "../lib/dropzone.js";
import plots from "../styles/plots.css";

const BRUSH_SETTLE_MS = 250; // a brush is done when it stops moving for this long (Gradio: 250)
const MAX_BUCKETS = 8000;
const KEPT_DETAILS = 8;

export default {
  styles: [plots],
  async render(ctx) {
    const plot = h("div", { class: "nbb-nativeplot-canvas", dataset: { nbblocksPart: "vega" } });
    const toolbar = h("div", { class: "nbb-plot-toolbar", dataset: { nbblocksPart: "toolbar" } });
    const caption = h("p", { class: "nbb-plot-caption", dataset: { nbblocksPart: "caption" } });
    const empty = h("div", { class: "nbb-plot-empty", dataset: { nbblocksPart: "empty" } }, icon("image"));
    const wrap = h("div", { class: "nbb-nativeplot", dataset: { nbblocksPart: "plot", state: "empty" } }, toolbar, plot, caption, empty);
    ctx.el.append(wrap);

    let embed = null; // vega-embed, once loaded
    let result = null; // the current vega-embed result ({view, finalize})
    let specKey = null; // the spec the view shows, without its data
    let generation = 0;
    let drawnWidth = 0;
    let drawnTheme = null; // themeKey of the colours the chart was drawn in
    let fullscreen = false;
    let brushTimer = null;
    let lastSelect = 0;
    const details = []; // {lo, hi, complete, value}: ranges the kernel sent in detail
    const asked = new Map(); // "lo:hi" -> Promise of a detail

    const props = () => ctx.props();
    const value = () => ctx.value();
    const selectable = () => ctx.events().includes("select");

    // -- detail of a zoomed range --------------------------------------------------------

    const sampled = (v) => Boolean(v && v.sampled);
    const widthPx = () => Math.max(100, Math.min(MAX_BUCKETS, Math.round((plot.clientWidth || 600) * (globalThis.devicePixelRatio || 1))));

    function findDetail(lo, hi) {
      return details.find((d) => d.lo <= lo && hi <= d.hi && (d.complete || d.hi - d.lo <= 1.5 * (hi - lo))) ?? null;
    }

    function askDetail(lo, hi) {
      const key = `${lo}:${hi}`;
      if (asked.has(key)) return asked.get(key);
      const promise = ctx.request({ type: "resample", x_range: [lo, hi], width: widthPx() }).then((message) => {
        if (message.error) throw new Error(message.error);
        const sample = message.value?.sampled ?? {};
        details.unshift({ lo, hi, complete: Boolean(sample.complete), value: message.value });
        details.splice(KEPT_DETAILS);
        return message.value;
      });
      asked.set(key, promise);
      promise.catch((error) => {
        asked.delete(key);
        if (!ctx.signal.aborted) console.warn("nbblocks: the plot's detail could not be fetched", error);
      });
      return promise;
    }

    /** The value to draw: the detail of the zoomed range when the kernel sent it, else the value. */
    function drawnValue() {
      const v = value();
      if (!sampled(v)) return v;
      const lim = xLimits(v, props());
      if (!lim || lim[0] === null || lim[1] === null) return v;
      const found = findDetail(lim[0], lim[1]);
      if (found) return found.value;
      askDetail(lim[0], lim[1]).then(() => {
        const now = xLimits(value(), props());
        if (now && now[0] === lim[0] && now[1] === lim[1]) draw();
      }, () => {});
      return v;
    }

    // -- drawing ---------------------------------------------------------------------------

    function layout() {
      const p = props();
      ctx.setText(caption, p.caption ?? "");
      caption.hidden = !p.caption;
      plot.style.height = fullscreen ? "" : p.height ? ctx.cssSize(p.height) : "";
      wrap.classList.toggle("nbb-plot-fullscreen", fullscreen);
      toolbar.replaceChildren();
      const buttons = Array.isArray(p.buttons) ? p.buttons : [];
      if (buttons.includes("export")) {
        toolbar.append(iconButton(ctx, { iconName: "download", label: "Export", part: "export", onClick: exportPng }));
      }
      if (buttons.includes("fullscreen")) {
        toolbar.append(iconButton(ctx, { iconName: "fullscreen", label: "Fullscreen", part: "fullscreen",
          onClick: () => (document.fullscreenElement === wrap ? document.exitFullscreen() : wrap.requestFullscreen?.()) }));
      }
      toolbar.hidden = !toolbar.childElementCount;
    }

    async function draw() {
      const mine = ++generation;
      layout();
      const whole = value();
      if (!whole || !Array.isArray(whole.columns)) {
        result?.finalize();
        result = null;
        specKey = null;
        plot.replaceChildren();
        wrap.dataset.state = "empty";
        empty.hidden = false;
        return;
      }
      empty.hidden = true;
      const p = props();
      const shown = drawnValue();
      const theme = pageTheme(ctx.root);
      drawnTheme = themeKey(theme);
      const width = plot.clientWidth || ctx.el.clientWidth || 600;
      const spec = nativeSpec(whole, p, {
        theme, width, height: plot.clientHeight, selectable: selectable(), fullscreen, domain: colorDomain(whole, p),
      });
      const rows = plotRows(shown, p);
      const key = JSON.stringify(spec) + themeKey(theme);
      wrap.dataset.state = "loading";
      wrap.dataset.points = String(rows.length);
      try {
        if (result && key === specKey) {
          await result.view.data("data", rows).runAsync(); // same spec: new data only
        } else {
          embed ??= (await ctx.loadLibrary("vega")).default;
          if (mine !== generation || ctx.signal.aborted) return;
          const next = await embed(plot, { ...spec, datasets: { data: rows } }, { actions: false, renderer: "svg" });
          if (mine !== generation || ctx.signal.aborted) {
            next.finalize();
            return;
          }
          result?.finalize();
          result = next;
          specKey = key;
          drawnWidth = width;
          listen(next.view);
        }
        if (mine === generation) wrap.dataset.state = "drawn";
      } catch (error) {
        if (mine !== generation) return;
        console.error("nbblocks: the plot could not be drawn", error);
        plot.replaceChildren(h("div", { class: "nbb-plot-error", dataset: { nbblocksPart: "plot-error" } },
          `The plot could not be drawn: ${error?.message ?? error}`));
        result = null;
        specKey = null;
        wrap.dataset.state = "error";
      }
    }

    function listen(view) {
      view.addEventListener("dblclick", () => ctx.dispatch("double_click"));
      if (!selectable()) return;
      view.addSignalListener("brush", (_name, brushed) => {
        if (Date.now() - lastSelect < 1000 || !brushed || !Object.keys(brushed).length) return;
        clearTimeout(brushTimer);
        const range = brushed[Object.keys(brushed)[0]];
        if (!Array.isArray(range) || range.length !== 2) return;
        const raw = range.map(Number); // milliseconds for dates
        brushTimer = setTimeout(() => {
          if (ctx.signal.aborted) return;
          lastSelect = Date.now();
          const v = value();
          const temporal = v?.datatypes?.[props().x] === "temporal";
          const picked = temporal ? raw.map((t) => t / 1000) : raw;
          ctx.dispatch("select", { value: picked, index: picked, selected: true });
          // The usual answer to a brush is to zoom into it (x_lim): fetch its detail now.
          if (sampled(v) && !findDetail(Math.min(...raw), Math.max(...raw))) askDetail(Math.min(...raw), Math.max(...raw)).catch(() => {});
        }, BRUSH_SETTLE_MS);
      });
    }

    async function exportPng() {
      const view = result?.view;
      if (!view) return;
      const theme = pageTheme(ctx.root);
      try {
        view.background(theme.background);
        await view.runAsync();
        const url = await view.toImageURL("png", 2);
        const a = h("a", { href: url, download: "chart.png", style: "display:none" });
        document.body.append(a);
        a.click();
        a.remove();
      } finally {
        view.background("transparent");
        view.runAsync();
      }
    }

    // Between redraws a width change is a signal, a large one a redraw (as Gradio does).
    if (typeof ResizeObserver !== "undefined") {
      const observer = new ResizeObserver(() => {
        const width = plot.clientWidth;
        if (!result || !width) return;
        if (Math.abs(width - drawnWidth) > 100) draw();
        else result.view.width(width).runAsync();
      });
      observer.observe(plot);
      ctx.signal.addEventListener("abort", () => observer.disconnect(), { once: true });
    }
    ctx.listen(plot, "mousedown", (event) => {
      if (event.detail > 1) event.preventDefault(); // a double click selects no text
    });
    ctx.listen(wrap, "fullscreenchange", () => {
      fullscreen = document.fullscreenElement === wrap;
      draw();
    });

    ctx.on("value", () => {
      details.splice(0);
      asked.clear();
      draw();
    });
    ctx.on("props", () => draw());
    ctx.on("events", () => draw());
    onThemeChange(ctx, () => {
      if (themeKey(pageTheme(ctx.root)) !== drawnTheme) draw();
    });
    await draw();
    return () => {
      generation += 1;
      clearTimeout(brushTimer);
      result?.finalize();
    };
  },
};
