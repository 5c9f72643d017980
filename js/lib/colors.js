// CSS colours as the browser resolves them: any colour string ("red", "#ffa50080",
// "hsl(...)"), or Gradio's [colour, opacity] pairs, as {rgb: "rgb(r, g, b)", hex, alpha}.

let probe = null;

/** {rgb, hex, alpha} of a colour string or a [colour, opacity] pair (alpha in 0..1). */
export function resolveColor(color) {
  const [css, opacity] = Array.isArray(color) ? [color[0], Number(color[1])] : [color, 1];
  probe ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  probe.canvas.width = 1;
  probe.canvas.height = 1;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = "#000000";
  probe.fillStyle = String(css);
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  const alpha = (a / 255) * (Number.isFinite(opacity) ? Math.min(Math.max(opacity, 0), 1) : 1);
  // Under a partly transparent fill the read-back colour is premultiplied and rounded:
  // ask again at full opacity for the exact channels.
  let rgb = [r, g, b];
  if (a > 0 && a < 255) {
    probe.clearRect(0, 0, 1, 1);
    probe.globalAlpha = 1;
    probe.fillStyle = String(css);
    const solid = probe.fillStyle; // normalised: "#rrggbb" or "rgba(r, g, b, a)"
    const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(solid);
    if (m) rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const hex = `#${rgb.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  return { rgb: `rgb(${rgb.join(", ")})`, hex, alpha, css: String(css) };
}
