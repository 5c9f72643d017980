import { h, listen } from "./dom.js";
import { icon } from "./icons.js";

/**
 * A small icon button that copies `getText()` to the clipboard and shows a tick for
 * a moment. `getText` may return a promise (text the kernel makes); when it rejects,
 * nothing is copied. `onCopy(text)` runs after a successful copy.
 */
export function copyButton({ getText, signal, onCopy = null, title = "Copy" }) {
  const button = h("button", {
    type: "button",
    class: "nbb-icon-button nbb-copy-button",
    title,
    "aria-label": title,
    dataset: { nbblocksPart: "copy" },
  });
  const copyIcon = icon("copy");
  const doneIcon = icon("check");
  button.append(copyIcon);
  let timer = null;
  listen(button, "click", async () => {
    let text;
    try {
      text = String((await getText()) ?? "");
    } catch {
      return; // getText reported its failure itself
    }
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      fallbackCopy(text);
    }
    button.replaceChildren(doneIcon);
    clearTimeout(timer);
    timer = setTimeout(() => button.replaceChildren(copyIcon), 1200);
    onCopy?.(text);
  }, signal);
  signal.addEventListener("abort", () => clearTimeout(timer));
  return button;
}

function fallbackCopy(text) {
  const area = h("textarea", { value: text, style: "position:fixed;opacity:0" });
  document.body.append(area);
  area.select();
  try {
    document.execCommand("copy");
  } catch {
    /* the clipboard is not available */
  }
  area.remove();
}
