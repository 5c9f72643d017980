// Applies the kernel's `value_diff` messages to a model once, whichever views of it are
// shown (docs/protocol.md, "Streamed values"). Installed by the runtime's `initialize`.

import { applyDiff } from "./diffs.js";
import { stamp } from "./ordering.js";

/** How long an edit may wait for the value it edits before the page asks for the value. */
export const RESYNC_AFTER_MS = 2000;

const versionOf = (model) => {
  const version = model.get("value_origin")?.version;
  return typeof version === "number" ? version : 0;
};

export function attachValueDiffs(model) {
  let waiting = []; // edits whose base has not arrived yet, in the order they came
  let timer = null;

  const drain = () => {
    let progressed = true;
    while (progressed && waiting.length) {
      progressed = false;
      const version = versionOf(model);
      waiting = waiting.filter((message) => message.version > version); // already passed
      const next = waiting.find((message) => message.base === version);
      if (next) {
        waiting.splice(waiting.indexOf(next), 1);
        model.set("value_origin", { version: next.version });
        model.set("value", applyDiff(model.get("value"), next.edits ?? []));
        progressed = true;
      }
    }
    if (!waiting.length) {
      clearTimeout(timer);
      timer = null;
    } else if (timer === null) {
      timer = setTimeout(() => {
        timer = null;
        if (!waiting.length) return;
        waiting = [];
        model.send(stamp(model, { type: "value_resync" }));
      }, RESYNC_AFTER_MS);
    }
  };

  const onMessage = (content) => {
    if (!content || content.type !== "value_diff") return;
    waiting.push(content);
    drain();
  };
  const onOrigin = () => {
    if (waiting.length) drain();
  };
  model.on("msg:custom", onMessage);
  model.on("change:value_origin", onOrigin);
  return () => {
    clearTimeout(timer);
    model.off("msg:custom", onMessage);
    model.off("change:value_origin", onOrigin);
  };
}
