// gr.Radio: one choice out of `choices`; picking one syncs the value and sends `select`.

import { createChoiceList } from "../lib/choicelist.js";
import { sameValue } from "../lib/choices.js";
import choices from "../styles/choices.css";

export default {
  styles: [choices],
  render(ctx) {
    const list = createChoiceList(ctx, "radio");
    ctx.el.append(list.el);

    const applyValue = () => {
      const value = ctx.value();
      list.choices().forEach(([, choice], index) => {
        list.inputs()[index].checked = sameValue(choice, value);
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
      ctx.setValue(choice[1]);
      ctx.dispatch("select", { index, value: choice[1], selected: true });
    });

    applyProps();
    ctx.on("props", applyProps);
    ctx.on("value", applyValue);
  },
};
