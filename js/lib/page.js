// State shared by every nbblocks module on the page. Each runtime (one per kernel) and
// each view bundle carries its own copy of this file, so the state lives on globalThis:
// ids and message numbers stay unique however many copies run.

export const shared = (globalThis.__nbblocks ??= {});
shared.page ??= Math.random().toString(36).slice(2) + Date.now().toString(36);
shared.ids ??= Object.create(null);

/** The id of this browser page (every message it sends carries it). */
export function pageId() {
  return shared.page;
}

/** `${prefix}-${n}`, with n counted per page: no two elements of the page get the same id. */
export function uniqueId(prefix) {
  shared.ids[prefix] = (shared.ids[prefix] ?? 0) + 1;
  return `${prefix}-${shared.ids[prefix]}`;
}
