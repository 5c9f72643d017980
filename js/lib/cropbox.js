// The crop tool's box over the editor's canvas: drag it to move, drag a handle to resize,
// kept to crop_size (a ratio, or an exact pixel size that can only move).

import { capturePointer, h } from "./dom.js";
import { cropBox, dragBox, fixedCropSize } from "./editorgeometry.js";

const HANDLES = ["nw", "n", "ne", "e", "se", "s", "sw", "w"];
const CORNERS = ["nw", "ne", "se", "sw"];

/**
 * A crop box inside `surface` (the element that exactly covers the canvas). `size()`
 * gives the image's [width, height], `spec()` the parsed crop_size. Returns
 * {el, box(), reset(), show(on)}.
 */
export function createCropBox(ctx, surface, { size, spec }) {
  const frame = h("div", { class: "nbb-crop-box", dataset: { nbblocksPart: "crop-box" } });
  const el = h("div", { class: "nbb-crop-layer", hidden: true }, frame);
  const handles = HANDLES.map((name) => h("div", { class: `nbb-crop-handle nbb-crop-${name}`, dataset: { nbblocksPart: "crop-handle", handle: name } }));
  frame.append(...handles);
  surface.append(el);
  let box = { x: 0, y: 0, w: 1, h: 1 };

  function draw() {
    const [width, height] = size();
    Object.assign(frame.style, {
      left: `${(box.x / width) * 100}%`,
      top: `${(box.y / height) * 100}%`,
      width: `${(box.w / width) * 100}%`,
      height: `${(box.h / height) * 100}%`,
    });
    frame.dataset.box = `${box.x},${box.y},${box.w},${box.h}`;
    const crop = spec();
    const fixed = fixedCropSize(crop, width, height);
    for (const handle of handles) {
      const name = handle.dataset.handle;
      handle.hidden = fixed || (crop !== null && !CORNERS.includes(name));
    }
  }

  function reset() {
    const [width, height] = size();
    box = cropBox(width, height, spec());
    draw();
  }

  ctx.listen(frame, "pointerdown", (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const handle = event.target.dataset?.handle ?? "move";
    const start = { ...box };
    const [width, height] = size();
    const rect = surface.getBoundingClientRect();
    const scaleX = width / Math.max(1, rect.width);
    const scaleY = height / Math.max(1, rect.height);
    const crop = spec();
    const ratio = crop ? crop.width / crop.height : null;
    const fixed = fixedCropSize(crop, width, height);
    const [x0, y0] = [event.clientX, event.clientY];
    capturePointer(frame, event);
    const move = (e) => {
      const dx = (e.clientX - x0) * scaleX;
      const dy = (e.clientY - y0) * scaleY;
      box = dragBox(start, fixed ? "move" : handle, dx, dy, width, height, ratio);
      draw();
    };
    const up = () => {
      frame.removeEventListener("pointermove", move);
      frame.removeEventListener("pointerup", up);
      frame.removeEventListener("pointercancel", up);
    };
    frame.addEventListener("pointermove", move);
    frame.addEventListener("pointerup", up);
    frame.addEventListener("pointercancel", up);
  });

  return {
    el,
    box: () => ({ ...box }),
    reset,
    show(on) {
      el.hidden = !on;
      if (on) reset();
    },
  };
}
