// Drawing an image source (see ctx.fileSource): raw pixels into a <canvas> with no
// encoding on either side, file bytes or a URL into an <img> (animated GIFs animate,
// SVGs draw without running their scripts).

import { h } from "./dom.js";

/** Pixels as RGBA for an ImageData (channels 1 = L, 2 = LA, 3 = RGB, 4 = RGBA). */
export function toRGBA(data, width, height, channels) {
  const src = new Uint8Array(data.buffer ?? data, data.byteOffset ?? 0, data.byteLength);
  const n = width * height;
  const out = new Uint8ClampedArray(n * 4);
  if (channels === 4) {
    out.set(src.subarray(0, n * 4));
    return out;
  }
  for (let i = 0, j = 0, k = 0; i < n; i += 1, k += 4) {
    if (channels === 3) {
      out[k] = src[j]; out[k + 1] = src[j + 1]; out[k + 2] = src[j + 2]; out[k + 3] = 255; j += 3;
    } else if (channels === 1) {
      const v = src[j]; out[k] = v; out[k + 1] = v; out[k + 2] = v; out[k + 3] = 255; j += 1;
    } else {
      const v = src[j]; out[k] = v; out[k + 1] = v; out[k + 2] = v; out[k + 3] = src[j + 1]; j += 2;
    }
  }
  return out;
}

/**
 * An element showing `source`; resolves to {el, width, height, dispose} once its natural
 * size is known. `part` names the element for tests (data-nbblocks-part).
 */
export async function drawSource(source, { className = "", part = "image", alt = "" } = {}) {
  if (source.kind === "pixels") {
    const { width, height, channels } = source;
    const canvas = h("canvas", { class: className, dataset: { nbblocksPart: part, kind: "pixels" }, role: "img", "aria-label": alt });
    canvas.width = width;
    canvas.height = height;
    canvas.getContext("2d").putImageData(new ImageData(toRGBA(source.data, width, height, channels), width, height), 0, 0);
    return { el: canvas, width, height, dispose() {} };
  }
  const img = h("img", { class: className, alt, draggable: false, dataset: { nbblocksPart: part, kind: source.kind } });
  let url = null;
  if (source.kind === "url") img.src = source.url;
  else {
    url = URL.createObjectURL(source.blob);
    img.src = url;
  }
  try {
    await img.decode();
  } catch {
    /* a broken image still gets an element; its size is 0 */
  }
  return {
    el: img,
    width: img.naturalWidth,
    height: img.naturalHeight,
    dispose() {
      if (url) URL.revokeObjectURL(url);
    },
  };
}

/** The [x, y] image pixel under a pointer event on an element showing a width x height image. */
export function pixelAt(event, el, width, height) {
  const rect = el.getBoundingClientRect();
  const w = width || rect.width;
  const hgt = height || rect.height;
  const x = Math.floor(((event.clientX - rect.left) * w) / Math.max(1, rect.width));
  const y = Math.floor(((event.clientY - rect.top) * hgt) / Math.max(1, rect.height));
  return [Math.min(Math.max(x, 0), Math.max(0, w - 1)), Math.min(Math.max(y, 0), Math.max(0, hgt - 1))];
}
