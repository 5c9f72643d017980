// Small DOM helpers shared by the runtime and the built-in views.

/**
 * Create an element. `attrs` keys: `class`, `style` (object or string), `dataset`
 * (object), `on<Event>` (listener), `text`, any other key becomes a property when the
 * element has it (value, checked, disabled, ...) and an attribute otherwise.
 * Children may be nodes, strings, numbers, arrays or null/false (skipped).
 */
export function h(tag, attrs = null, ...children) {
  const el = document.createElement(tag);
  if (attrs) setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

export function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") el.className = value ?? "";
    else if (key === "style") {
      if (typeof value === "string") el.style.cssText = value;
      else Object.assign(el.style, value);
    } else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "text") el.textContent = value ?? "";
    else if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key in el && !key.startsWith("aria") && key !== "role") {
      if (el[key] !== value) el[key] = value;
    } else if (value === null || value === undefined || value === false) {
      el.removeAttribute(key);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  return el;
}

/** Add an event listener that is removed when `signal` aborts. */
export function listen(target, type, listener, signal, options = {}) {
  target.addEventListener(type, listener, { ...options, signal });
}

/** Set text only when it changed (keeps selections and avoids layout work). */
export function setText(el, text) {
  const next = text === null || text === undefined ? "" : String(text);
  if (el.textContent !== next) el.textContent = next;
}

/** Toggle an attribute: present with `value` when truthy, removed otherwise. */
export function toggleAttr(el, name, on, value = "") {
  if (on) {
    if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
  } else if (el.hasAttribute(name)) el.removeAttribute(name);
}

/** A CSS length from a Gradio size prop: numbers are pixels, strings pass through. */
export function cssSize(value) {
  if (value === null || value === undefined || value === "") return "";
  return typeof value === "number" ? `${value}px` : String(value);
}

/** True when `el` is the focused element of its document (or its shadow root). */
export function isFocused(el) {
  const root = el.getRootNode();
  return Boolean(root && root.activeElement === el);
}

/**
 * Put a new value into an <input>/<textarea> without disturbing the user: nothing
 * happens when the text is already equal, and the caret is kept when it has focus.
 */
export function setInputValue(input, value) {
  const next = value === null || value === undefined ? "" : String(value);
  if (input.value === next) return;
  if (isFocused(input) && typeof input.selectionStart === "number") {
    const { selectionStart, selectionEnd } = input;
    input.value = next;
    try {
      input.setSelectionRange(Math.min(selectionStart, next.length), Math.min(selectionEnd, next.length));
    } catch {
      /* inputs of type number/email do not support selection ranges */
    }
  } else {
    input.value = next;
  }
}

/** Save bytes as a file through the browser's download. */
export function saveAs(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name || "file";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Keep a pointer's events on `el` until it is released (a pointer already gone is ignored). */
export function capturePointer(el, event) {
  try {
    el.setPointerCapture?.(event.pointerId);
  } catch {
    /* the pointer ended before the capture */
  }
}
