// What the audio and video views share: a URL the player can load for a FileData, times,
// subtitles, autoplay that tells when the browser blocked it, and stream markers.

import { h } from "./dom.js";

/**
 * A URL an <audio>/<video> element can play for `fd`, and `release()` to free it. An
 * author's URL is used as it is; the kernel's files come as a Blob URL (bytes sent with
 * the value, or read from the kernel in ranges, `onProgress(fraction)` following them).
 */
export async function mediaUrl(ctx, fd, { onProgress = null } = {}) {
  const src = await ctx.fileSource(fd, { onProgress });
  if (!src) return null;
  if (src.kind === "url") return { url: src.url, release: () => {}, blob: null };
  const blob = src.mime && src.blob.type !== src.mime ? src.blob.slice(0, src.blob.size, src.mime) : src.blob;
  const url = URL.createObjectURL(blob);
  return { url, blob, release: () => URL.revokeObjectURL(url) };
}

/** `m:ss` (or `h:mm:ss`). */
/**
 * Points `element` (an <audio> or <video>) at `value`'s file, fetched with its progress in
 * `say`, looped and started at `playback_position` as the props say. Returns the URL handle,
 * or null when the file could not be had (`fail` was told) or a newer load began meanwhile
 * (`current()` false: the handle is let go and the element is left alone).
 */
export async function openMedia(ctx, element, value, { props, say, fail, current }) {
  let got;
  try {
    got = await mediaUrl(ctx, value, { onProgress: (f) => say(f < 1 ? `Loading ${Math.round(f * 100)}%` : null) });
  } catch (error) {
    if (current()) fail(error);
    return null;
  }
  if (!current() || !got) {
    got?.release();
    return null;
  }
  say(null);
  element.src = got.url;
  element.loop = Boolean(props().loop);
  const start = Number(props().playback_position) || 0;
  if (start > 0) {
    const seek = () => { element.currentTime = Math.min(start, element.duration || start); };
    if (element.readyState >= 1) seek();
    else element.addEventListener("loadedmetadata", seek, { once: true });
  }
  return got;
}

export function formatTime(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "0:00";
  const total = Math.floor(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}

/**
 * Start playback; resolves to "playing", or "blocked" when the browser's autoplay policy
 * refused it (no user gesture on the page yet).
 */
export async function tryPlay(media) {
  try {
    await media.play();
    return "playing";
  } catch (error) {
    if (error?.name === "NotAllowedError") return "blocked";
    if (error?.name === "AbortError") return "aborted";
    throw error;
  }
}

/** `meta.stream` of a FileData: {id, index} for a chunk, {id, chunks} for the whole stream. */
export function streamInfo(fd) {
  const info = fd?.meta?.stream;
  return info && typeof info.id === "string" ? info : null;
}

/**
 * Routes the values the kernel sends a view that plays streams: `chunk(fd, info)` for a
 * chunk of a stream, `end(fd)` for the whole stream after the last chunk of the stream
 * being played (`current()`, an object with its `id`); any other value ends that stream
 * (`close()`), frees the last media when it is empty (`release()`), is drawn and loaded
 * (`load(fd, {autoplay})`, autoplaying when the `autoplay` prop says so).
 */
export function onStreamedValue(ctx, current, { chunk, end, close, release, draw, load }) {
  ctx.on("value", (fd) => {
    const info = streamInfo(fd);
    if (fd && info && fd.is_stream && Number.isInteger(info.index)) return chunk(fd, info);
    if (fd && info && current()?.id === info.id && info.chunks !== undefined) return end(fd);
    close();
    if (!fd) release();
    draw();
    if (fd) load(fd, { autoplay: Boolean(ctx.props().autoplay) });
  });
}

/**
 * Takes one chunk into a stream (`{seen: Set, chain: Promise}`): each index once, fetched
 * at once (`fetch()`), handed to `take` after the chunks that came before it, so chunks
 * play in the order they were sent however their fetches finish.
 */
export function queueChunk(stream, index, fetch, take, fail) {
  if (stream.seen.has(index)) return;
  stream.seen.add(index);
  const fetched = fetch();
  stream.chain = stream.chain.then(async () => {
    try {
      await take(await fetched);
    } catch (error) {
      fail(error);
    }
  });
}

const CUE = /(\d+:)?(\d{1,2}):(\d{2})[.,](\d{1,3})/;

function seconds(stamp) {
  const m = CUE.exec(stamp);
  if (!m) return NaN;
  return (m[1] ? parseInt(m[1], 10) * 3600 : 0) + parseInt(m[2], 10) * 60 + parseInt(m[3], 10) + parseInt(m[4].padEnd(3, "0"), 10) / 1000;
}

/** Cues of a WebVTT text: [{start, end, text}]. */
export function parseVtt(text) {
  const cues = [];
  for (const block of String(text).replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = block.split("\n");
    const at = lines.findIndex((line) => line.includes("-->"));
    if (at < 0) continue;
    const [from, to] = lines[at].split("-->");
    const start = seconds(from);
    const end = seconds(to);
    if (Number.isFinite(start) && Number.isFinite(end)) cues.push({ start, end, text: lines.slice(at + 1).join("\n").trim() });
  }
  return cues;
}

/**
 * Subtitles of a `subtitles` prop: a FileData of a WebVTT file (fetched from the kernel)
 * or Gradio's cues [{start, end, text}]. Resolves to {cues, url} (url for a <track>).
 */
export async function loadSubtitles(ctx, subtitles) {
  if (!subtitles) return null;
  if (Array.isArray(subtitles)) {
    const cues = subtitles.map((c) => ({ start: Number(c.start), end: Number(c.end), text: String(c.text ?? "") }));
    const body = cues.map((c) => `${vttStamp(c.start)} --> ${vttStamp(c.end)}\n${c.text}`).join("\n\n");
    return { cues, url: URL.createObjectURL(new Blob([`WEBVTT\n\n${body}\n`], { type: "text/vtt" })) };
  }
  if (typeof subtitles.path !== "string") return null;
  const src = await ctx.fileSource(subtitles);
  if (src.kind === "url") return { cues: [], url: src.url };
  const text = await src.blob.text();
  return { cues: parseVtt(text), url: URL.createObjectURL(new Blob([text], { type: "text/vtt" })) };
}

function vttStamp(s) {
  const ms = Math.max(0, Math.round(s * 1000));
  const pad = (n, w = 2) => String(n).padStart(w, "0");
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** The text of the cue shown at `time`, or "". */
export function cueAt(cues, time) {
  const cue = (cues ?? []).find((c) => time >= c.start && time < c.end);
  return cue ? cue.text : "";
}

/** A small status line ("Loading 40%", "Autoplay was blocked: press play"). */
export function noteLine() {
  return h("div", { class: "nbb-media-note", role: "status", dataset: { nbblocksPart: "note" }, hidden: true });
}
