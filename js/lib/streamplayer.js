// Streamed audio (`gr.Audio(streaming=True)` as an output): each chunk a generator yields
// is decoded in the order it came and scheduled on one Web Audio clock, right where the
// previous one ends, so chunks play without gaps between them.

/**
 * `push(blob)` adds a chunk; `end()` says no more will come. `onState(state)` hears
 * "waiting" (blocked by the browser until the user presses play), "playing", "paused",
 * "ended". `scheduled` lists {index, when, duration} of every chunk placed on the clock.
 */
export function createStreamPlayer({ onState = () => {}, lead = 0.05 } = {}) {
  let context = null;
  let next = 0; // when the next chunk starts, in context time
  let started = null; // context time the first chunk started
  let decoding = Promise.resolve();
  let ended = false;
  let pushed = 0;
  let skipped = 0; // chunks the browser could not decode
  let state = "idle";
  let timer = null;
  const sources = [];
  const scheduled = [];

  const set = (value) => {
    if (state === value) return;
    state = value;
    onState(value);
  };

  function ensureContext() {
    if (context) return context;
    context = new AudioContext();
    context.onstatechange = () => {
      if (context?.state === "running" && state === "waiting") set("playing");
    };
    return context;
  }

  async function place(blob, index) {
    const ctx = ensureContext();
    let buffer;
    try {
      buffer = await ctx.decodeAudioData(await blob.arrayBuffer());
    } catch {
      return; // a chunk the browser cannot decode is skipped; the rest still plays
    }
    if (!context) return; // stopped meanwhile
    if (ctx.state === "suspended") {
      await ctx.resume().catch(() => {});
      if (ctx.state !== "running") set("waiting");
    }
    const when = Math.max(next, ctx.currentTime + lead);
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(ctx.destination);
    source.start(when);
    sources.push(source);
    source.onended = () => {
      const at = sources.indexOf(source);
      if (at >= 0) sources.splice(at, 1);
      checkEnd();
    };
    if (started === null) started = when;
    next = when + buffer.duration;
    scheduled.push({ index, when, duration: buffer.duration });
    if (state !== "waiting" && state !== "paused") set("playing");
  }

  function checkEnd() {
    if (ended && sources.length === 0 && pushed === scheduled.length + skipped) set("ended");
  }
  function push(blob) {
    const index = pushed;
    pushed += 1;
    decoding = decoding.then(async () => {
      const before = scheduled.length;
      await place(blob, index);
      if (scheduled.length === before) skipped += 1;
      checkEnd();
    });
    return decoding;
  }

  function end() {
    ended = true;
    decoding.then(() => {
      checkEnd();
      // A context the browser kept suspended never ends its sources: say "ended" anyway
      // once their time has passed, so the view can show the whole file.
      clearInterval(timer);
      timer = setInterval(() => {
        if (state === "ended" || !context) {
          clearInterval(timer);
          return;
        }
        if (context.state === "running" && context.currentTime > next + 0.1) {
          sources.splice(0);
          checkEnd();
        }
      }, 250);
    });
  }

  async function pause() {
    if (context && context.state === "running") await context.suspend();
    set("paused");
  }

  async function play() {
    if (!context) return;
    await context.resume().catch(() => {});
    if (context.state === "running") set(sources.length ? "playing" : ended ? "ended" : "playing");
  }

  function stop() {
    clearInterval(timer);
    for (const source of sources.splice(0)) {
      try {
        source.stop();
      } catch {
        // not started yet
      }
    }
    context?.close().catch(() => {});
    context = null;
  }

  /** Seconds played since the first chunk started. */
  const elapsed = () => (context && started !== null ? Math.max(0, Math.min(next, context.currentTime) - started) : 0);
  const duration = () => (started === null ? 0 : next - started);

  return { push, end, pause, play, stop, elapsed, duration, scheduled, state: () => state, chunks: () => pushed };
}
