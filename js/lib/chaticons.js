// Icons of the chat views (stroke follows `currentColor`), in the style of icons.js.

import { icon, svg } from "./icons.js";

const thumb = '<path d="M7 10v12"/><path d="M15 5.88 14 10h5.83a2 2 0 0 1 1.92 2.56l-2.33 8A2 2 0 0 1 17.5 22H4a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h2.76a2 2 0 0 0 1.79-1.11L12 2a3.13 3.13 0 0 1 3 3.88Z"/>';
const flag = '<path d="M4 15s1-1 4-1 5 2 8 2 4-1 4-1V3s-1 1-4 1-5-2-8-2-4 1-4 1z"/><line x1="4" y1="22" x2="4" y2="15"/>';

const icons = {
  arrowDown: svg('<line x1="12" y1="5" x2="12" y2="19"/><polyline points="19 12 12 19 5 12"/>'),
  chevronRight: svg('<polyline points="9 18 15 12 9 6"/>', 14),
  thumbUp: svg(thumb, 15),
  thumbUpFilled: svg(thumb, 15, "currentColor"),
  thumbDown: svg(`<g transform="rotate(180 12 12)">${thumb}</g>`, 15),
  thumbDownFilled: svg(`<g transform="rotate(180 12 12)">${thumb}</g>`, 15, "currentColor"),
  flag: svg(flag, 15),
  flagFilled: svg(flag, 15, "currentColor"),
  retry: svg('<polyline points="23 4 23 10 17 10"/><path d="M20.49 15a9 9 0 1 1-2.12-9.36L23 10"/>', 15),
  undo: svg('<path d="M3 7v6h6"/><path d="M21 17a9 9 0 0 0-15-6.7L3 13"/>', 15),
  edit: svg('<path d="M12 20h9"/><path d="M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z"/>', 15),
  trash: svg('<polyline points="3 6 5 6 21 6"/><path d="M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6"/><path d="M10 11v6"/><path d="M14 11v6"/><path d="M9 6V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2"/>', 15),
  paperclip: svg('<path d="m21.44 11.05-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"/>', 18),
};

/** A <span> holding a chat icon. */
export function chatIcon(name, className = "nbb-icon") {
  return icon(name, className, icons);
}
