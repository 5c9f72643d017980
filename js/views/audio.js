// gr.Audio: plays the value with a waveform (play/pause, skip, seek, trim when editable),
// takes a new one from a file or the microphone (start, pause, stop, a level meter),
// plays streamed chunks without gaps, and streams the microphone to the kernel.

import { h } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { drawFileToolbar, drawSourceBar, dropZone, iconButton, uploadStatus } from "../lib/dropzone.js";
import { openMicrophone as openRecorder, recordingPanel, uploadRecording } from "../lib/recording.js";
import { createStreamPlayer } from "../lib/streamplayer.js";
import { createWaveform, decodeAudio } from "../lib/waveform.js";
import { bufferToWav, sliceBuffer } from "../lib/wav.js";
import { cueAt, formatTime, loadSubtitles, noteLine, openMedia, onStreamedValue, queueChunk, tryPlay } from "../lib/media.js";
import uploads from "../styles/uploads.css";
import files from "../styles/files.css";
import media from "../styles/media.css";

const SOURCES = ["upload", "microphone"];
const SOURCE_ICONS = { upload: "upload", microphone: "mic" };
const SOURCE_LABELS = { upload: "Upload", microphone: "Record from microphone" };
const AUDIO_EXTENSIONS = /\.(wav|mp3|ogg|oga|opus|flac|m4a|mp4|aac|webm|weba|mkv|mka|aiff?|wma|amr)$/i;

