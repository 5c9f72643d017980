// Grows a <textarea> with its content between `minRows` and `maxRows` lines.

export function autosize(textarea, minRows, maxRows) {
  const style = getComputedStyle(textarea);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5 || 21;
  const chrome = (parseFloat(style.paddingTop) || 0) + (parseFloat(style.paddingBottom) || 0)
    + (parseFloat(style.borderTopWidth) || 0) + (parseFloat(style.borderBottomWidth) || 0);
  const min = Math.max(1, minRows) * lineHeight + chrome;
  const max = Math.max(minRows, maxRows) * lineHeight + chrome;
  const previous = textarea.style.height;
  textarea.style.height = "auto";
  const needed = textarea.scrollHeight + (parseFloat(style.borderTopWidth) || 0) + (parseFloat(style.borderBottomWidth) || 0);
  if (needed <= 0) {
    // Not laid out yet (detached or hidden): keep the rows attribute in charge.
    textarea.style.height = previous;
    return;
  }
  const height = Math.min(max, Math.max(min, needed));
  textarea.style.height = `${height}px`;
  textarea.style.overflowY = needed > max + 1 ? "auto" : "hidden";
}
