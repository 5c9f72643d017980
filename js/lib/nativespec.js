// The Vega-Lite spec of a native plot (gr.LinePlot, gr.ScatterPlot, gr.BarPlot) from its
// value ({columns, data, datatypes, mark}) and props, as Gradio 6.31's view builds it:
// the same encodings, binning, aggregation, limits, hover layer and brush, in the page's
// colours (plottheme.js).

const TIME_UNITS = { s: 1, m: 60, h: 3600, d: 86400 };
// Gradio's primary (orange) scale, for colour by a quantitative column.
const PRIMARY_RAMP = ["#ffedd5", "#fed7aa", "#fdba74", "#fb923c", "#f97316", "#ea580c", "#c2410c", "#9a3412", "#7c2d12"];

/** A column name as a Vega-Lite field (dots and brackets would be read as paths). */
export function field(name) {
  return String(name).replace(/\./g, "\\.").replace(/\[/g, "\\[").replace(/\]/g, "\\]");
}

/** `x_bin` as a bin step in the x column's units (a duration in milliseconds for dates). */
export function binStep(xBin) {
  if (xBin === null || xBin === undefined || xBin === "") return undefined;
  if (typeof xBin === "string") {
    const unit = TIME_UNITS[xBin[xBin.length - 1]];
    return unit ? 1000 * parseInt(xBin.slice(0, -1), 10) * unit : undefined;
  }
  return xBin;
}

const isTemporal = (value, props) => value?.datatypes?.[props.x] === "temporal";

/** `x_lim` in the x column's units: seconds become milliseconds for dates. null: none. */
export function xLimits(value, props) {
  const lim = Array.isArray(props.x_lim) ? props.x_lim : null;
  if (!lim) return null;
  const scale = isTemporal(value, props) ? 1000 : 1;
  return lim.map((v) => (v === null || v === undefined ? null : v * scale));
}

/** Whether y is aggregated, and how (Gradio: by x bins, or per category of a nominal x). */
export function aggregation(value, props) {
  const binned = binStep(props.x_bin) !== undefined;
  const aggregated = value.mark === "point" ? binned : binned || value.datatypes?.[props.x] === "nominal";
  return aggregated ? props.y_aggregate || "sum" : undefined;
}

function sortOf(sort, props) {
  if (sort === "x") return "ascending";
  if (sort === "-x") return "descending";
  if (sort === "y") return { field: props.y, order: "ascending" };
  if (sort === "-y") return { field: props.y, order: "descending" };
  if (Array.isArray(sort)) return [...sort];
  return undefined;
}

/** Distinct values of the colour column (the legend's domain), in order of appearance. */
export function colorDomain(value, props) {
  if (!props.color || value?.datatypes?.[props.color] !== "nominal") return [];
  const i = value.columns.indexOf(props.color);
  return i === -1 ? [] : [...new Set(value.data.map((row) => row[i]))];
}

/**
 * The rows Vega draws, as objects. With both ends of `x_lim` set, only the rows in that
 * range, plus for each series the nearest row outside each end (so lines reach the
 * edges), as Gradio's view does. Columns: x, y, colour, and the tooltip's.
 */
export function plotRows(value, props) {
  const xi = value.columns.indexOf(props.x);
  const yi = value.columns.indexOf(props.y);
  const ci = props.color ? value.columns.indexOf(props.color) : -1;
  let rows = value.data;
  const lim = xLimits(value, props);
  if (lim && lim[0] !== null && lim[1] !== null && xi !== -1) {
    const [lo, hi] = lim;
    const before = new Map();
    const after = new Map();
    const inside = [];
    for (const row of rows) {
      const x = row[xi];
      const series = ci === -1 ? "" : row[ci];
      if (x < lo) {
        if (!before.has(series) || x > before.get(series)[xi]) before.set(series, row);
      } else if (x > hi) {
        if (!after.has(series) || x < after.get(series)[xi]) after.set(series, row);
      } else if (x !== null && x !== undefined) {
        inside.push(row);
      }
    }
    rows = [...before.values(), ...inside, ...after.values()];
  }
  const all = props.tooltip === "all" || Array.isArray(props.tooltip);
  if (all) {
    return rows.map((row) => Object.fromEntries(value.columns.map((name, i) => [name, row[i]])));
  }
  return rows.map((row) => {
    const out = { [props.x]: row[xi], [props.y]: row[yi] };
    if (ci !== -1) out[props.color] = row[ci];
    return out;
  });
}

/**
 * The Vega-Lite spec (without its data: `datasets.data` is set by the caller).
 * `theme`: plottheme.js's colours; `width`: the plot's width in pixels; `selectable`: the
 * app listens to `select` (a brush along x); `fullscreen`: fill the container.
 */
