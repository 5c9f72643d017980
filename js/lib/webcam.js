// The webcam source: a live <video> (mirrored if asked), snapshots as PNG blobs; and the
// clipboard source of the image views.

import { h } from "./dom.js";

export function createWebcam(ctx) {
  const video = h("video", { class: "nbb-webcam-video", autoplay: true, muted: true, playsInline: true, dataset: { nbblocksPart: "webcam-video" } });
  let stream = null;
  let mirror = true;

  async function start({ constraints = null, mirrored = true } = {}) {
    mirror = mirrored !== false;
    video.classList.toggle("nbb-mirrored", mirror);
    if (stream) return;
    if (!navigator.mediaDevices?.getUserMedia) throw new Error("this browser gives no access to a webcam");
    stream = await navigator.mediaDevices.getUserMedia({ video: constraints && Object.keys(constraints).length ? constraints : true, audio: false });
    video.srcObject = stream;
    await video.play().catch(() => {});
    if (!video.videoWidth) {
      await new Promise((resolve) => video.addEventListener("loadedmetadata", resolve, { once: true }));
    }
  }

  function stop() {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
  }

  /** The current frame as a Blob (PNG unless `type` says otherwise), mirrored like the preview. */
  function capture(type = "image/png") {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!width || !height) return Promise.reject(new Error("the webcam has no picture yet"));
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext("2d");
    if (mirror) {
      g.translate(width, 0);
      g.scale(-1, 1);
    }
    g.drawImage(video, 0, 0, width, height);
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the frame could not be captured"))), type));
  }

  ctx.signal.addEventListener("abort", stop, { once: true });
  return { video, start, stop, capture, live: () => stream !== null };
}

/** The first image on the clipboard (navigator.clipboard.read), or null. */
export async function clipboardImage() {
  if (!navigator.clipboard?.read) throw new Error("this browser does not let the page read the clipboard; press Ctrl+V instead");
  for (const item of await navigator.clipboard.read()) {
    const type = item.types.find((t) => t.startsWith("image/"));
    if (type) return item.getType(type);
  }
  return null;
}

/** Image files in a paste event. */
export function pastedImages(event) {
  return [...(event.clipboardData?.files ?? [])].filter((f) => f.type.startsWith("image/"));
}

/**
 * The clipboard source of an image view: Ctrl+V on the block, and the returned `paste()`
 * for its button; each calls `take(blob, "clipboard", name)` while `enabled()`.
 */
export function clipboardSource(ctx, { enabled, take, onError }) {
  ctx.listen(ctx.root, "paste", (event) => {
    if (!enabled()) return;
    const file = pastedImages(event)[0];
    if (!file) return;
    event.preventDefault();
    take(file, "clipboard", file.name && file.name !== "image.png" ? file.name : "clipboard.png");
  });
  return async function paste() {
    try {
      const blob = await clipboardImage();
      if (!blob) throw new Error("there is no image on the clipboard");
      await take(blob, "clipboard", `clipboard.${(blob.type.split("/")[1] || "png").replace("svg+xml", "svg")}`);
    } catch (error) {
      onError(error);
    }
  };
}
