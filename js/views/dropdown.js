// gr.Dropdown: single or multiple choice with filtering, keyboard navigation, chips for
// `multiselect`, and typed values when `allow_custom_value`.

import { h, setInputValue } from "../lib/dom.js";
import { asList, indexOfValue, labelOfValue, normaliseChoices, sameValue } from "../lib/choices.js";
import { icon } from "../lib/icons.js";
import { createPopover } from "../lib/popover.js";
import inputs from "../styles/inputs.css";
import dropdown from "../styles/dropdown.css";

export default {
  styles: [inputs, dropdown],
  render(ctx) {
    const input = h("input", {
      type: "text",
      class: "nbb-dropdown-input",
      autocomplete: "off",
      spellcheck: false,
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      dataset: { nbblocksPart: "input" },
    });
    input.setAttribute("aria-labelledby", ctx.labelId);
    const clear = h("button", { type: "button", class: "nbb-dropdown-clear", title: "Clear", "aria-label": "Clear", dataset: { nbblocksPart: "clear" } }, icon("close"));
    const chevron = icon("chevronDown", "nbb-icon nbb-dropdown-chevron");
    const field = h("div", { class: "nbb-dropdown-field", dataset: { nbblocksPart: "field" } });
    const options = h("ul", { class: "nbb-dropdown-options", role: "listbox", dataset: { nbblocksPart: "options" } });
    ctx.el.append(h("div", { class: "nbb-dropdown" }, field, options));
    const popover = createPopover(field, options, ctx.signal);

    let filtering = false; // the text in the input is a filter, not the value's label
    let active = -1; // index into the visible options
    let visible = []; // choice indices currently listed

    const p = () => ctx.props();
    const multiselect = () => Boolean(p().multiselect);
    const choices = () => normaliseChoices(p().choices);
    const selected = () => (multiselect() ? asList(ctx.value()) : asList(ctx.value()).slice(0, 1));
    const editable = () => ctx.interactive();

    // The input stays in place (moving a focused element would blur it); only the
    // chips before it are redrawn.
    const chipList = h("span", { class: "nbb-dropdown-chips", style: "display:contents" });
    field.append(chipList, input, clear, chevron);

    function drawField() {
      chipList.replaceChildren(...(multiselect() ? selected().map((value) => chip(value)) : []));
      clear.hidden = !(multiselect() && selected().length > 0 && editable());
      if (!filtering) setInputValue(input, multiselect() ? "" : labelOfValue(choices(), ctx.value()));
      const props = p();
      input.placeholder = multiselect() && selected().length > 0 ? "" : props.placeholder ?? "";
      input.disabled = !editable();
      const filterable = props.filterable !== false;
      input.readOnly = !filterable;
      field.dataset.filterable = String(filterable);
    }

    function chip(value) {
      const remove = h("button", { type: "button", class: "nbb-chip-remove", "aria-label": "Remove", dataset: { nbblocksPart: "chip-remove" } }, icon("close"));
      // Plain listeners: chips are redrawn often and collected with their element.
      remove.addEventListener("mousedown", (event) => event.preventDefault());
      remove.addEventListener("click", (event) => {
        event.stopPropagation();
        toggle(indexOfValue(choices(), value), value);
      });
      return h("span", { class: "nbb-chip", dataset: { nbblocksPart: "chip" } },
        h("span", { class: "nbb-chip-text" }, labelOfValue(choices(), value)), editable() ? remove : null);
    }

    function drawOptions() {
      const all = choices();
      const filter = filtering ? input.value.trim().toLowerCase() : "";
      visible = all.map((_, i) => i).filter((i) => !filter || all[i][0].toLowerCase().includes(filter));
      if (active >= visible.length) active = visible.length - 1;
      const chosen = selected();
      const full = multiselect() && typeof p().max_choices === "number" && chosen.length >= p().max_choices;
      const items = visible.map((choiceIndex, position) => {
        const [label, value] = all[choiceIndex];
        const isSelected = chosen.some((v) => sameValue(v, value));
        const item = h("li", {
          class: "nbb-dropdown-option",
          role: "option",
          "aria-selected": String(isSelected),
          "aria-disabled": String(full && !isSelected),
          dataset: { nbblocksPart: "option", index: String(choiceIndex), active: String(position === active) },
        }, icon("check", "nbb-icon nbb-dropdown-tick"), h("span", null, label));
        item.addEventListener("mousedown", (event) => event.preventDefault());
        item.addEventListener("click", () => choose(choiceIndex));
        return item;
      });
      options.replaceChildren(...(items.length ? items : [h("li", { class: "nbb-dropdown-empty" }, "No matches")]));
      popover.place();
    }

    function openList() {
      if (!editable() || popover.isOpen()) return;
      drawOptions();
      popover.show();
      input.setAttribute("aria-expanded", "true");
      field.setAttribute("aria-expanded", "true");
    }
    function closeList() {
      popover.hide();
      active = -1;
      input.setAttribute("aria-expanded", "false");
      field.setAttribute("aria-expanded", "false");
    }

    function choose(index) {
      const choice = choices()[index];
      if (!choice) return;
      if (multiselect()) {
        toggle(index, choice[1]);
        filtering = false;
        setInputValue(input, "");
        drawOptions();
        return;
      }
      filtering = false;
      if (!sameValue(ctx.value(), choice[1])) ctx.setValue(choice[1]);
      ctx.dispatch("select", { index, value: choice[1], selected: true });
      closeList();
      drawField();
    }

    function toggle(index, value) {
      const current = selected();
      const isSelected = current.some((v) => sameValue(v, value));
      if (!isSelected && typeof p().max_choices === "number" && current.length >= p().max_choices) return;
      const next = isSelected ? current.filter((v) => !sameValue(v, value)) : [...current, value];
      ctx.setValue(next);
      ctx.dispatch("select", { index, value, selected: !isSelected });
      drawField();
      if (popover.isOpen()) drawOptions();
    }

    function commitTyped() {
      const text = input.value;
      filtering = false;
      if (!p().allow_custom_value || text.trim() === "") return false;
      const index = choices().findIndex(([label]) => label === text);
      if (index >= 0) {
        choose(index);
        return true;
      }
      if (multiselect()) {
        if (!selected().some((v) => sameValue(v, text))) toggle(-1, text);
        setInputValue(input, "");
      } else if (!sameValue(ctx.value(), text)) ctx.setValue(text);
      return true;
    }

    ctx.listen(field, "mousedown", (event) => {
      if (event.target === input && p().filterable !== false) return;
      event.preventDefault();
      if (!editable()) return;
      const wasOpen = popover.isOpen();
      input.focus(); // opens the list when the input was not focused yet
      if (wasOpen) closeList();
      else openList();
    });
    ctx.listen(input, "click", () => openList());
    ctx.listen(input, "focus", () => {
      ctx.dispatch("focus");
      openList();
    });
    ctx.listen(input, "blur", () => {
      if (filtering) commitTyped();
      filtering = false;
      closeList();
      drawField();
      ctx.dispatch("blur");
    });
    ctx.listen(input, "input", () => {
      filtering = true;
      active = 0;
      if (!popover.isOpen()) openList();
      drawOptions();
    });
    ctx.listen(input, "keydown", (event) => onKey(event));
    ctx.listen(input, "keyup", (event) => ctx.dispatch("key_up", { key: event.key, input_value: input.value }));
    ctx.listen(clear, "mousedown", (event) => event.preventDefault());
    ctx.listen(clear, "click", (event) => {
      event.stopPropagation();
      ctx.setValue(multiselect() ? [] : null);
      drawField();
      if (popover.isOpen()) drawOptions();
    });

    function onKey(event) {
      if (event.isComposing) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!popover.isOpen()) openList();
        const step = event.key === "ArrowDown" ? 1 : -1;
        active = visible.length ? (active + step + visible.length) % visible.length : -1;
        drawOptions();
        options.querySelector('[data-active="true"]')?.scrollIntoView({ block: "nearest" });
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (popover.isOpen() && active >= 0 && visible[active] !== undefined) choose(visible[active]);
        else if (commitTyped()) drawField();
      } else if (event.key === "Escape") {
        if (popover.isOpen()) event.stopPropagation();
        filtering = false;
        closeList();
        drawField();
      } else if (event.key === "Backspace" && multiselect() && input.value === "" && selected().length > 0) {
        const last = selected()[selected().length - 1];
        toggle(indexOfValue(choices(), last), last);
      }
    }

    const refresh = () => {
      drawField();
      if (popover.isOpen()) drawOptions();
    };
    refresh();
    ctx.on("props", refresh);
    ctx.on("value", refresh);
  },
};
