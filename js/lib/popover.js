// Shows a floating panel under (or above) an anchor. Uses the top layer (`popover`)
// where available so the panel is never clipped by a notebook output area; falls back
// to an absolutely positioned panel.

export function createPopover(anchor, panel, signal) {
  const topLayer = typeof panel.showPopover === "function";
  if (topLayer) panel.setAttribute("popover", "manual");
  else {
    panel.classList.add("nbb-popover-fallback");
    panel.hidden = true;
  }
  let open = false;

  function place() {
    if (!open || !topLayer) return;
    const rect = anchor.getBoundingClientRect();
    const viewHeight = window.innerHeight || document.documentElement.clientHeight;
    const wanted = Math.min(panel.scrollHeight || 240, 240);
    const below = viewHeight - rect.bottom;
    const above = rect.top;
    panel.style.left = `${Math.round(rect.left)}px`;
    panel.style.width = `${Math.round(rect.width)}px`;
    if (below < wanted + 8 && above > below) {
      panel.style.top = "auto";
      panel.style.bottom = `${Math.round(viewHeight - rect.top + 4)}px`;
      panel.style.maxHeight = `${Math.max(80, Math.min(240, above - 12))}px`;
    } else {
      panel.style.bottom = "auto";
      panel.style.top = `${Math.round(rect.bottom + 4)}px`;
      panel.style.maxHeight = `${Math.max(80, Math.min(240, below - 12))}px`;
    }
  }

  const onMove = () => place();
  function show() {
    if (open) return;
    open = true;
    if (topLayer) {
      try {
        panel.showPopover();
      } catch {
        /* not connected to a document */
      }
      window.addEventListener("scroll", onMove, { capture: true, passive: true });
      window.addEventListener("resize", onMove, { passive: true });
    } else panel.hidden = false;
    place();
  }
  function hide() {
    if (!open) return;
    open = false;
    if (topLayer) {
      try {
        panel.hidePopover();
      } catch {
        /* already hidden */
      }
      window.removeEventListener("scroll", onMove, { capture: true });
      window.removeEventListener("resize", onMove);
    } else panel.hidden = true;
  }
  signal.addEventListener("abort", hide, { once: true });
  return { show, hide, place, isOpen: () => open };
}
