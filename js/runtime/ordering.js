// Every message a page sends carries its page id and a sequence number per app, so the
// kernel can handle them in the order they were sent: JupyterLab may deliver comm
// messages on several kernel threads at once, and a user's edit must not overtake (or
// be overtaken by) the click that follows it.

import { pageId, shared } from "../lib/page.js";

export { pageId };

shared.seq ??= Object.create(null);
shared.answered ??= new Set();
shared.local ??= new WeakMap(); // model -> {seq, value}: the newest value this page sent

export function stamp(model, message) {
  const app = model.get("app") || "";
  shared.seq[app] = (shared.seq[app] ?? 0) + 1;
  return { ...message, app, page: shared.page, seq: shared.seq[app] };
}

// A js= request can reach several views of one app: answer it once per page.
export function firstAnswer(id) {
  if (shared.answered.has(id)) return false;
  shared.answered.add(id);
  if (shared.answered.size > 1000) shared.answered.delete(shared.answered.values().next().value);
  return true;
}

// The kernel syncs every value with `value_origin` ({page, seq} of the message it came
// from, or {} for values a function set). A page skips echoes of its own messages: it
// already shows that value, or a newer one the user typed since.
export function remember(model, seq, value) {
  shared.local.set(model, { seq, value });
}

// While a view sets a value the user chose, other views of the same model on this page
// redraw at once; the view that set it has drawn it already.
shared.settingLocally ??= new WeakSet();

export function setLocally(model, value) {
  shared.settingLocally.add(model);
  try {
    model.set("value", value);
  } finally {
    shared.settingLocally.delete(model);
  }
}

export function isSettingLocally(model) {
  return shared.settingLocally.has(model);
}

export function isOwnEcho(model) {
  const origin = model.get("value_origin");
  return Boolean(origin && origin.page === shared.page);
}

/** This page sent a value the kernel has not echoed yet. */
export function awaitingEcho(model) {
  const origin = model.get("value_origin");
  const local = shared.local.get(model);
  return Boolean(local && origin && origin.page === shared.page && origin.seq < local.seq);
}

export function currentValue(model) {
  return awaitingEcho(model) ? shared.local.get(model).value : model.get("value");
}