export function nativeSpec(value, props, { theme, width, height, selectable, fullscreen = false, domain = null }) {
  const mark = value.mark;
  const types = value.datatypes ?? {};
  const temporal = isTemporal(value, props);
  const step = binStep(props.x_bin);
  const aggregate = aggregation(value, props);
  const lim = xLimits(value, props);
  const ylim = Array.isArray(props.y_lim) ? props.y_lim : [null, null];
  const colors = domain ?? colorDomain(value, props);
  const sm = 12;
  const md = 14;
  const showXLabels = props.x_axis_labels_visible !== false && props.x_axis_labels_visible !== "hidden";
  const layerNames = ["plot", ...(mark === "line" ? ["hover"] : [])];
  const tooltip = props.tooltip === "none" ? undefined : [
    { field: field(props.y), type: types[props.y], aggregate, title: props.y_title || props.y },
    { field: field(props.x), type: types[props.x], title: props.x_title || props.x,
      format: temporal ? "%Y-%m-%d %H:%M:%S" : undefined, bin: step ? { step } : undefined },
    ...(props.color ? [{ field: field(props.color), type: types[props.color] }] : []),
    ...(props.tooltip === "axis" || props.tooltip === undefined ? [] : (value.columns ?? [])
      .filter((c) => c !== props.x && c !== props.y && c !== props.color && (props.tooltip === "all" || props.tooltip.includes(c)))
      .map((c) => ({ field: field(c), type: types[c] }))),
  ];
  const color = props.color ? {
    field: field(props.color),
    type: types[props.color],
    legend: Array.isArray(props.colors_in_legend) && props.colors_in_legend.length === 0 ? null
      : { orient: "bottom", title: props.color_title ?? undefined, values: props.colors_in_legend ? [...props.colors_in_legend] : undefined },
    scale: types[props.color] === "nominal"
      ? { domain: colors, range: props.color_map ? colors.map((c) => props.color_map[c] ?? null).map((c, i) => c ?? defaultColor(i)) : undefined }
      : { range: PRIMARY_RAMP, interpolate: "hsl" },
  } : undefined;
  const layer = layerNames.map((name) => ({
    name,
    mark: { type: name === "hover" ? "point" : mark, clip: true },
    encoding: {
      size: mark === "line"
        ? (name === "plot" ? { condition: { empty: false, param: "hoverPlot", value: 3 }, value: 2 }
          : { condition: { empty: false, param: "hover", value: 100 }, value: 0 })
        : undefined,
      opacity: name === "plot" ? undefined : { condition: { empty: false, param: "hover", value: 1 }, value: 0 },
      x: {
        field: field(props.x),
        title: props.x_title || props.x,
        type: types[props.x],
        axis: {
          ...(props.x_label_angle !== null && props.x_label_angle !== undefined ? { labelAngle: props.x_label_angle } : {}),
          labels: showXLabels,
          ticks: showXLabels,
          ...(props.x_axis_format ? { format: props.x_axis_format } : {}),
        },
        scale: { zero: false, domainMin: lim?.[0] ?? undefined, domainMax: lim?.[1] ?? undefined },
        bin: step ? { step } : undefined,
        sort: sortOf(props.sort, props),
      },
      y: {
        field: field(props.y),
        title: props.y_title || props.y,
        type: types[props.y],
        axis: {
          ...(props.y_label_angle ? { labelAngle: props.y_label_angle } : {}),
          ...(props.y_axis_format ? { format: props.y_axis_format } : {}),
        },
        scale: { zero: false, domainMin: ylim[0] ?? undefined, domainMax: ylim[1] ?? undefined },
        aggregate,
      },
      color,
      tooltip,
    },
  }));
  const params = [
    ...(mark === "line" ? [
      { name: "hoverPlot", select: { type: "point", on: "mouseover", clear: "mouseout", nearest: true, fields: props.color ? [props.color] : [] }, views: ["hover"] },
      { name: "hover", select: { type: "point", on: "mouseover", clear: "mouseout", nearest: true }, views: ["hover"] },
    ] : []),
    ...(selectable ? [{ name: "brush", select: { type: "interval", encodings: ["x"], mark: { fill: "gray", fillOpacity: 0.3, stroke: "none" } }, views: ["plot"] }] : []),
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    background: "transparent",
    config: {
      autosize: { type: "fit", contains: "padding" },
      font: theme.font,
      axis: {
        labelFont: theme.font, labelColor: theme.text, titleFont: theme.font, titleColor: theme.text, titlePadding: 8,
        tickColor: theme.border, gridColor: theme.border, domain: false, labelAngle: 0,
        labelFontSize: sm, titleFontSize: sm, labelFontWeight: "normal", titleFontWeight: "normal",
        titleLimit: Math.max(0, (height ?? 0) * 0.8) || undefined,
      },
      legend: {
        labelColor: theme.text, labelFont: theme.font, titleColor: theme.text, titleFont: theme.font,
        titleFontWeight: "normal", titleFontSize: sm, labelFontWeight: "normal", offset: 2,
      },
      title: { color: theme.text, font: theme.font, fontSize: md, fontWeight: "normal", anchor: "middle" },
      view: { stroke: theme.border },
      mark: { stroke: mark === "bar" ? undefined : theme.accent, fill: mark === "bar" ? theme.accent : undefined, cursor: "crosshair" },
    },
    data: { name: "data" },
    layer,
    params,
    width: Math.max(10, Math.round(width || 0)),
    height: props.height || fullscreen ? "container" : undefined,
    title: props.title || undefined,
  };
}

// Vega's category10 ("tableau10") colours, for series the color_map leaves out.
const TABLEAU10 = ["#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"];
function defaultColor(i) {
  return TABLEAU10[i % TABLEAU10.length];
}
