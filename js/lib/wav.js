// 16-bit PCM WAV files made in the page: microphone recordings, stream chunks and trimmed
// audio travel to the kernel as WAV, which it reads without ffmpeg.

/** A WAV Blob of Float32 channel data (all channels the same length), 16-bit PCM. */
export function encodeWav(channels, sampleRate) {
  const count = channels.length;
  const frames = count ? channels[0].length : 0;
  const bytes = frames * count * 2;
  const buffer = new ArrayBuffer(44 + bytes);
  const view = new DataView(buffer);
  const text = (at, s) => { for (let i = 0; i < s.length; i += 1) view.setUint8(at + i, s.charCodeAt(i)); };
  text(0, "RIFF");
  view.setUint32(4, 36 + bytes, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, count, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * count * 2, true);
  view.setUint16(32, count * 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, bytes, true);
  const out = new Int16Array(buffer, 44, frames * count);
  for (let i = 0; i < frames; i += 1) {
    for (let c = 0; c < count; c += 1) {
      const s = Math.max(-1, Math.min(1, channels[c][i]));
      out[i * count + c] = s < 0 ? Math.round(s * 32768) : Math.round(s * 32767);
    }
  }
  return new Blob([buffer], { type: "audio/wav" });
}

/** The channels of an AudioBuffer between `start` and `end` seconds, resampled to `rate`. */
export async function sliceBuffer(buffer, start, end, rate) {
  const from = Math.max(0, Math.floor(start * buffer.sampleRate));
  const to = Math.min(buffer.length, Math.ceil(end * buffer.sampleRate));
  const length = Math.max(1, to - from);
  const cut = new AudioBuffer({ length, numberOfChannels: buffer.numberOfChannels, sampleRate: buffer.sampleRate });
  for (let c = 0; c < buffer.numberOfChannels; c += 1) cut.copyToChannel(buffer.getChannelData(c).subarray(from, from + length), c);
  if (!rate || rate === buffer.sampleRate) return cut;
  const frames = Math.max(1, Math.round(length * rate / buffer.sampleRate));
  const offline = new OfflineAudioContext(buffer.numberOfChannels, frames, rate);
  const source = offline.createBufferSource();
  source.buffer = cut;
  source.connect(offline.destination);
  source.start();
  return offline.startRendering();
}

/** A WAV Blob of an AudioBuffer. */
export function bufferToWav(buffer) {
  const channels = [];
  for (let c = 0; c < buffer.numberOfChannels; c += 1) channels.push(buffer.getChannelData(c));
  return encodeWav(channels, buffer.sampleRate);
}
