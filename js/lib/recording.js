// Recording from the microphone, shared by gr.Audio and gr.MultimodalTextbox: opening the
// microphone with an error a user can act on, the panel shown while recording (time, a
// level meter, pause/resume, stop), and uploading the finished recording as a WAV file.

import { h } from "./dom.js";
import { icon } from "./icons.js";
import { formatTime } from "./media.js";
import { createRecorder, microphoneError } from "./recorder.js";

/** A started recorder, or null after `onError` was told why the microphone did not open. */
export async function openMicrophone(onError) {
  const rec = createRecorder();
  try {
    await rec.start();
  } catch (error) {
    rec.close();
    onError(`Microphone: ${microphoneError(error)}`);
    return null;
  }
  return rec;
}

/** Stops `rec` and uploads what it recorded; the FileData, or null when the upload failed. */
export async function uploadRecording(ctx, status, rec, name = "recording.wav") {
  const { blob } = await rec.stop();
  return status.run((progress) => ctx.upload(blob, { name, onProgress: progress }));
}

/**
 * The panel shown while recording. `draw(recorder, {streaming})` updates it and returns
 * the state: "recording", "paused" or "streaming" (no pause while streaming).
 */
export function recordingPanel(ctx, { onPause, onStop }) {
  const pause = h("button", { type: "button", class: "nbb-icon-button", dataset: { nbblocksPart: "record-pause" } });
  const stop = h("button", { type: "button", class: "nbb-icon-button nbb-record-stop", title: "Stop", "aria-label": "Stop",
    dataset: { nbblocksPart: "record-stop" } }, icon("stop"));
  const meter = h("div", { class: "nbb-level", role: "meter", "aria-label": "Microphone level", dataset: { nbblocksPart: "level" } },
    h("div", { class: "nbb-level-fill" }));
  const time = h("span", { class: "nbb-media-time", dataset: { nbblocksPart: "record-time" } });
  const el = h("div", { class: "nbb-recording", dataset: { nbblocksPart: "recording" } },
    h("span", { class: "nbb-recording-dot" }), time, meter, pause, stop);
  ctx.listen(pause, "click", onPause);
  ctx.listen(stop, "click", onStop);

  function draw(recorder, { streaming = false } = {}) {
    ctx.setText(time, formatTime(recorder.seconds()));
    const level = Math.round(recorder.level() * 100);
    meter.firstChild.style.width = `${level}%`;
    meter.setAttribute("aria-valuenow", String(level));
    const paused = recorder.paused();
    pause.hidden = streaming;
    pause.replaceChildren(icon(paused ? "record" : "pause"));
    pause.title = paused ? "Resume" : "Pause";
    pause.setAttribute("aria-label", pause.title);
    const state = streaming ? "streaming" : paused ? "paused" : "recording";
    el.dataset.state = state;
    return state;
  }
  return { el, draw };
}
