// The _esm of every block model. It holds nothing but the way to the page runtime (the
// model named by the block's `runtime` trait), which loads the view and draws the block:
// the runtime and each view reach a page once, however many blocks it shows.

export default {
  async render({ model, el, host, signal }) {
    const runtime = await host.getWidget(model.get("runtime"));
    return runtime.exports.mount({ model, el, host, signal });
  },
};
