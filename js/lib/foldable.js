// The open or closed state of a view a person can fold (gr.Accordion, gr.Sidebar). The
// kernel's `open` prop wins only when it changes, so an unrelated props update never undoes
// what the person toggled; a toggle sends `expand` or `collapse`.

/** Track `toggle`'s clicks and the `open` prop; returns `isOpen()`, read in `apply`. */
export function foldable(ctx, toggle, apply) {
  let lastProp = ctx.props().open ?? true;
  let open = lastProp !== false;
  ctx.listen(toggle, "click", () => {
    open = !open;
    apply();
    ctx.dispatch(open ? "expand" : "collapse");
  });
  return () => {
    const prop = ctx.props().open ?? true;
    if (prop !== lastProp) {
      lastProp = prop;
      open = prop !== false;
    }
    return open;
  };
}
