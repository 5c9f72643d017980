// DOM events between a gr.Tabs view and its gr.Tab children.

/** Bubbles from a Tab's block root: `detail` = { label, id, visible, interactive }. */
export const TAB_CHANGE_EVENT = "nbblocks-tab-change";
/** Dispatched by Tabs on a Tab's block root when the user picks it: `detail` = select data. */
export const TAB_SELECT_EVENT = "nbblocks-tab-select";
