// The _esm of every block model. It holds nothing but the way to the page runtime (the
// model named by the block's `runtime` trait), which loads the view and draws the block:
// the runtime and each view reach a page once, however many blocks it shows.
//
// From the moment the model exists it also keeps the kernel's value edits (`value_diff`),
// which may come before the runtime and the view have loaded, in a queue (the model's
// `_nbq`, a page-side attribute) that the runtime applies: js/runtime/streaming.js.

export default {
  initialize({ model }) {
    const queue = [];
    model.set("_nbq", queue);
    const keep = (content) => content?.type === "value_diff" && queue.push(content);
    model.on("msg:custom", keep);
    return () => model.off("msg:custom", keep);
  },

  async render({ model, el, host, signal }) {
    const runtime = await host.getWidget(model.get("runtime"));
    return runtime.exports.mount({ model, el, host, signal });
  },
};