export default {
  styles: [uploads, files, media],
  render(ctx) {
    const toolbar = h("div", { class: "nbb-media-toolbar", dataset: { nbblocksPart: "toolbar" } });
    const frame = h("div", { class: "nbb-media-frame nbb-audio-frame", dataset: { nbblocksPart: "frame" } });
    const sourceBar = h("div", { class: "nbb-source-bar", dataset: { nbblocksPart: "sources" } });
    const status = uploadStatus(ctx);
    const note = noteLine();
    const caption = h("div", { class: "nbb-media-caption", dataset: { nbblocksPart: "caption" }, hidden: true });
    const audio = h("audio", { class: "nbb-audio-element", preload: "auto", dataset: { nbblocksPart: "audio" } });
    // The <audio> element stays in the document (a removed one stops playing); it is shown
    // as the browser's own player only when there is no waveform.
    const wrap = h("div", { class: "nbb-audio" }, toolbar, frame, audio, caption, note, status.bar, status.error, sourceBar);
    ctx.el.append(wrap);

    const props = () => ctx.props();
    const sources = () => (Array.isArray(props().sources) ? props().sources.filter((s) => SOURCES.includes(s)) : SOURCES);
    const buttons = () => (Array.isArray(props().buttons) ? props().buttons : ["download"]);
    const editable = () => ctx.interactive();
    const options = () => props().waveform_options ?? {};

    let source = null;
    let shown = null; // {path, url, release, buffer} of the loaded value
    let loading = 0;
    let recorder = null;
    let recordTimer = null;
    let streamTimer = null;
    let stream = null; // {id, player, seen, chain, final} of a stream the kernel sends
    let trimming = null; // {start, end} in seconds while trimming
    let subtitles = null;
    let subtitlesKey = null;
    let dispatchedPlay = false;

    const say = (text) => {
      note.hidden = !text;
      note.textContent = text ?? "";
    };
    const fail = (error) => {
      status.error.textContent = String(error?.message ?? error);
      status.error.hidden = false;
    };

    // -- the player ----------------------------------------------------------------------

    const colors = () => {
      const style = getComputedStyle(wrap);
      const o = options();
      return {
        wave: o.waveform_color || style.getPropertyValue("--nbb-waveform").trim() || "#9ca3af",
        progress: o.waveform_progress_color || style.getPropertyValue("--nbb-accent").trim() || "#f97316",
        region: o.trim_region_color || style.getPropertyValue("--nbb-accent").trim() || "#f97316",
      };
    };
    const waveform = createWaveform({
      onSeek: (fraction) => {
        if (!Number.isFinite(audio.duration)) return;
        audio.currentTime = fraction * audio.duration;
        drawProgress();
      },
    });
    const playButton = h("button", { type: "button", class: "nbb-icon-button nbb-media-play", dataset: { nbblocksPart: "play" } });
    const back = iconButton(ctx, { iconName: "skipBack", label: "Skip backward", part: "skip-back", onClick: () => skip(-1) });
    const forward = iconButton(ctx, { iconName: "skipForward", label: "Skip forward", part: "skip-forward", onClick: () => skip(1) });
    const time = h("span", { class: "nbb-media-time", dataset: { nbblocksPart: "time" } });
    const trimButton = iconButton(ctx, { iconName: "scissors", label: "Trim", part: "trim", onClick: () => startTrim() });
    const controls = h("div", { class: "nbb-media-controls" }, back, playButton, forward, time, trimButton);
    const trimStart = h("input", { type: "range", class: "nbb-trim-range", min: 0, step: 0.01, "aria-label": "Trim start", dataset: { nbblocksPart: "trim-start" } });
    const trimEnd = h("input", { type: "range", class: "nbb-trim-range", min: 0, step: 0.01, "aria-label": "Trim end", dataset: { nbblocksPart: "trim-end" } });
    const trimApply = h("button", { type: "button", class: "nbb-media-button", dataset: { nbblocksPart: "trim-apply" } }, "Trim");
    const trimCancel = h("button", { type: "button", class: "nbb-media-button nbb-media-button-secondary", dataset: { nbblocksPart: "trim-cancel" } }, "Cancel");
    const trimBar = h("div", { class: "nbb-trim-bar", dataset: { nbblocksPart: "trim-bar" } },
      h("label", null, "Start", trimStart), h("label", null, "End", trimEnd), trimApply, trimCancel);
    const player = h("div", { class: "nbb-audio-player", dataset: { nbblocksPart: "player" } }, waveform.el, controls, trimBar);

    ctx.listen(playButton, "click", () => (audio.paused ? tryPlay(audio).then(blockedNote) : audio.pause()));
    ctx.listen(audio, "play", () => {
      ctx.dispatch("play");
      drawPlayButton();
      animate();
    });
    ctx.listen(audio, "pause", () => {
      if (!audio.ended) ctx.dispatch("pause");
      drawPlayButton();
    });
    ctx.listen(audio, "ended", () => {
      ctx.dispatch("stop");
      drawPlayButton();
      drawProgress();
    });
    ctx.listen(audio, "timeupdate", drawProgress);
    ctx.listen(audio, "loadedmetadata", drawProgress);
    ctx.listen(window, "resize", () => waveform.redraw());

    function blockedNote(result) {
      if (result === "blocked") say("The browser blocked autoplay until you interact with the page: press play.");
      else say(null);
      frame.dataset.autoplay = result;
    }

    function skip(direction) {
      if (!Number.isFinite(audio.duration)) return;
      const length = Number(options().skip_length) || 5;
      audio.currentTime = Math.min(audio.duration, Math.max(0, audio.currentTime + direction * length));
      drawProgress();
    }

    function drawPlayButton() {
      const playing = !audio.paused && !audio.ended;
      playButton.replaceChildren(icon(playing ? "pause" : "play"));
      playButton.title = playing ? "Pause" : "Play";
      playButton.setAttribute("aria-label", playButton.title);
      frame.dataset.playing = String(playing);
    }

    function drawProgress() {
      const duration = Number.isFinite(audio.duration) ? audio.duration : shown?.buffer?.duration ?? 0;
      ctx.setText(time, `${formatTime(audio.currentTime)} / ${formatTime(duration)}`);
      const region = trimming && duration ? { start: trimming.start / duration, end: trimming.end / duration } : null;
      waveform.draw({ buffer: shown?.buffer ?? null, progress: duration ? audio.currentTime / duration : 0, region, colors: colors() });
      const text = cueAt(subtitles?.cues, audio.currentTime);
      caption.hidden = !text;
      ctx.setText(caption, text);
    }

    let frameRequest = 0;
    function animate() {
      cancelAnimationFrame(frameRequest);
      const step = () => {
        drawProgress();
        if (!audio.paused) frameRequest = requestAnimationFrame(step);
      };
      frameRequest = requestAnimationFrame(step);
    }

    async function load(value, { autoplay = false } = {}) {
      const token = (loading += 1);
      if (shown?.path === value.path && shown.url) {
        if (autoplay) blockedNote(await tryPlay(audio));
        return;
      }
      release();
      frame.dataset.loaded = "false";
      const got = await openMedia(ctx, audio, value, { props, say, fail, current: () => token === loading });
      if (!got) return;
      shown = { path: value.path, url: got.url, release: got.release, buffer: null };
      if (got.blob && options().show_recording_waveform !== false) {
        shown.buffer = await decodeAudio(got.blob);
        if (token !== loading) return;
      }
      frame.dataset.loaded = "true";
      frame.dataset.waveform = String(Boolean(shown.buffer));
      drawPlayer();
      if (autoplay) blockedNote(await tryPlay(audio));
    }

    function release() {
      audio.pause();
      if (shown?.url) audio.removeAttribute("src");
      shown?.release?.();
      shown = null;
      trimming = null;
    }

    // -- trimming --------------------------------------------------------------------------

    const canTrim = () => editable() && props().editable !== false && Boolean(shown?.buffer);

    function startTrim() {
      if (!canTrim()) return;
      const duration = shown.buffer.duration;
      trimming = { start: 0, end: duration };
      for (const input of [trimStart, trimEnd]) input.max = String(duration);
      trimStart.value = "0";
      trimEnd.value = String(duration);
      drawPlayer();
    }

    const onTrimInput = () => {
      const a = Number(trimStart.value);
      const b = Number(trimEnd.value);
      trimming = { start: Math.min(a, b), end: Math.max(a, b) };
      drawProgress();
    };
    ctx.listen(trimStart, "input", onTrimInput);
    ctx.listen(trimEnd, "input", onTrimInput);
    ctx.listen(trimCancel, "click", () => {
      trimming = null;
      drawPlayer();
    });
    ctx.listen(trimApply, "click", async () => {
      if (!trimming || !shown?.buffer) return;
      const { start, end } = trimming;
      if (end - start <= 0) return;
      const rate = Number(options().sample_rate) || shown.buffer.sampleRate;
      const cut = await sliceBuffer(shown.buffer, start, end, rate);
      const name = `${(ctx.value()?.orig_name ?? "audio").replace(/\.[^.]+$/, "")}-trimmed.wav`;
      const fd = await status.run((progress) => ctx.upload(bufferToWav(cut), { name, onProgress: progress }));
      if (!fd) return;
      trimming = null;
      ctx.setValue(fd, { events: ["input", "change"] });
      await load(fd);
    });

    // -- recording -------------------------------------------------------------------------

    const recordButton = h("button", { type: "button", class: "nbb-record-button", dataset: { nbblocksPart: "record" } });
    const recording = recordingPanel(ctx, {
      onPause: () => {
        if (!recorder) return;
        if (recorder.paused()) {
          recorder.resume();
        } else {
          recorder.pause();
          ctx.dispatch("pause_recording");
        }
        drawRecording();
      },
      onStop: () => (streamTimer !== null ? stopStreaming() : stopRecording()),
    });

    ctx.listen(recordButton, "click", () => (props().streaming ? startStreaming() : startRecording()));

    function openMicrophone() {
      status.clearError();
      return openRecorder(fail);
    }

    async function startRecording() {
      if (recorder) return;
      recorder = await openMicrophone();
      if (!recorder) return;
      ctx.dispatch("start_recording");
      recordTimer = setInterval(drawRecording, 100);
      draw();
    }

    async function stopRecording() {
      if (!recorder) return;
      const rec = recorder;
      recorder = null;
      clearInterval(recordTimer);
      draw();
      const fd = await uploadRecording(ctx, status, rec);
      if (!fd) return;
      ctx.setValue(fd, { events: ["stop_recording", "input", "change"] });
      await load(fd);
      draw();
    }

    async function startStreaming() {
      if (recorder) return;
      recorder = await openMicrophone();
      if (!recorder) return;
      ctx.dispatch("start_recording");
      const every = Math.max(0.05, Number(props().stream_every) || 0.5) * 1000;
      const limit = Number(props().time_limit) > 0 ? Number(props().time_limit) * 1000 : null;
      const started = performance.now();
      let busy = false;
      recordTimer = setInterval(drawRecording, 100);
      streamTimer = setInterval(async () => {
        if (limit !== null && performance.now() - started >= limit) {
          stopStreaming();
          return;
        }
        if (busy || !recorder) return;
        busy = true;
        try {
          const blob = await recorder.take();
          if (blob) {
            const fd = await ctx.upload(blob, { name: "stream.wav", stream: true });
            if (streamTimer !== null) ctx.setValue(fd, { events: ["stream"] });
          }
        } catch (error) {
          fail(error);
        } finally {
          busy = false;
        }
      }, every);
      draw();
    }

    function stopStreaming() {
      clearInterval(streamTimer);
      clearInterval(recordTimer);
      streamTimer = null;
      const rec = recorder;
      recorder = null;
      rec?.close();
      ctx.dispatch("stop_recording");
      draw();
    }

    function drawRecording() {
      if (!recorder) return;
      frame.dataset.state = recording.draw(recorder, { streaming: streamTimer !== null });
    }

    // -- streams from the kernel -------------------------------------------------------------

    const streamPlay = h("button", { type: "button", class: "nbb-icon-button nbb-media-play", dataset: { nbblocksPart: "stream-play" } });
    const streamTime = h("span", { class: "nbb-media-time", dataset: { nbblocksPart: "stream-time" } });
    const streamPanel = h("div", { class: "nbb-stream", dataset: { nbblocksPart: "stream" } },
      streamPlay, h("span", { class: "nbb-stream-live" }, "Streaming"), streamTime);
    ctx.listen(streamPlay, "click", async () => {
      if (!stream) return;
      if (stream.player.state() === "playing") await stream.player.pause();
      else await stream.player.play();
      drawStream();
    });

    function openStream(id) {
      closeStream();
      release();
      dispatchedPlay = false;
      const player = createStreamPlayer({
        onState: (state) => {
          if (state === "playing" && !dispatchedPlay) {
            dispatchedPlay = true;
            ctx.dispatch("play");
          } else if (state === "paused") {
            ctx.dispatch("pause");
          } else if (state === "ended") {
            ctx.dispatch("stop");
            finishStream();
          }
          if (state === "waiting") say("The browser blocked autoplay until you interact with the page: press play.");
          else if (state === "playing") say(null);
          drawStream();
        },
      });
      stream = { id, player, seen: new Set(), chain: Promise.resolve(), final: null, timer: setInterval(drawStream, 200) };
    }

    function closeStream() {
      if (!stream) return;
      clearInterval(stream.timer);
      stream.player.stop();
      stream = null;
    }

    function streamChunk(value, info) {
      if (!stream || stream.id !== info.id) openStream(info.id);
      const current = stream;
      queueChunk(current, info.index, () => ctx.fileSource(value), async (src) => {
        if (src?.blob && stream === current) await current.player.push(src.blob);
      }, fail);
      draw();
    }

    function streamEnd(value) {
      stream.final = value;
      const current = stream;
      current.chain.then(() => current.player.end());
    }

    async function finishStream() {
      const final = stream?.final;
      closeStream();
      if (final) await load(final);  // the whole stream, to replay, seek in or download
      draw();
    }

    function drawStream() {
      if (!stream) return;
      const state = stream.player.state();
      const playing = state === "playing";
      streamPlay.replaceChildren(icon(playing ? "pause" : "play"));
      streamPlay.title = playing ? "Pause" : "Play";
      streamPlay.setAttribute("aria-label", streamPlay.title);
      ctx.setText(streamTime, formatTime(stream.player.elapsed()));
      streamPanel.dataset.state = state;
      streamPanel.dataset.chunks = String(stream.player.chunks());
      streamPanel.dataset.scheduled = String(stream.player.scheduled.length);
    }

    // -- taking a file ------------------------------------------------------------------------

    const zone = dropZone(ctx, { onFiles: (picked) => take(picked[0]), iconName: "music",
      fallback: "Drop Audio Here\n- or -\nClick to Upload" });

    async function take(file) {
      if (!file) return;
      const audioLike = (file.type || "").startsWith("audio/") || AUDIO_EXTENSIONS.test(file.name || "");
      if (!audioLike) {
        fail(`${file.name || "the file"} is not an audio file`);
        return;
      }
      const fd = await status.run((progress) => ctx.upload(file, { onProgress: progress }));
      if (!fd) return;
      ctx.setValue(fd, { events: ["upload", "input", "change"] });
      await load(fd);
      draw();
    }

    function clear() {
      if (streamTimer !== null) stopStreaming();
      recorder?.close();
      recorder = null;
      closeStream();
      release();
      ctx.setValue(null, { events: ["clear", "input", "change"] });
      draw();
    }

    // -- drawing ---------------------------------------------------------------------------

    function drawToolbar(value) {
      drawFileToolbar(ctx, toolbar, { shown: value && !stream, buttons: buttons(), editable: editable(), clear });
    }

    function drawSources(value) {
      const list = sources();
      drawSourceBar(ctx, sourceBar, {
        shown: editable() && !props().streaming && list.length > 1 && !value && !recorder,
        list, current: source, labels: SOURCE_LABELS, icons: SOURCE_ICONS,
        pick: (name) => {
          source = name;
          draw();
        },
      });
    }

    function drawPlayer() {
      const useWave = Boolean(shown?.buffer);
      waveform.el.hidden = !useWave;
      audio.controls = !useWave;
      audio.hidden = useWave || frame.dataset.state !== "audio";
      controls.hidden = !useWave;
      back.hidden = forward.hidden = !useWave;
      trimButton.hidden = !canTrim() || trimming !== null;
      trimBar.hidden = trimming === null;
      drawPlayButton();
      drawProgress();
    }

    async function drawSubtitles() {
      const subs = props().subtitles ?? null;
      const key = JSON.stringify(subs);
      if (key === subtitlesKey) return;
      subtitlesKey = key;
      if (subtitles?.url) URL.revokeObjectURL(subtitles.url);
      subtitles = null;
      try {
        subtitles = await loadSubtitles(ctx, subs);
      } catch (error) {
        fail(error);
      }
      drawProgress();
    }

    function draw() {
      const p = props();
      const value = ctx.value();
      const list = sources();
      if (source === null || !list.includes(source)) source = list[0] ?? "upload";
      if (p.streaming) source = "microphone";
      drawToolbar(value);
      drawSources(value);
      audio.loop = Boolean(p.loop);
      audio.hidden = true;
      if (stream) {
        frame.replaceChildren(streamPanel);
        frame.dataset.state = "stream";
        drawStream();
        return;
      }
      if (recorder) {
        frame.replaceChildren(recording.el);
        drawRecording();
        return;
      }
      if (value && !(p.streaming && editable())) {
        frame.replaceChildren(player);
        frame.dataset.state = "audio";
        audio.hidden = !audio.controls;
        if (!shown || shown.path !== value.path) load(value);
        else drawPlayer();
        return;
      }
      if (!editable()) {
        frame.replaceChildren(h("div", { class: "nbb-image-empty", dataset: { nbblocksPart: "empty" } }, icon("music", "nbb-icon nbb-drop-icon")));
        frame.dataset.state = "empty";
        return;
      }
      if (source === "microphone") {
        recordButton.replaceChildren(icon("record"), h("span", null, p.streaming ? "Start streaming" : "Record"));
        frame.replaceChildren(h("div", { class: "nbb-record-start" }, recordButton));
        frame.dataset.state = "microphone";
        return;
      }
      zone.update({ accept: "audio/*,.webm,.weba,.m4a,.opus", placeholder: null, enabled: true });
      frame.replaceChildren(zone.el);
      frame.dataset.state = "upload";
    }

    onStreamedValue(ctx, () => stream, { chunk: streamChunk, end: streamEnd, close: closeStream, release, draw, load });
    let last = props();
    ctx.on("props", (p) => {
      if (p.recording && !last.recording && !recorder && editable() && sources().includes("microphone")) {
        source = "microphone";
        p.streaming ? startStreaming() : startRecording();
      } else if (!p.recording && last.recording && recorder) {
        streamTimer !== null ? stopStreaming() : stopRecording();
      }
      if (p.playback_position !== last.playback_position && shown && Number.isFinite(Number(p.playback_position))) {
        audio.currentTime = Number(p.playback_position);
      }
      last = p;
      drawSubtitles();
      draw();
    });
    ctx.on("events", draw);
    drawSubtitles();
    draw();
    if (props().recording && editable() && sources().includes("microphone")) {
      source = "microphone";
      props().streaming ? startStreaming() : startRecording();
    }
    return () => {
      cancelAnimationFrame(frameRequest);
      clearInterval(recordTimer);
      clearInterval(streamTimer);
      recorder?.close();
      closeStream();
      release();
      if (subtitles?.url) URL.revokeObjectURL(subtitles.url);
    };
  },
};
