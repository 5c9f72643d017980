// File bytes over the comm, as binary buffers (docs/protocol.md, "Files"): uploads in
// chunks with progress, file requests, and where a view finds the bytes of a FileData
// (the `blobs` trait, files this page uploaded, or a request to the kernel).

import { saveAs } from "../lib/dom.js";
import { uniqueId } from "../lib/page.js";
import { pageId, stamp } from "./ordering.js";

export const UPLOAD_CHUNK = 1 << 20;
const IN_FLIGHT = 4;
// Files from the kernel come in ranges of this many bytes (several in flight).
const RANGE = 4 * 1024 * 1024;
// Files this page uploaded or fetched, kept to show them again without asking: at most
// KEPT of them and KEPT_BYTES in all, the oldest going first.
const KEPT = 64;
const KEPT_BYTES = 256 * 1024 * 1024;

// Shared by every view of the page: handle -> {blob: Blob, mime, name}.
const kept = (globalThis.__nbblocksFiles ??= new Map());

function keep(path, entry) {
  kept.delete(path);
  kept.set(path, entry);
  let bytes = 0;
  for (const e of kept.values()) bytes += e.blob.size;
  while (kept.size > 1 && (kept.size > KEPT || bytes > KEPT_BYTES)) {
    const oldest = kept.keys().next().value;
    bytes -= kept.get(oldest).blob.size;
    kept.delete(oldest);
  }
}

function transferId() {
  return `${pageId()}-${uniqueId("transfer")}`;
}

/** A URL the app author gave: the browser loads it, the kernel never does. */
export function isUrlValue(fd) {
  return Boolean(fd && typeof fd.path === "string" && fd.url === fd.path && /^(https?:|data:)/i.test(fd.path));
}

