// The waveform of an audio value: decoded once in the page, drawn as bars on a canvas with
// the played part in the progress colour and, while trimming, the kept region marked.

import { h } from "./dom.js";

let decoder = null;

/** An AudioBuffer of an audio Blob, or null when the browser cannot decode it. */
export async function decodeAudio(blob) {
  try {
    decoder ??= new OfflineAudioContext(1, 1, 44100);
    return await decoder.decodeAudioData(await blob.arrayBuffer());
  } catch {
    return null;
  }
}

/** Min/max pairs of the buffer's samples (all channels mixed) in `columns` columns. */
export function peaks(buffer, columns) {
  const out = new Float32Array(columns * 2);
  const channels = [];
  for (let c = 0; c < buffer.numberOfChannels; c += 1) channels.push(buffer.getChannelData(c));
  const per = buffer.length / columns;
  for (let col = 0; col < columns; col += 1) {
    const from = Math.floor(col * per);
    const to = Math.max(from + 1, Math.floor((col + 1) * per));
    let lo = 0;
    let hi = 0;
    const step = Math.max(1, Math.floor((to - from) / 256));
    for (let i = from; i < to && i < buffer.length; i += step) {
      let v = 0;
      for (const data of channels) v += data[i];
      v /= channels.length;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    out[col * 2] = lo;
    out[col * 2 + 1] = hi;
  }
  return out;
}

/**
 * A canvas drawing a waveform. `draw({buffer, progress, region, colors})` redraws it;
 * `progress` is 0..1 of the duration played, `region` {start, end} (0..1) while trimming.
 */
export function createWaveform({ onSeek }) {
  const canvas = h("canvas", { class: "nbb-waveform-canvas", dataset: { nbblocksPart: "waveform" } });
  let last = null;
  let cache = null; // {buffer, width, peaks}

  canvas.addEventListener("click", (event) => {
    const rect = canvas.getBoundingClientRect();
    if (rect.width > 0) onSeek(Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width)));
  });

  function draw(state = last) {
    last = state;
    if (!state) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round((canvas.clientWidth || 300) * ratio));
    const height = Math.max(1, Math.round((canvas.clientHeight || 64) * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const g = canvas.getContext("2d");
    g.clearRect(0, 0, width, height);
    const { buffer, progress = 0, region = null, colors } = state;
    if (!buffer) return;
    const bar = Math.max(1, Math.round(2 * ratio));
    const gap = Math.max(1, Math.round(ratio));
    const columns = Math.max(1, Math.floor(width / (bar + gap)));
    if (!cache || cache.buffer !== buffer || cache.columns !== columns) cache = { buffer, columns, peaks: peaks(buffer, columns) };
    let top = 0;
    for (let i = 0; i < cache.peaks.length; i += 1) top = Math.max(top, Math.abs(cache.peaks[i]));
    const scale = top > 0 ? (height / 2) * 0.95 / top : 0;
    if (region) {
      g.fillStyle = colors.region;
      g.globalAlpha = 0.22;
      g.fillRect(region.start * width, 0, (region.end - region.start) * width, height);
      g.globalAlpha = 1;
    }
    for (let col = 0; col < columns; col += 1) {
      const x = col * (bar + gap);
      const lo = cache.peaks[col * 2] * scale;
      const hi = cache.peaks[col * 2 + 1] * scale;
      const y = height / 2 - hi;
      g.fillStyle = (col + 0.5) / columns <= progress ? colors.progress : colors.wave;
      g.fillRect(x, y, bar, Math.max(1, hi - lo));
    }
  }

  return { el: canvas, draw, redraw: () => draw() };
}
