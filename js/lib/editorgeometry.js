// The image editor's geometry, the same rules as nbblocks/_editor.py: the crop box that
// crop_size allows, the canvas a background gets (canvas_size, fixed_canvas), and the
// crop box a user drags under those constraints.

/** crop_size as {kind: "ratio" | "pixels", width, height}, or null. */
export function parseCropSize(value) {
  if (typeof value === "string") {
    const parts = value.split(":").map(Number);
    return parts.length === 2 && parts[0] > 0 && parts[1] > 0 ? { kind: "ratio", width: parts[0], height: parts[1] } : null;
  }
  if (Array.isArray(value) && value.length === 2 && value[0] >= 1 && value[1] >= 1) {
    return { kind: "pixels", width: Number(value[0]), height: Number(value[1]) };
  }
  return null;
}

/** The largest box of ratio rw:rh inside width x height, as [w, h]. */
export function ratioBox(width, height, rw, rh) {
  if (width * rh >= height * rw) return [Math.min(width, Math.max(1, Math.round((height * rw) / rh))), height];
  return [width, Math.min(height, Math.max(1, Math.round((width * rh) / rw)))];
}

/** The centred box {x, y, w, h} crop_size keeps of a width x height image. */
export function cropBox(width, height, spec) {
  let w = width;
  let h = height;
  if (spec) {
    if (spec.kind === "pixels" && spec.width <= width && spec.height <= height) {
      w = Math.round(spec.width);
      h = Math.round(spec.height);
    } else {
      [w, h] = ratioBox(width, height, spec.width, spec.height);
    }
  }
  return { x: Math.floor((width - w) / 2), y: Math.floor((height - h) / 2), w, h };
}

/** The canvas of an editor with no background, and of a fixed canvas, as [w, h]. */
export function blankCanvas(spec, canvasSize) {
  const [cw, ch] = Array.isArray(canvasSize) && canvasSize.length === 2 ? canvasSize : [800, 800];
  if (!spec) return [cw, ch];
  if (spec.kind === "pixels") return [Math.round(spec.width), Math.round(spec.height)];
  return ratioBox(cw, ch, spec.width, spec.height);
}

/**
 * Where a width x height background goes: {canvas: [w, h], source: box of the image,
 * target: box of the canvas}. Cut to crop_size (the canvas takes its size), or with a
 * fixed canvas scaled to fit and centred.
 */
export function place(width, height, spec, canvasSize, fixed) {
  if (!fixed) {
    const box = cropBox(width, height, spec);
    return { canvas: [box.w, box.h], source: box, target: { x: 0, y: 0, w: box.w, h: box.h } };
  }
  const [cw, ch] = blankCanvas(spec, canvasSize);
  const scale = Math.min(cw / width, ch / height);
  const w = Math.max(1, Math.min(cw, Math.round(width * scale)));
  const h = Math.max(1, Math.min(ch, Math.round(height * scale)));
  return {
    canvas: [cw, ch],
    source: { x: 0, y: 0, w: width, h: height },
    target: { x: Math.floor((cw - w) / 2), y: Math.floor((ch - h) / 2), w, h },
  };
}

const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);

/** Whether the crop box of a crop_size can only move (an exact pixel size that fits). */
export function fixedCropSize(spec, width, height) {
  return Boolean(spec && spec.kind === "pixels" && spec.width <= width && spec.height <= height);
}

/**
 * The crop box after dragging `handle` ("move", or "n", "ne", ... "nw") of `start` by
 * (dx, dy) image pixels inside a width x height image, keeping `ratio` (w / h, or null).
 * Returns an integer box.
 */
export function dragBox(start, handle, dx, dy, width, height, ratio = null) {
  if (handle === "move") {
    return {
      x: Math.round(clamp(start.x + dx, 0, width - start.w)),
      y: Math.round(clamp(start.y + dy, 0, height - start.h)),
      w: start.w,
      h: start.h,
    };
  }
  const west = handle.includes("w");
  const north = handle.includes("n");
  const horizontal = west || handle.includes("e");
  const vertical = north || handle.includes("s");
  let left = start.x;
  let top = start.y;
  let right = start.x + start.w;
  let bottom = start.y + start.h;
  if (west) left = clamp(left + dx, 0, right - 1);
  if (handle.includes("e")) right = clamp(right + dx, left + 1, width);
  if (north) top = clamp(top + dy, 0, bottom - 1);
  if (handle.includes("s")) bottom = clamp(bottom + dy, top + 1, height);
  if (!ratio) {
    return { x: Math.round(left), y: Math.round(top), w: Math.max(1, Math.round(right - left)), h: Math.max(1, Math.round(bottom - top)) };
  }
  // Keep the ratio: the other side follows, anchored at the opposite corner or edge.
  let w = right - left;
  let h = bottom - top;
  if (horizontal && (!vertical || Math.abs(dx) >= Math.abs(dy) * ratio)) h = w / ratio; // the pointer's main direction leads
  else w = h * ratio;
  const anchorX = west ? right : horizontal ? left : start.x + start.w / 2;
  const anchorY = north ? bottom : vertical ? top : start.y + start.h / 2;
  const roomW = horizontal ? (west ? anchorX : width - anchorX) : 2 * Math.min(anchorX, width - anchorX);
  const roomH = vertical ? (north ? anchorY : height - anchorY) : 2 * Math.min(anchorY, height - anchorY);
  if (w > roomW) {
    w = roomW;
    h = w / ratio;
  }
  if (h > roomH) {
    h = roomH;
    w = h * ratio;
  }
  w = Math.max(1, Math.round(w));
  h = Math.max(1, Math.round(h));
  const x = west ? anchorX - w : horizontal ? anchorX : anchorX - w / 2;
  const y = north ? anchorY - h : vertical ? anchorY : anchorY - h / 2;
  return { x: Math.round(clamp(x, 0, width - w)), y: Math.round(clamp(y, 0, height - h)), w, h };
}

