import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { XmlScanner, type XmlHandler } from './xml-scan.js';

/** A workbook's zip, opened from memory with entries read on demand (yauzl checks each inflated size). */
export function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

/** Two entries under one name: readers disagree on which one is the part (one copy read, another written). */
export class DuplicateEntry extends Error {
  constructor(readonly part: string) {
    super(`${part} twice`);
  }
}

/** The zip's directory; more than `max` entries is refused before any is listed, a name given twice as soon as it is seen. */
export function readEntries(zip: ZipFile, max: number): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > max) {
      reject(new Error(`${zip.entryCount} entries (at most ${max})`));
      return;
    }
    const entries: Entry[] = [];
    const seen = new Set<string>();
    zip.on('entry', (e: Entry) => {
      // Zip names are compared as the part names they are (OPC: case-insensitive, no leading slash).
      const key = e.fileName.replace(/^\//, '').toLowerCase();
      if (seen.has(key)) {
        reject(new DuplicateEntry(e.fileName));
        return;
      }
      seen.add(key);
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** An entry's inflated bytes as a stream of chunks (yauzl's: 16 KiB each; it checks the declared size). */
export function entryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return rawStream(zip, entry, true);
}

/** yauzl takes `decompress` for deflated entries only; a stored entry (method 0) is read as it is. */
function rawStream(zip: ZipFile, entry: Entry, decompress: boolean): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const options = entry.compressionMethod === 8 ? { decompress } : {};
    zip.openReadStream(entry, options, (err, stream) => (err ? reject(err) : resolve(stream)));
  });
}

const BIG_CHUNK = 1 << 20;

/**
 * An entry's inflated bytes in 1 MiB chunks, for a large part: yauzl inflates in 16 KiB chunks, and on a
 * 113 MB sheet their per-chunk cost is 40 % of the inflating. Checks, as yauzl does, that the part
 * inflates to exactly the size the directory declares (the same "too many/few bytes" errors).
 */
export async function* bigEntryChunks(zip: ZipFile, entry: Entry): AsyncGenerator<Buffer> {
  if (entry.compressionMethod !== 8) {
    yield* (await entryStream(zip, entry)) as AsyncIterable<Buffer>;
    return;
  }
  const raw = await rawStream(zip, entry, false);
  const inflate = createInflateRaw({ chunkSize: BIG_CHUNK });
  raw.on('error', (e) => inflate.destroy(e));
  raw.pipe(inflate);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize) throw new Error('too many bytes in the stream');
      yield chunk;
    }
    if (total < entry.uncompressedSize) throw new Error('too few bytes in the stream');
  } finally {
    raw.destroy();
    inflate.destroy();
  }
}

/** Streams an entry through the XML tokenizer (checking it is well-formed when `strict`); memory stays bounded by `maxToken`. */
export async function scanEntry(zip: ZipFile, entry: Entry, handler: XmlHandler, maxToken: number, strict = false): Promise<void> {
  const stream = await entryStream(zip, entry);
  const scanner = new XmlScanner(handler, maxToken, strict);
  try {
    for await (const chunk of stream) scanner.write(chunk as Buffer);
    scanner.end();
  } finally {
    stream.destroy();
  }
}
