/**
 * Reads a file the CLI was given as UTF-8 text, refusing what cannot be a feed before it
 * costs minutes or gigabytes: a device or pipe that never ends (`/dev/zero`), a file over the
 * size cap, or binary data (JSON text never contains a NUL byte).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Far above any real feed (the largest sample is about 1 MB) and below what Node can hold as one string. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; reason: string };

export function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): TextFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let read: number;
      try {
        read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error) {
        return { ok: false, reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
      }
      if (read === 0) break;
      if (chunk.subarray(0, read).includes(0)) {
        return { ok: false, reason: 'is not a text file (it contains NUL bytes; a feed is UTF-8 JSON text)' };
      }
      size += read;
      if (size > maxBytes) return { ok: false, reason: `is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; a feed is much smaller` };
      chunks.push(chunk.subarray(0, read));
    }
    return { ok: true, text: Buffer.concat(chunks, size).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}
