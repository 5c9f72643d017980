// What a layout that shows one child at a time (gr.Tabs, gr.Walkthrough) knows of its
// children, and which one it shows. The rule is the kernel's (nbblocks/layouts/picks.py,
// `OneShown.shown_index`), so page and kernel agree on what a click may pick: the child a
// person picked, while visible, until the kernel sends another `selected`; else the child
// `selected` names by id (by index when no child has that id), when visible; else the first
// visible child.

/**
 * @param ctx the layout view's context
 * @param panels the element whose children are the children's block roots
 * @param childEvent the event a child's view dispatches (bubbling) with its `detail` info
 * @param blank the info of a child that has not reported yet
 * @param refresh redraws the layout; called when a child's info or `selected` changes
 */
export function oneShown(ctx, panels, childEvent, blank, refresh) {
  const childInfo = new WeakMap(); // block root -> the child's last reported info
  let picked = null;
  let lastSelected = ctx.props().selected;

  const wrappers = () => [...panels.children];
  const info = (wrapper) => childInfo.get(wrapper) ?? blank;

  function shownIndex() {
    const children = wrappers();
    const shown = (index) => info(children[index]).visible;
    if (picked && children.includes(picked) && info(picked).visible) return children.indexOf(picked);
    const wanted = ctx.props().selected;
    if (wanted !== null && wanted !== undefined) {
      const byId = children.findIndex((wrapper) => info(wrapper).id !== null && info(wrapper).id === wanted);
      if (byId >= 0) {
        if (shown(byId)) return byId;
      } else if (Number.isInteger(wanted) && wanted >= 0 && wanted < children.length && shown(wanted)) {
        return wanted;
      }
    }
    return children.findIndex((wrapper) => info(wrapper).visible);
  }

  ctx.listen(panels, childEvent, (event) => {
    const wrapper = event.target;
    if (wrapper.parentElement !== panels) return;
    event.stopPropagation();
    childInfo.set(wrapper, event.detail);
    refresh();
  });
  ctx.on("props", (props) => {
    if (JSON.stringify(props?.selected) !== JSON.stringify(lastSelected)) {
      lastSelected = props?.selected;
      picked = null; // the kernel chose: its `selected` decides again
    }
    refresh();
  });

  return {
    wrappers,
    info,
    shownIndex,
    /** A person picked `wrapper`: it shows until the kernel sends another `selected`. */
    pick(wrapper) {
      picked = wrapper;
    },
  };
}
