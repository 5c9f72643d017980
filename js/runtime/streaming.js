// Applies the kernel's `value_diff` messages to a model (docs/protocol.md, "Streamed
// values"). Every view of a block listens while it is shown; the versions make sure each
// edit is applied once, whichever views see it. Edits that came while no view of a model
// was shown on this page were missed: a view that finds the value as one left it asks
// the kernel for the whole value.

import { applyDiff } from "./diffs.js";
import { awaitingEcho, stamp } from "./ordering.js";

/** How long an edit may wait for the value it edits before the page asks for the value. */
export const RESYNC_AFTER_MS = 2000;

// Values (their origin objects) as they were when a view stopped listening.
const unwatched = (globalThis.__nbblocksUnwatched ??= new WeakSet());

const versionOf = (model) => {
  const version = model.get("value_origin")?.version;
  return typeof version === "number" ? version : 0;
};

export function attachValueDiffs(model) {
  let waiting = []; // edits whose base has not arrived yet, in the order they came
  let timer = null;
  let applying = false;
  // A value a view set here (the user's edit) is not the kernel's version any more: edits
  // wait until the kernel sends its value again (it echoes every value a page sends).
  let localEdit = false;
  let versionAtValue = versionOf(model);

  const resync = () => {
    waiting = [];
    model.send(stamp(model, { type: "value_resync" }));
  };

  const drain = () => {
    let progressed = true;
    while (progressed && waiting.length && !localEdit) {
      progressed = false;
      const version = versionOf(model);
      waiting = waiting.filter((message) => message.version > version); // already passed
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
        try {
          model.set("value_origin", { version: next.version });
          model.set("value", value);
        } finally {
          applying = false;
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
    waiting.push(content);
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
  const origin = model.get("value_origin");
  if (origin && typeof origin === "object" && unwatched.has(origin) && typeof origin.version === "number") resync();
  return () => {
    clearTimeout(timer);
    model.off("msg:custom", onMessage);
    model.off("change:value_origin", onOrigin);
    model.off("change:value", onValue);
    const last = model.get("value_origin");
    if (last && typeof last === "object") unwatched.add(last);
  };
}
