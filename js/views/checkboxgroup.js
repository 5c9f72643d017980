// gr.CheckboxGroup: any number of `choices`; the value is the list of checked values,
// in the order of `choices`.

import { createChoiceList } from "../lib/choicelist.js";
import { asList, sameValue } from "../lib/choices.js";
import choices from "../styles/choices.css";

export default {
  styles: [choices],
  render(ctx) {
    const list = createChoiceList(ctx, "checkbox");
    ctx.el.append(list.el);

    const applyValue = () => {
      const selected = asList(ctx.value());
      list.choices().forEach(([, choice], index) => {
        list.inputs()[index].checked = selected.some((value) => sameValue(value, choice));
      });
    };
    const applyProps = () => {
      list.sync();
      applyValue();
    };

    ctx.listen(list.el, "change", (event) => {
      const index = Number(event.target?.dataset?.index);
      const choice = list.choices()[index];
      if (!choice) return;
      const value = list.choices().filter((_, i) => list.inputs()[i].checked).map(([, v]) => v);
      ctx.setValue(value);
      ctx.dispatch("select", { index, value: choice[1], selected: event.target.checked });
    });

    applyProps();
    ctx.on("props", applyProps);
    ctx.on("value", applyValue);
  },
};
