// Applies the kernel's `value_diff` messages to a model (docs/protocol.md, "Streamed
// values"). The block stub queues them from the moment the model exists (`_nbq`), so edits
// that came before a view loaded, or while none was shown, are not lost; every view of the
// block drains that queue while it is shown, and the versions make each edit apply once.

import { applyDiff } from "./diffs.js";
import { awaitingEcho, stamp } from "./ordering.js";

/** How long an edit may wait for the value it edits before the page asks for the value. */
export const RESYNC_AFTER_MS = 2000;

// Models whose value an edit is being applied to (by any view of them). Applying sets
// `value_origin`, then `value`: the origin's change reaches every view's listener before
// the value is set, and a drain started there would apply the next queued edit to the
// value before this one. The drain that applies an edit goes on to the next itself.
const applyingTo = new WeakSet();

const versionOf = (model) => {
  const version = model.get("value_origin")?.version;
  return typeof version === "number" ? version : 0;
};

export function attachValueDiffs(model) {
  // Edits not applied yet, in the order they came: the stub's queue (shared by every view
  // of the model), or this view's own where the host has no stub queue.
  const queued = Array.isArray(model.get("_nbq")) ? model.get("_nbq") : null;
  const waiting = queued ?? [];
  let timer = null;
  let applying = false;
  // A value a view set here (the user's edit) is not the kernel's version any more: edits
  // wait until the kernel sends its value again (it echoes every value a page sends).
  let localEdit = false;
  let versionAtValue = versionOf(model);

  const resync = () => {
    waiting.splice(0);
    model.send(stamp(model, { type: "value_resync" }));
  };

  const drain = () => {
    if (applyingTo.has(model)) return;
    let progressed = true;
    while (progressed && waiting.length && !localEdit) {
      progressed = false;
      const version = versionOf(model);
      for (let i = waiting.length - 1; i >= 0; i -= 1) if (!(waiting[i].version > version)) waiting.splice(i, 1); // already passed
      const next = waiting.find((message) => message.base === version);
      if (next) {
        waiting.splice(waiting.indexOf(next), 1);
        let value;
        try {
          value = applyDiff(model.get("value"), next.edits ?? []);
        } catch {
          resync(); // the edits do not fit what the page holds
          return;
        }
        applying = true;
        applyingTo.add(model);
        try {
          model.set("value_origin", { version: next.version });
          model.set("value", value);
        } finally {
          applying = false;
          applyingTo.delete(model);
        }
        versionAtValue = next.version;
        progressed = true;
      }
    }
    if (!waiting.length) {
      clearTimeout(timer);
      timer = null;
    } else if (timer === null) {
      timer = setTimeout(() => {
        timer = null;
        if (waiting.length) resync();
      }, RESYNC_AFTER_MS);
    }
  };

  const onMessage = (content) => {
    if (!content || content.type !== "value_diff") return;
    if (!queued) waiting.push(content); // else the stub queued it already
    drain();
  };
  const onOrigin = () => {
    if (!awaitingEcho(model)) localEdit = false; // the kernel's value (or the echo of the page's newest)
    if (waiting.length) drain();
  };
  const onValue = () => {
    // The kernel's updates change the version with the value; a view's own edit does not.
    const version = versionOf(model);
    if (!applying && version === versionAtValue) localEdit = true;
    versionAtValue = version;
  };
  model.on("msg:custom", onMessage);
  model.on("change:value_origin", onOrigin);
  model.on("change:value", onValue);
  // After an event the status says which version the kernel ended with (`value_version`):
  // behind it, with no edit on the way that reaches it, the page missed some (they came
  // before the model's stub listened) and asks for the value.
  const onStatus = () => {
    const wanted = model.get("status")?.value_version;
    if (typeof wanted !== "number" || localEdit || wanted <= versionOf(model)) return;
    if (!waiting.some((message) => message.version >= wanted)) resync();
  };
  if (waiting.length) drain(); // edits that came before this view
  model.on("change:status", onStatus);
  onStatus();
  return () => {
    clearTimeout(timer);
    model.off("msg:custom", onMessage);
    model.off("change:value_origin", onOrigin);
    model.off("change:value", onValue);
    model.off("change:status", onStatus);
  };
}
