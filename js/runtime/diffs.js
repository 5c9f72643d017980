// Edits of a value in Gradio's diff format (docs/protocol.md, "Streamed values"): the
// kernel sends what changed in a value the page holds; the runtime applies it here.

/** `value` after `edits` ([action, path, item]); `value` itself is not changed. */
export function applyDiff(value, edits) {
  let out = structuredClone(value);
  for (const [action, path, item] of edits) out = applyEdit(out, path, action, item);
  return out;
}

function applyEdit(target, path, action, item) {
  if (!path.length) {
    if (action === "replace") return item;
    if (action === "append") return target + item;
    throw new Error(`cannot ${action} at the root of a value`);
  }
  let current = target;
  for (const key of path.slice(0, -1)) current = current[key];
  const last = path[path.length - 1];
  if (action === "replace") current[last] = item;
  else if (action === "append") current[last] += item;
  else if (action === "add") {
    if (Array.isArray(current)) current.splice(Number(last), 0, item);
    else current[last] = item;
  } else if (action === "delete") {
    if (Array.isArray(current)) current.splice(Number(last), 1);
    else delete current[last];
  } else throw new Error(`unknown edit ${action}`);
  return target;
}
