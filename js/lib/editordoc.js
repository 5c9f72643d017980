// The image editor's document: a background and layers, each a canvas at the image's own
// size, composed into the visible canvas; brush and eraser strokes, crop, resize, layers,
// undo/redo; and the files of the value. All drawing happens here in the browser: only the
// result is uploaded, and only the parts that changed since the last upload.

const HISTORY_LIMIT = 50;

export function makeCanvas(width, height) {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  return canvas;
}

const ctxOf = (canvas) => canvas.getContext("2d");

function toBlob(canvas) {
  // The bitmap is copied when toBlob is called; encoding happens off the caller's turn.
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image could not be encoded"))), "image/png"));
}

function union(a, b) {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** A part of the value: its canvas, and the uploaded file while it still holds those pixels. */
function part(canvas, fd = null, extra = {}) {
  return { canvas, fd, fdVersion: fd ? 0 : -1, version: 0, ...extra };
}

export class EditorDocument {
  /** `display`: the <canvas> that shows the composite; `onChange()` after every edit. */
  constructor(display, { onChange = () => {} } = {}) {
    this.display = display;
    this.onChange = onChange;
    this.width = 0;
    this.height = 0;
    this.background = null; // part + {blank}
    this.layers = []; // part + {name, empty}
    this.active = 0;
    this.version = 0;
    this.undoStack = [];
    this.redoStack = [];
    this.stroke = null;
    this.live = null; // the stroke being drawn, at full opacity
    this.scratch = null; // the active layer under an eraser stroke
    this.dirty = null;
    this.frame = 0;
  }

  // -- building -----------------------------------------------------------------------

  /** A new document (history cleared). `background`: a canvas of the size, or null for a white sheet. */
  reset({ width, height, background = null, backgroundFd = null, layers = [] }) {
    this.undoStack = [];
    this.redoStack = [];
    this.stroke = null;
    this.setState({
      width,
      height,
      background: background ? part(background, backgroundFd, { blank: false }) : this.blankBackground(width, height),
      layers: layers.map((l) => this.newLayer(l.name, width, height, l.source ?? null, l.fd ?? null)),
      active: 0,
    });
  }

  blankBackground(width, height) {
    const canvas = makeCanvas(width, height);
    const g = ctxOf(canvas);
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, canvas.width, canvas.height);
    return part(canvas, null, { blank: true });
  }

  newLayer(name, width, height, source = null, fd = null) {
    const canvas = makeCanvas(width, height);
    if (source) ctxOf(canvas).drawImage(source, 0, 0);
    return part(canvas, fd, { name, empty: !source });
  }

  snapshot() {
    return { width: this.width, height: this.height, background: this.background, layers: [...this.layers], active: this.active };
  }

  setState(state) {
    this.width = state.width;
    this.height = state.height;
    this.background = state.background;
    this.layers = [...state.layers];
    this.active = Math.max(0, Math.min(state.active, this.layers.length - 1));
    if (this.display.width !== this.width || this.display.height !== this.height) {
      this.display.width = this.width;
      this.display.height = this.height;
    }
    this.compose();
    // Make the stroke canvases while the page is idle, not when the pointer goes down.
    const idle = globalThis.requestIdleCallback ?? ((fn) => setTimeout(fn, 50));
    idle(() => this.helpers());
  }

  // -- history ----------------------------------------------------------------------------

  push(command) {
    this.undoStack.push(command);
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    this.redoStack = [];
    this.changed();
  }

  changed() {
    this.version += 1;
    this.onChange();
  }

  /** Replace the whole state as one undoable step (new background, crop, resize, layers). */
  replace(next) {
    const before = this.snapshot();
    this.setState(next);
    this.push({ undo: () => this.setState(before), redo: () => this.setState(next) });
  }

  canUndo() {
    return this.undoStack.length > 0 && !this.stroke;
  }

  canRedo() {
    return this.redoStack.length > 0 && !this.stroke;
  }

  undo() {
    if (!this.canUndo()) return false;
    const command = this.undoStack.pop();
    command.undo();
    this.redoStack.push(command);
    this.changed();
    return true;
  }

  redo() {
    if (!this.canRedo()) return false;
    const command = this.redoStack.pop();
    command.redo();
    this.undoStack.push(command);
    this.changed();
    return true;
  }

  // -- composing --------------------------------------------------------------------------

  /** Redraw `rect` of the visible canvas (all of it by default): background, then each layer. */
  compose(rect = null) {
    const r = this.clip(rect ?? { x: 0, y: 0, w: this.width, h: this.height });
    if (!r || !this.background) return;
    const d = ctxOf(this.display);
    const draw = (g, source) => g.drawImage(source, r.x, r.y, r.w, r.h, r.x, r.y, r.w, r.h);
    d.clearRect(r.x, r.y, r.w, r.h);
    draw(d, this.background.canvas);
    this.layers.forEach((layer, i) => {
      const stroke = this.stroke;
      if (!stroke || i !== this.active) {
        draw(d, layer.canvas);
      } else if (stroke.erase) {
        const s = ctxOf(this.scratch);
        s.clearRect(r.x, r.y, r.w, r.h);
        draw(s, layer.canvas);
        s.globalCompositeOperation = "destination-out";
        draw(s, this.live);
        s.globalCompositeOperation = "source-over";
        draw(d, this.scratch);
      } else {
        draw(d, layer.canvas);
        d.globalAlpha = stroke.alpha;
        draw(d, this.live);
        d.globalAlpha = 1;
      }
    });
  }

  clip(rect) {
    const x = Math.max(0, Math.floor(rect.x));
    const y = Math.max(0, Math.floor(rect.y));
    const right = Math.min(this.width, Math.ceil(rect.x + rect.w));
    const bottom = Math.min(this.height, Math.ceil(rect.y + rect.h));
    return right > x && bottom > y ? { x, y, w: right - x, h: bottom - y } : null;
  }

  /** Compose what changed, once per animation frame (pointer events come faster). */
  scheduleCompose(rect) {
    this.dirty = union(this.dirty, rect);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.flush());
  }

  flush() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const dirty = this.dirty;
    this.dirty = null;
    if (dirty) this.compose(dirty);
  }

  // -- strokes ------------------------------------------------------------------------------

  helpers() {
    for (const key of ["live", "scratch"]) {
      if (!this[key] || this[key].width !== this.width || this[key].height !== this.height) {
        this[key] = makeCanvas(this.width, this.height);
        ctxOf(this[key]).clearRect(0, 0, 1, 1);
      }
    }
  }

  /** Start a stroke at (x, y) image pixels: `erase`, `color` (opaque CSS colour), `alpha`, `radius`. */
  beginStroke({ erase = false, color = "#000000", alpha = 1, radius = 5 }, x, y) {
    const layer = this.layers[this.active];
    if (!layer || this.stroke) return false;
    this.helpers(); // the live canvas is clear: every stroke clears what it drew
    this.stroke = { erase, color, alpha, radius, layer, last: [x, y], bounds: null };
    const g = ctxOf(this.live);
    g.fillStyle = erase ? "#000000" : color;
    g.beginPath();
    g.arc(x, y, radius, 0, Math.PI * 2);
    g.fill();
    this.extend(x, y, x, y);
    return true;
  }

  strokeTo(x, y) {
    const s = this.stroke;
    if (!s) return;
    const [x0, y0] = s.last;
    if (x0 === x && y0 === y) return;
    const g = ctxOf(this.live);
    g.strokeStyle = s.erase ? "#000000" : s.color;
    g.lineWidth = s.radius * 2;
    g.lineCap = "round";
    g.lineJoin = "round";
    g.beginPath();
    g.moveTo(x0, y0);
    g.lineTo(x, y);
    g.stroke();
    s.last = [x, y];
    this.extend(x0, y0, x, y);
  }

  extend(x0, y0, x1, y1) {
    const r = this.stroke.radius + 2;
    const rect = { x: Math.min(x0, x1) - r, y: Math.min(y0, y1) - r, w: Math.abs(x1 - x0) + 2 * r, h: Math.abs(y1 - y0) + 2 * r };
    this.stroke.bounds = union(this.stroke.bounds, rect);
    this.scheduleCompose(rect);
  }

  /** Put the stroke into its layer as one undoable step. */
  endStroke() {
    const s = this.stroke;
    if (!s) return false;
    const box = s.bounds && this.clip(s.bounds);
    if (!box) {
      this.stroke = null;
      this.flush();
      return false;
    }
    const { layer } = s;
    const g = ctxOf(layer.canvas);
    // Only the pixels under the stroke are kept for undo; those after it are read when
    // it is undone (a redo needs them), so a stroke costs one read of its box.
    const before = g.getImageData(box.x, box.y, box.w, box.h);
    if (s.erase) g.globalCompositeOperation = "destination-out";
    else g.globalAlpha = s.alpha;
    g.drawImage(this.live, box.x, box.y, box.w, box.h, box.x, box.y, box.w, box.h);
    g.globalCompositeOperation = "source-over";
    g.globalAlpha = 1;
    ctxOf(this.live).clearRect(box.x, box.y, box.w, box.h);
    this.stroke = null;
    this.dirty = null;
    this.flush();
    const wasEmpty = layer.empty;
    const isEmpty = wasEmpty && s.erase;
    let after = null;
    const put = (data, empty) => {
      ctxOf(layer.canvas).putImageData(data, box.x, box.y);
      layer.empty = empty;
      layer.version += 1;
      this.compose(box);
    };
    layer.empty = isEmpty;
    layer.version += 1;
    this.compose(box);
    this.push({
      undo: () => {
        after = ctxOf(layer.canvas).getImageData(box.x, box.y, box.w, box.h);
        put(before, wasEmpty);
      },
      redo: () => put(after, isEmpty),
    });
    return true;
  }

  cancelStroke() {
    if (!this.stroke) return;
    this.stroke = null;
    ctxOf(this.live).clearRect(0, 0, this.width, this.height);
    this.dirty = null;
    this.flush();
    this.compose();
  }

  // -- whole-document edits -----------------------------------------------------------------

  /** A new background (drawn by `placement` from `image`) with fresh layers, as one undoable step. */
  takeBackground(image, placement, fd, layerNames) {
    const [w, h] = placement.canvas;
    const canvas = makeCanvas(w, h);
    const g = ctxOf(canvas);
    g.imageSmoothingQuality = "high";
    const { source: s, target: t } = placement;
    g.drawImage(image, s.x, s.y, s.w, s.h, t.x, t.y, t.w, t.h);
    this.replace({
      width: w,
      height: h,
      background: part(canvas, fd, { blank: false }),
      layers: layerNames.map((name) => this.newLayer(name, w, h)),
      active: 0,
    });
  }

  /** Map every part onto a new w x h canvas with `draw(g, source)`. */
  transformed(w, h, draw) {
    const move = (p, extra, fill = null) => {
      const canvas = makeCanvas(w, h);
      const g = ctxOf(canvas);
      if (fill) {
        g.fillStyle = fill;
        g.fillRect(0, 0, w, h);
      }
      g.imageSmoothingQuality = "high";
      draw(g, p.canvas);
      return part(canvas, null, extra);
    };
    return {
      width: w,
      height: h,
      background: move(this.background, { blank: this.background.blank }, this.background.blank ? "#ffffff" : null),
      layers: this.layers.map((l) => move(l, { name: l.name, empty: l.empty })),
      active: this.active,
    };
  }

  crop(box) {
    const b = this.clip(box);
    if (!b || (b.w === this.width && b.h === this.height)) return false;
    this.replace(this.transformed(b.w, b.h, (g, src) => g.drawImage(src, b.x, b.y, b.w, b.h, 0, 0, b.w, b.h)));
    return true;
  }

  /** A w x h canvas: the image scaled to it (`scale`), or kept at its size and centred. */
  resize(w, h, scale = true) {
    w = Math.max(1, Math.round(w));
    h = Math.max(1, Math.round(h));
    if (w === this.width && h === this.height) return false;
    const [W, H] = [this.width, this.height];
    this.replace(this.transformed(w, h, (g, src) => (scale
      ? g.drawImage(src, 0, 0, W, H, 0, 0, w, h)
      : g.drawImage(src, Math.floor((w - W) / 2), Math.floor((h - H) / 2)))));
    return true;
  }

  addLayer(name) {
    const next = this.snapshot();
    next.layers.push(this.newLayer(name, this.width, this.height));
    next.active = next.layers.length - 1;
    this.replace(next);
  }

  removeLayer(index) {
    if (this.layers.length <= 1 || !this.layers[index]) return false;
    const next = this.snapshot();
    next.layers.splice(index, 1);
    next.active = Math.min(this.active > index ? this.active - 1 : this.active, next.layers.length - 1);
    this.replace(next);
    return true;
  }

  selectLayer(index) {
    if (this.layers[index]) this.active = index;
  }

  // -- the value's files ---------------------------------------------------------------------

  /** Whether nothing is drawn on any layer: the composite is the background itself. */
  undrawn() {
    return this.layers.every((l) => l.empty);
  }

  /**
   * The value: {background, layers, composite} as FileData. Parts whose pixels were
   * uploaded already keep their file; the others are encoded as PNG (all at once, now)
   * and uploaded with `upload(blob, name)`. The composite is the background itself while
   * nothing is drawn on any layer, else null: the kernel composes it from the background
   * and the layers when a function needs it, so a large composite is never encoded or
   * sent after every stroke.
   */
  async exportValue(upload) {
    const send = (p, name) => {
      if (p.fd && p.fdVersion === p.version) return Promise.resolve(p.fd);
      const version = p.version;
      return toBlob(p.canvas).then((blob) => upload(blob, name)).then((fd) => {
        if (p.version === version) {
          p.fd = fd;
          p.fdVersion = version;
        }
        return fd;
      });
    };
    const undrawn = this.undrawn();
    const [background, ...layers] = await Promise.all([send(this.background, "background.png"),
      ...this.layers.map((l, i) => send(l, `layer_${i}.png`))]);
    return { background, layers, composite: undrawn ? background : null };
  }

  /** The composite as a PNG blob, as shown (for the download button). */
  compositeBlob() {
    return toBlob(this.display);
  }
}