export function createFiles(model, signal) {
  const waiting = new Map(); // transfer id -> (content, buffers) => void
  const loading = new Map(); // handle -> the promise of its bytes, while they arrive

  const onMessage = (content, buffers) => {
    if (!content || typeof content.id !== "string" || content.page !== pageId()) return;
    waiting.get(content.id)?.(content, buffers ?? []);
  };
  model.on("msg:custom", onMessage);
  signal.addEventListener("abort", () => {
    model.off("msg:custom", onMessage);
    for (const answer of [...waiting.values()]) answer({ type: "aborted" }, []);
  }, { once: true });

  const send = (message, buffers) => model.send(stamp(model, message), undefined, buffers);

  /**
   * Upload a File/Blob; resolves to its FileData. `onProgress(fraction)` follows the
   * kernel's acknowledgements; at most IN_FLIGHT chunks are on the way at once.
   */
  function upload(file, { name = null, onProgress = null, stream = false } = {}) {
    const id = transferId();
    const size = file.size;
    const total = Math.max(1, Math.ceil(size / UPLOAD_CHUNK));
    const fileName = name || file.name || "file";
    const mime = file.type || null;
    return new Promise((resolve, reject) => {
      let next = 0;
      let acked = 0;
      let reading = false;
      let done = false;
      const finish = (error, value) => {
        if (done) return;
        done = true;
        waiting.delete(id);
        if (error) reject(error);
        else resolve(value);
      };
      const pump = async () => {
        if (reading || done) return;
        reading = true;
        try {
          while (!done && next < total && next - acked < IN_FLIGHT) {
            const index = next;
            const buffer = await file.slice(index * UPLOAD_CHUNK, (index + 1) * UPLOAD_CHUNK).arrayBuffer();
            if (done) return;
            next += 1;
            const message = { type: "upload", id, index, final: index === total - 1 };
            if (index === 0) Object.assign(message, { name: fileName, mime, size, stream });
            send(message, [buffer]);
          }
        } catch (error) {
          finish(error);
        } finally {
          reading = false;
        }
      };
      waiting.set(id, (content) => {
        if (content.type === "upload_progress") {
          acked += 1;
          onProgress?.(size ? Math.min(1, content.received / size) : 1);
          pump();
        } else if (content.type === "upload_done") {
          onProgress?.(1);
          keep(content.file.path, { blob: file, mime: mime ?? content.file.mime_type, name: fileName });
          finish(null, content.file);
        } else if (content.type === "upload_error") {
          finish(new Error(content.message || "the upload was refused"));
        } else if (content.type === "aborted") {
          finish(new Error("the view was removed"));
        }
      });
      onProgress?.(0);
      pump();
    });
  }

  /** One request for bytes [offset, offset + length) of a file; resolves to {parts, mime, name, size}. */
  function requestRange(path, offset, length) {
    const id = transferId();
    return new Promise((resolve, reject) => {
      const parts = [];
      waiting.set(id, (content, buffers) => {
        if (content.type === "file_data") {
          parts[content.index] = buffers[0] ?? new ArrayBuffer(0);
          if (!content.final) return;
          waiting.delete(id);
          resolve({ parts, mime: content.mime, name: content.name, size: content.size });
        } else {
          waiting.delete(id);
          reject(new Error(content.message || "the file could not be read"));
        }
      });
      send({ type: "file_request", id, path, offset, length });
    });
  }

  /**
   * The bytes of an issued file: {blob, mime, name}. Read in ranges of RANGE bytes, at most
   * IN_FLIGHT at once, so a long file arrives in parts and `onProgress(fraction)` can show it.
   */
  function fetchFile(path, { onProgress = null } = {}) {
    const have = kept.get(path);
    if (have) return Promise.resolve(have);
    if (loading.has(path)) return track(loading.get(path), onProgress);
    const progress = new Set(onProgress ? [onProgress] : []);
    const job = (async () => {
      const first = await requestRange(path, 0, RANGE);
      const size = Number(first.size) || 0;
      const ranges = [first.parts];
      const count = Math.max(1, Math.ceil(size / RANGE));
      let done = 1;
      const report = () => { for (const fn of progress) fn(Math.min(1, done / count)); };
      report();
      let next = 1;
      const worker = async () => {
        while (next < count) {
          const index = next++;
          ranges[index] = (await requestRange(path, index * RANGE, RANGE)).parts;
          done += 1;
          report();
        }
      };
      await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count - 1) }, worker));
      const entry = { blob: new Blob(ranges.flat(), { type: first.mime || "" }), mime: first.mime, name: first.name };
      keep(path, entry);
      return entry;
    })();
    job.progress = progress;
    loading.set(path, job);
    job.finally(() => loading.delete(path)).catch(() => {});
    return job;
  }

  function track(job, onProgress) {
    if (onProgress) job.progress.add(onProgress);
    return job;
  }

  /**
   * What to draw for a FileData: {kind: "url", url} | {kind: "pixels", width, height,
   * channels, data} | {kind: "file", blob, mime}. Pixels and file bytes sent with the
   * value come first; anything else is asked for.
   */
  async function source(fd, { onProgress = null } = {}) {
    if (!fd || typeof fd.path !== "string") return null;
    if (isUrlValue(fd)) return { kind: "url", url: fd.path };
    const blob = (model.get("blobs") ?? {})[fd.path];
    if (blob && blob.kind === "pixels") return blob;
    if (blob && blob.kind === "file") return { kind: "file", mime: blob.mime, blob: new Blob([blob.data], { type: blob.mime }) };
    const entry = await fetchFile(fd.path, { onProgress });
    return { kind: "file", mime: entry.mime, blob: entry.blob };
  }

  /** Save a FileData as the browser's download (pixels are encoded by the kernel). */
  async function download(fd) {
    if (!fd) return;
    const name = fd.orig_name || String(fd.path).split("/").pop() || "file";
    if (isUrlValue(fd)) {
      const a = document.createElement("a");
      a.href = fd.path;
      a.download = name;
      a.target = "_blank";
      a.rel = "noopener";
      a.click();
      return;
    }
    const blob = (model.get("blobs") ?? {})[fd.path];
    if (blob && blob.kind === "file") {
      saveAs(new Blob([blob.data], { type: blob.mime }), name);
      return;
    }
    const entry = await fetchFile(fd.path);
    saveAs(entry.blob, name);
  }

  return { upload, fetchFile, source, download };
}
