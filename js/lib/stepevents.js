// DOM events between a gr.Walkthrough view and its gr.Step children.

/** Bubbles from a Step's block root: `detail` = { label, id, elemId, visible, interactive }. */
export const STEP_CHANGE_EVENT = "nbblocks-step-change";
/** Dispatched by Walkthrough on a Step's block root when a person opens it: `detail` = select data. */
export const STEP_SELECT_EVENT = "nbblocks-step-select";
