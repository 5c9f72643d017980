// The option list shared by Radio and CheckboxGroup: one pill per choice with a
// radio/checkbox inside, rebuilt only when the choices change.

import { h } from "./dom.js";
import { normaliseChoices } from "./choices.js";
import { uniqueId } from "./page.js";

export function createChoiceList(ctx, type) {
  const list = h("div", { class: "nbb-choices", role: type === "radio" ? "radiogroup" : "group" });
  list.setAttribute("aria-labelledby", ctx.labelId);
  const name = uniqueId("nbb-choice"); // a radio group's name must be unique on the page
  let builtFor = null;
  let choices = [];
  let inputs = [];

  function sync() {
    const next = normaliseChoices(ctx.props().choices);
    const key = JSON.stringify(next);
    if (key !== builtFor) {
      builtFor = key;
      choices = next;
      inputs = choices.map(([label], index) => h("input", {
        type,
        name,
        class: "nbb-check",
        value: String(index),
        dataset: { nbblocksPart: "choice", index: String(index) },
      }));
      list.replaceChildren(...choices.map(([label], index) =>
        h("label", { class: "nbb-choice", dataset: { nbblocksPart: "choice-label", index: String(index) } },
          inputs[index], h("span", null, label))));
    }
    for (const input of inputs) input.disabled = !ctx.interactive();
    return choices;
  }

  return { el: list, sync, choices: () => choices, inputs: () => inputs };
}
