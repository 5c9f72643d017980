// gr.Video: plays the value (the browser's controls, subtitles as a <track>, a converted
// preview of files the browser cannot play), takes a new one from a file or a webcam
// recording, and plays streamed chunks one after the other.

import { h, cssSize } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { drawFileToolbar, drawSourceBar, dropZone, uploadStatus } from "../lib/dropzone.js";
import { loadSubtitles, mediaUrl, noteLine, openMedia, onStreamedValue, queueChunk, tryPlay } from "../lib/media.js";
import uploads from "../styles/uploads.css";
import files from "../styles/files.css";
import media from "../styles/media.css";

const SOURCES = ["upload", "webcam"];
const SOURCE_ICONS = { upload: "upload", webcam: "camera" };
const SOURCE_LABELS = { upload: "Upload", webcam: "Record from webcam" };
const RECORDER_TYPES = ["video/webm;codecs=vp9,opus", "video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];

export default {
  styles: [uploads, files, media],
  render(ctx) {
    const toolbar = h("div", { class: "nbb-image-toolbar", dataset: { nbblocksPart: "toolbar" } });
    const frame = h("div", { class: "nbb-media-frame nbb-video-frame", dataset: { nbblocksPart: "frame" } });
    const sourceBar = h("div", { class: "nbb-source-bar", dataset: { nbblocksPart: "sources" } });
    const status = uploadStatus(ctx);
    const note = noteLine();
    const wrap = h("div", { class: "nbb-video" }, toolbar, frame, note, status.bar, status.error, sourceBar);
    ctx.el.append(wrap);

    const props = () => ctx.props();
    const sources = () => (Array.isArray(props().sources) ? props().sources.filter((s) => SOURCES.includes(s)) : SOURCES);
    const buttons = () => (Array.isArray(props().buttons) ? props().buttons : ["download"]);
    const editable = () => ctx.interactive();
    const say = (text) => {
      note.hidden = !text;
      note.textContent = text ?? "";
    };
    const fail = (error) => {
      status.error.textContent = String(error?.message ?? error);
      status.error.hidden = false;
    };

    let source = null;
    let shown = null; // {path, url, release, preview} of the loaded value
    let loading = 0;
    let subtitles = null;
    let subtitlesKey = null;
    let stream = null; // {id, seen, queue: [url], chain, final, playing}

    // -- the player ------------------------------------------------------------------------

    const makeVideo = (part) => h("video", { class: "nbb-video-element", controls: true, playsInline: true, preload: "auto",
      dataset: { nbblocksPart: part } });
    const video = makeVideo("video");
    ctx.listen(video, "play", () => ctx.dispatch("play"));
    ctx.listen(video, "pause", () => {
      if (!video.ended) ctx.dispatch("pause");
    });
    ctx.listen(video, "ended", () => {
      ctx.dispatch("end");
      ctx.dispatch("stop");
    });
    ctx.listen(video, "error", () => {
      if (shown && !shown.preview && shown.url) askForPreview(ctx.value());
    });

    async function askForPreview(value) {
      const token = loading;
      const name = value?.orig_name ?? "this video";
      frame.dataset.preview = "converting";
      say(`The browser cannot play ${name}; converting it for a preview...`);
      let preview;
      try {
        preview = await ctx.server.playable_preview(value);
      } catch (error) {
        if (token !== loading) return;
        frame.dataset.preview = "failed";
        say(`The browser cannot play ${name}. ${String(error?.message ?? error)}`);
        return;
      }
      if (token !== loading) return;
      const got = await mediaUrl(ctx, preview);
      if (token !== loading || !got) return;
      shown.release?.();
      shown = { ...shown, url: got.url, release: got.release, preview: true };
      video.src = got.url;
      frame.dataset.preview = "converted";
      say(`Showing a converted preview of ${name} (the value is the original file).`);
    }

    async function load(value, { autoplay = false } = {}) {
      const token = (loading += 1);
      if (shown?.path === value.path) {
        if (autoplay) blocked(await tryPlay(video));
        return;
      }
      release();
      frame.dataset.loaded = "false";
      delete frame.dataset.preview;
      const got = await openMedia(ctx, video, value, { props, say, fail, current: () => token === loading });
      if (!got) return;
      shown = { path: value.path, url: got.url, release: got.release, preview: false };
      drawTrack();
      frame.dataset.loaded = "true";
      if (autoplay) blocked(await tryPlay(video));
    }

    function blocked(result) {
      frame.dataset.autoplay = result;
      if (result === "blocked") say("The browser blocked autoplay until you interact with the page: press play.");
    }

    function release() {
      video.pause();
      video.removeAttribute("src");
      video.load();
      shown?.release?.();
      shown = null;
    }

    function drawTrack() {
      for (const track of [...video.querySelectorAll("track")]) track.remove();
      if (!subtitles?.url) return;
      const track = h("track", { kind: "subtitles", label: "Subtitles", srclang: "en", src: subtitles.url, default: true,
        dataset: { nbblocksPart: "subtitles" } });
      video.append(track);
      track.track.mode = "showing";
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
      drawTrack();
    }

    // -- streamed chunks: two players, the next chunk loading while one plays -------------

    const streamVideos = [makeVideo("stream-video"), makeVideo("stream-video")];
    const streamBox = h("div", { class: "nbb-webcam", dataset: { nbblocksPart: "stream" } }, ...streamVideos);
    for (const el of streamVideos) {
      el.hidden = true;
      ctx.listen(el, "ended", () => advance());
      ctx.listen(el, "play", () => {
        if (stream && !stream.dispatched) {
          stream.dispatched = true;
          ctx.dispatch("play");
        }
      });
    }

    function openStream(id) {
      closeStream();
      release();
      stream = { id, seen: new Set(), queue: [], urls: [], chain: Promise.resolve(), final: null, current: -1, dispatched: false, ended: false };
      for (const el of streamVideos) {
        el.removeAttribute("src");
        el.hidden = true;
      }
    }

    function closeStream() {
      if (!stream) return;
      for (const el of streamVideos) {
        el.pause();
        el.removeAttribute("src");
        el.load();
      }
      for (const url of stream.urls) URL.revokeObjectURL(url);
      stream = null;
    }

    function streamChunk(value, info) {
      if (!stream || stream.id !== info.id) openStream(info.id);
      const current = stream;
      queueChunk(current, info.index, () => mediaUrl(ctx, value), (media) => {
        if (!media || stream !== current) return;
        current.urls.push(media.url);
        current.queue.push(media.url);
        if (current.current < 0) advance();
        else preload();
      }, fail);
      draw();
    }

    // Play the next chunk in the standby element (already loaded) and load the one after.
    function advance() {
      if (!stream) return;
      const next = stream.current + 1;
      if (next >= stream.queue.length) {
        if (stream.final) finishStream();
        else stream.waiting = true;
        return;
      }
      stream.waiting = false;
      stream.current = next;
      const el = streamVideos[next % 2];
      const other = streamVideos[(next + 1) % 2];
      if (el.getAttribute("src") !== stream.queue[next]) el.src = stream.queue[next];
      el.hidden = false;
      other.hidden = true;
      other.pause();
      tryPlay(el).then(blocked);
      preload();
      frame.dataset.chunk = String(next);
    }

    function preload() {
      const next = stream.current + 1;
      if (next < stream.queue.length) {
        const el = streamVideos[next % 2];
        if (el.getAttribute("src") !== stream.queue[next]) el.src = stream.queue[next];
      }
      if (stream.waiting) advance();
    }

    function streamEnd(value) {
      stream.final = value;
      const current = stream;
      current.chain.then(() => {
        if (stream === current && current.waiting) finishStream();
      });
    }

    async function finishStream() {
      const final = stream?.final;
      closeStream();
      ctx.dispatch("end");
      ctx.dispatch("stop");
      draw();
      if (final) await load(final);
    }

    // -- the webcam ---------------------------------------------------------------------------

    let camera = null; // MediaStream
    let recorder = null;
    let recorded = [];
    const live = h("video", { class: "nbb-webcam-video", autoplay: true, muted: true, playsInline: true, dataset: { nbblocksPart: "webcam-video" } });
    const startCamera = h("button", { type: "button", class: "nbb-webcam-start", dataset: { nbblocksPart: "webcam-start" } },
      icon("camera"), h("span", null, "Click to access webcam"));
    const recordButton = h("button", { type: "button", class: "nbb-webcam-capture", dataset: { nbblocksPart: "record" } });
    const recordDot = h("span", { class: "nbb-recording-dot", hidden: true });
    const cameraBox = h("div", { class: "nbb-webcam" }, live, h("div", { class: "nbb-video-record" }, recordDot, recordButton));

    ctx.listen(startCamera, "click", async () => {
      status.clearError();
      const options = props().webcam_options ?? {};
      try {
        const constraints = options.constraints && Object.keys(options.constraints).length ? options.constraints : true;
        camera = await navigator.mediaDevices.getUserMedia({ video: constraints, audio: Boolean(props().include_audio) });
        live.srcObject = camera;
        live.classList.toggle("nbb-mirrored", options.mirror !== false);
        await live.play().catch(() => {});
      } catch (error) {
        camera = null;
        fail(`Webcam: ${error?.name === "NotAllowedError" ? "the browser was not allowed to use the webcam" : String(error?.message ?? error)}`);
      }
      draw();
    });
    ctx.listen(recordButton, "click", () => (recorder ? stopRecording() : startRecording()));

    function startRecording() {
      if (!camera) return;
      const type = RECORDER_TYPES.find((t) => window.MediaRecorder?.isTypeSupported?.(t)) ?? "";
      recorded = [];
      recorder = new MediaRecorder(camera, type ? { mimeType: type } : undefined);
      recorder.ondataavailable = (event) => {
        if (event.data?.size) recorded.push(event.data);
      };
      recorder.start(250);
      ctx.dispatch("start_recording");
      draw();
    }

    async function stopRecording() {
      const rec = recorder;
      recorder = null;
      const stopped = new Promise((resolve) => rec.addEventListener("stop", resolve, { once: true }));
      rec.stop();
      await stopped;
      const type = (rec.mimeType || "video/webm").split(";")[0];
      const blob = new Blob(recorded, { type });
      recorded = [];
      stopCamera();
      draw();
      const fd = await status.run((progress) => ctx.upload(blob, { name: `webcam.${type.endsWith("mp4") ? "mp4" : "webm"}`, onProgress: progress }));
      if (!fd) return;
      ctx.setValue(fd, { events: ["stop_recording", "input", "change"] });
      draw();
      await load(fd);
    }

    function stopCamera() {
      for (const track of camera?.getTracks() ?? []) track.stop();
      camera = null;
      live.srcObject = null;
    }

    // -- taking a file --------------------------------------------------------------------------

    const zone = dropZone(ctx, { onFiles: (picked) => take(picked[0]), iconName: "video",
      fallback: "Drop Video Here\n- or -\nClick to Upload" });

    async function take(file) {
      if (!file) return;
      if (file.type && !file.type.startsWith("video/") && !/\.(mp4|webm|ogg|ogv|mov|mkv|avi|m4v|ts|flv|wmv)$/i.test(file.name || "")) {
        fail(`${file.name || "the file"} is not a video`);
        return;
      }
      const fd = await status.run((progress) => ctx.upload(file, { onProgress: progress }));
      if (!fd) return;
      ctx.setValue(fd, { events: ["upload", "input", "change"] });
      draw();
      await load(fd);
    }

    function clear() {
      if (recorder) {
        recorder.ondataavailable = null;
        recorder.stop();
        recorder = null;
      }
      stopCamera();
      closeStream();
      release();
      ctx.setValue(null, { events: ["clear", "input", "change"] });
      draw();
    }

    // -- drawing ----------------------------------------------------------------------------

    function drawToolbar(value) {
      drawFileToolbar(ctx, toolbar, { shown: value && !stream, buttons: buttons(), editable: editable(), clear });
    }

    function drawSources(value) {
      const list = sources();
      drawSourceBar(ctx, sourceBar, {
        shown: editable() && list.length > 1 && !value && !camera,
        list, current: source, labels: SOURCE_LABELS, icons: SOURCE_ICONS,
        pick: (name) => {
          if (name !== "webcam") stopCamera();
          source = name;
          draw();
        },
      });
    }

    function draw() {
      const p = props();
      frame.style.height = cssSize(p.height);
      frame.style.width = cssSize(p.width);
      const value = ctx.value();
      const list = sources();
      if (source === null || !list.includes(source)) source = list[0] ?? "upload";
      drawToolbar(value);
      drawSources(value);
      video.loop = Boolean(p.loop);
      if (stream) {
        frame.replaceChildren(streamBox);
        frame.dataset.state = "stream";
        return;
      }
      if (camera) {
        recordButton.replaceChildren(icon(recorder ? "stop" : "record"), h("span", null, recorder ? "Stop recording" : "Record"));
        recordDot.hidden = !recorder;
        frame.replaceChildren(cameraBox);
        frame.dataset.state = recorder ? "recording" : "webcam";
        return;
      }
      if (value) {
        frame.replaceChildren(video);
        frame.dataset.state = "video";
        if (!shown || (shown.path !== value.path && !shown.preview)) load(value);
        return;
      }
      if (!editable()) {
        frame.replaceChildren(h("div", { class: "nbb-image-empty", dataset: { nbblocksPart: "empty" } }, icon("video", "nbb-icon nbb-drop-icon")));
        frame.dataset.state = "empty";
        return;
      }
      if (source === "webcam") {
        frame.replaceChildren(startCamera);
        frame.dataset.state = "webcam-off";
        return;
      }
      zone.update({ accept: "video/*", placeholder: null, enabled: true });
      frame.replaceChildren(zone.el);
      frame.dataset.state = "upload";
    }

    onStreamedValue(ctx, () => stream, { chunk: streamChunk, end: streamEnd, close: closeStream, release, draw, load });
    let last = props();
    ctx.on("props", (p) => {
      if (p.playback_position !== last.playback_position && shown && Number.isFinite(Number(p.playback_position))) {
        video.currentTime = Number(p.playback_position);
      }
      last = p;
      drawSubtitles();
      draw();
    });
    drawSubtitles();
    draw();
    return () => {
      if (recorder) {
        recorder.ondataavailable = null;
        recorder.stop();
      }
      stopCamera();
      closeStream();
      release();
      if (subtitles?.url) URL.revokeObjectURL(subtitles.url);
    };
  },
};
