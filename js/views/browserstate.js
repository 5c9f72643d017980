// gr.BrowserState: nothing to draw. The value lives in this page's localStorage under
// `props.storage_key`, as the sealed text the kernel sends (the page never sees the
// secret). On render a stored text goes to the kernel, which opens it and makes it the
// session's value; every value the kernel sends afterwards is stored.

export default {
  chrome: { label: false, info: false, container: false },

  render(ctx) {
    ctx.root.hidden = true;
    const key = () => {
      const k = ctx.props().storage_key;
      return typeof k === "string" && k ? k : null;
    };
    const store = (text) => {
      const k = key();
      if (k === null || typeof text !== "string") return;
      try {
        localStorage.setItem(k, text);
      } catch (err) {
        console.warn(`nbblocks: BrowserState could not store its value (${err})`);
      }
    };
    let stored = null;
    try {
      stored = key() === null ? null : localStorage.getItem(key());
    } catch {
      stored = null; // storage refused (a sandboxed frame): the default value stays
    }
    // As Gradio's page: the value read from storage fires `change` (the kernel also runs
    // again the `load` listeners that read it).
    if (stored !== null) ctx.setValue(stored, { events: ["change"] });
    else store(ctx.value());
    ctx.on("value", store);
  },
};
