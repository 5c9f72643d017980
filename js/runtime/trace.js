// Performance marks for finding out where a page's time goes (bench/lab_tti.py --trace):
// `mark(name)` adds `nbb <name>` to the page's performance timeline, only when the page
// asked for it (`globalThis.nbblocksTrace = true`), so a normal page keeps no marks.

export function mark(name) {
  if (globalThis.nbblocksTrace === true) globalThis.performance?.mark?.(`nbb ${name}`);
}
