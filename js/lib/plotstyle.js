// Library settings chosen from the page's colours (see plottheme.js): a Vega config for
// altair charts and native plots, and plotly layouts on dark pages.

// plotly's default template draws on #E5ECF6 with white grid lines on a white paper: a
// bright box on a dark page. A figure that chose another template keeps it.
const PLOTLY_DEFAULT_PLOT_BG = "#E5ECF6";

/** The figure's layout, autosized; on a dark page plotly's default template in the page's colours. */
export function plotlyLayout(layout, theme) {
  const out = { ...layout, autosize: true };
  const template = layout.template;
  const isDefault = !template || String(template.layout?.plot_bgcolor ?? "").toUpperCase() === PLOTLY_DEFAULT_PLOT_BG;
  if (!theme.dark || !isDefault) return out;
  const t = template ? structuredClone(template) : {};
  const base = (t.layout ??= {});
  base.paper_bgcolor = "rgba(0,0,0,0)";
  base.plot_bgcolor = theme.panel;
  base.font = { ...(base.font ?? {}), color: theme.text };
  for (const axis of ["xaxis", "yaxis"]) {
    base[axis] = { ...(base[axis] ?? {}), gridcolor: theme.border, linecolor: theme.border, zerolinecolor: theme.border };
  }
  for (const polar of ["polar", "ternary"]) {
    if (base[polar]) base[polar] = { ...base[polar], bgcolor: theme.panel };
  }
  base.legend = { ...(base.legend ?? {}), bgcolor: "rgba(0,0,0,0)" };
  out.template = t;
  return out;
}

/** A Vega/Vega-Lite config in the page's colours and font (a chart's own config wins). */
export function vegaConfig(theme) {
  return {
    background: "transparent",
    font: theme.font,
    axis: { labelColor: theme.text, titleColor: theme.text, gridColor: theme.border, tickColor: theme.border, domainColor: theme.border },
    legend: { labelColor: theme.text, titleColor: theme.text },
    title: { color: theme.text, subtitleColor: theme.subdued },
    header: { labelColor: theme.text, titleColor: theme.text },
    view: { stroke: theme.border },
  };
}
