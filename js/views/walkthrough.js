// gr.Walkthrough: a numbered stepper over its gr.Step children, one step shown at a time.
// `props.selected` is a step id (or index). As in Gradio, a person may go back to an earlier
// step by clicking it (that sends `select` on the Walkthrough and on the Step, then
// `change`); later steps are not clickable: a function opens them, typically the "Next"
// button of a step returning gr.Walkthrough(selected=...).
//
// Which step shows is decided as the kernel decides it (nbblocks/layouts/walkthrough.py,
// `Walkthrough.shown_index`), so both agree on what a click may pick.

import { h, setText, toggleAttr } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { oneShown } from "../lib/oneshown.js";
import { STEP_CHANGE_EVENT, STEP_SELECT_EVENT } from "../lib/stepevents.js";
import walkthrough from "../styles/walkthrough.css";

export default {
  chrome: { label: false, info: false, container: false },
  styles: [walkthrough],

  async render(ctx) {
    const list = h("ol", { class: "nbb-steps", "aria-label": "Steps", dataset: { nbblocksPart: "steps" } });
    const panels = h("div", { class: "nbb-step-panels", dataset: { nbblocksPart: "children" } });
    ctx.el.append(list, panels);

    const items = new Map(); // wrapper -> { item, button, number, label, done }
    // Each Step reports { label, id, elemId, visible, interactive }.
    const blank = { label: null, id: null, elemId: null, visible: true, interactive: true };
    const stepper = oneShown(ctx, panels, STEP_CHANGE_EVENT, blank, refresh);
    const { wrappers, info, shownIndex } = stepper;

    function itemFor(wrapper) {
      let entry = items.get(wrapper);
      if (!entry) {
        const number = h("span", { class: "nbb-step-number", "aria-hidden": "true" });
        const label = h("span", { class: "nbb-step-label" });
        const done = h("span", { class: "nbb-sr-only", text: " (completed)" });
        const button = h("button", { type: "button", class: "nbb-step-button", dataset: { nbblocksPart: "step-button" } },
          number, label, done);
        const item = h("li", { class: "nbb-step", dataset: { nbblocksPart: "step" } }, button);
        ctx.listen(button, "click", () => choose(wrapper));
        entry = { item, button, number, label, done };
        items.set(wrapper, entry);
      }
      return entry;
    }

    function refresh() {
      const steps = wrappers();
      const current = shownIndex();
      for (const [wrapper, entry] of items) {
        if (!steps.includes(wrapper)) {
          entry.item.remove();
          items.delete(wrapper);
        }
      }
      // Focus inside a step that closes goes to the stepper's current step (after "Next").
      const active = document.activeElement;
      const focusLeaves = steps.some((wrapper, index) => index !== current && wrapper.contains(active));
      let shownCount = 0;
      let lastShown = null;
      steps.forEach((wrapper, index) => {
        const step = info(wrapper);
        const entry = itemFor(wrapper);
        if (list.children[index] !== entry.item) list.insertBefore(entry.item, list.children[index] ?? null);
        entry.item.hidden = !step.visible;
        if (step.visible) {
          shownCount += 1;
          lastShown = entry.item;
        }
        const state = index < current ? "done" : index === current ? "current" : "todo";
        entry.item.dataset.state = state;
        delete entry.item.dataset.last;
        entry.button.dataset.index = String(index);
        entry.button.disabled = !step.interactive || index > current;
        toggleAttr(entry.button, "aria-current", index === current, "step");
        toggleAttr(entry.button, "id", Boolean(step.elemId), `${step.elemId}-button`);
        toggleAttr(entry.button, "aria-controls", Boolean(step.elemId), step.elemId);
        entry.number.replaceChildren(state === "done" ? icon("check", "nbb-icon nbb-step-check") : String(shownCount));
        setText(entry.label, step.label === null || step.label === "" ? `Step ${shownCount}` : step.label);
        entry.done.hidden = state !== "done";
        wrapper.dataset.nbblocksStepShown = String(index === current);
      });
      if (lastShown) lastShown.dataset.last = "";
      list.hidden = shownCount === 0;
      if (focusLeaves && current >= 0) {
        const button = items.get(steps[current])?.button;
        if (button && !button.disabled) button.focus();
      }
    }

    function choose(wrapper) {
      const index = wrappers().indexOf(wrapper);
      const step = info(wrapper);
      // Only an earlier step opens on a click, as in Gradio: the open one stays, later ones wait.
      if (index < 0 || index >= shownIndex() || !step.interactive || !step.visible) return;
      stepper.pick(wrapper);
      refresh();
      ctx.dispatch("select", { index, value: step.label, id: step.id, selected: true });
      wrapper.dispatchEvent(new CustomEvent(STEP_SELECT_EVENT, { detail: { index, value: step.label, selected: true } }));
      ctx.dispatch("change");
    }

    await ctx.renderChildren(panels, { onUpdate: refresh });
    refresh();
  },
};
