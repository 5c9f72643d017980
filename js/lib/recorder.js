// The microphone, recorded as PCM samples (mono, at the audio context's rate) by an
// AudioWorklet, with a level meter. The page encodes the samples as 16-bit WAV itself
// (wav.js), so the kernel needs no ffmpeg to read a recording.

import { encodeWav } from "./wav.js";

// Runs in the audio thread: copies the input in blocks of ~2048 frames to the page.
const WORKLET = `
class NbblocksCapture extends AudioWorkletProcessor {
  constructor() { super(); this.parts = []; this.frames = 0; this.on = true;
    this.port.onmessage = (e) => { if (e.data === "flush") this.flush(true); else this.on = e.data === "on"; }; }
  flush(asked) { const out = new Float32Array(this.frames); let at = 0;
    for (const p of this.parts) { out.set(p, at); at += p.length; }
    this.parts = []; this.frames = 0;
    if (asked) this.port.postMessage({ flushed: out }, [out.buffer]); else this.port.postMessage(out, [out.buffer]); }
  process(inputs) { const input = inputs[0]; if (this.on && input && input[0]) {
      this.parts.push(input[0].slice()); this.frames += input[0].length; if (this.frames >= 2048) this.flush(false); }
    return true; }
}
registerProcessor("nbblocks-capture", NbblocksCapture);
`;
let workletUrl = null;

export function microphoneAvailable() {
  return Boolean(navigator.mediaDevices?.getUserMedia);
}

/** Why the microphone could not be opened, in words a user can act on. */
export function microphoneError(error) {
  const name = error?.name ?? "";
  if (!microphoneAvailable()) {
    return "this page has no access to a microphone (browsers allow it only on https:// or http://localhost pages)";
  }
  if (name === "NotAllowedError" || name === "SecurityError") return "the browser was not allowed to use the microphone";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "no microphone was found";
  if (name === "NotReadableError") return "the microphone is in use by another program";
  return String(error?.message ?? error);
}

/**
 * A recorder: `start()` opens the microphone, `pause()`/`resume()`, `stop()` resolves to
 * a WAV Blob of everything recorded; `take()` returns a WAV Blob of the samples since
 * the last take (streaming). `level()` is the current loudness, 0 to 1.
 */
export function createRecorder({ deviceId = null } = {}) {
  let context = null;
  let stream = null;
  let node = null;
  let analyser = null;
  let samples = [];
  let pending = [];
  let paused = false;
  const flushes = [];
  const meter = new Float32Array(1024);

  async function start() {
    if (!microphoneAvailable()) throw new Error(microphoneError(null));
    stream = await navigator.mediaDevices.getUserMedia({ audio: deviceId ? { deviceId: { exact: deviceId } } : true, video: false });
    context = new AudioContext();
    if (context.state === "suspended") await context.resume().catch(() => {});
    const source = context.createMediaStreamSource(stream);
    analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const silent = context.createGain();
    silent.gain.value = 0;
    silent.connect(context.destination);
    const collect = (data) => {
      if (paused || !data.length) return;
      samples.push(data);
      pending.push(data);
    };
    if (context.audioWorklet) {
      workletUrl ??= URL.createObjectURL(new Blob([WORKLET], { type: "text/javascript" }));
      await context.audioWorklet.addModule(workletUrl);
      node = new AudioWorkletNode(context, "nbblocks-capture", { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: "explicit" });
      node.port.onmessage = (event) => {
        if (event.data instanceof Float32Array) {
          collect(event.data);
          return;
        }
        collect(event.data.flushed);
        flushes.shift()?.();
      };
    } else {
      node = context.createScriptProcessor(2048, 1, 1);
      node.onaudioprocess = (event) => collect(event.inputBuffer.getChannelData(0).slice());
    }
    source.connect(node);
    node.connect(silent);
  }

  // Samples the worklet still holds, then resolve (its answer comes within a render quantum).
  function flushed() {
    if (!node?.port) return Promise.resolve();
    return new Promise((resolve) => {
      flushes.push(resolve);
      node.port.postMessage("flush");
    });
  }

  const join = (parts) => {
    const length = parts.reduce((n, p) => n + p.length, 0);
    const out = new Float32Array(length);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };

  function pause() {
    paused = true;
    node?.port?.postMessage("off");
  }

  function resume() {
    paused = false;
    node?.port?.postMessage("on");
  }

  async function take() {
    await flushed();
    const chunk = join(pending);
    pending = [];
    return chunk.length ? encodeWav([chunk], context.sampleRate) : null;
  }

  async function stop() {
    await flushed();
    const all = join(samples);
    const rate = context?.sampleRate ?? 48000;
    close();
    return { blob: encodeWav([all], rate), seconds: all.length / rate };
  }

  function close() {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    node?.disconnect();
    node = null;
    context?.close().catch(() => {});
    context = null;
    samples = [];
    pending = [];
    for (const resolve of flushes.splice(0)) resolve();
  }

  function level() {
    if (!analyser || paused) return 0;
    analyser.getFloatTimeDomainData(meter);
    let sum = 0;
    for (const v of meter) sum += v * v;
    return Math.min(1, Math.sqrt(sum / meter.length) * 4);
  }

  const seconds = () => (context ? samples.reduce((n, p) => n + p.length, 0) / context.sampleRate : 0);

  return { start, pause, resume, stop, take, close, level, seconds, paused: () => paused, live: () => context !== null };
}
