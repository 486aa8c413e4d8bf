import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';

/** A zip entry: its path and its uncompressed bytes. */
export interface ZipPart {
  name: string;
  data: Buffer;
}

/**
 * A part to write: its bytes, or chunks made while it is deflated (a 10 MB sheet is never whole in
 * memory), or a function called when its turn comes (a table that the parts before it fill).
 */
export interface OutPart {
  name: string;
  data: Buffer | Iterable<Buffer> | (() => Buffer);
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/**
 * The parts of a zip whose entries are stored uncompressed — what exceljs writes when asked for
 * `compression: 'STORE'`, so that the report can deflate natively (see report-xlsx.ts). Not a general
 * zip reader: anything else (a compressed entry, no end record) is a bug of ours and throws.
 */
export function storedParts(zip: Buffer): ZipPart[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) throw new Error('zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('zip: bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (method !== 0) throw new Error(`zip: ${name} is not stored`);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`zip: bad local header of ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    parts.push({ name, data: zip.subarray(start, start + size) });
  }
  return parts;
}

/**
 * A zip of the parts, each deflated by Node's zlib (native, several times faster than the JavaScript
 * deflate exceljs uses, which matters for a 20 MB sheet). Folders are implied by the names, as Excel
 * writes them. Sizes must stay under 4 GiB (no ZIP64): a workbook here is a few tens of MB.
 */
export async function zipParts(parts: readonly OutPart[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data: given } of parts) {
    const data = typeof given === 'function' ? given() : given;
    const { packed, crc, size } = Buffer.isBuffer(data) ? { packed: deflateRawSync(data, { level: LEVEL }), crc: crc32(data), size: data.length } : await deflateChunks(data);
    if (size > 0xffffffff || offset > 0xffffffff) throw new RangeError(`zip: ${name} is over 4 GiB`);
    const fileName = Buffer.from(name, 'utf8');
    // Version 2.0, UTF-8 names (bit 11), deflate, no date (1980-01-01): the same bytes for the same content.
    const fields = (h: Buffer, o: number): void => {
      h.writeUInt16LE(20, o);
      h.writeUInt16LE(0x0800, o + 2);
      h.writeUInt16LE(8, o + 4);
      h.writeUInt16LE(0, o + 6);
      h.writeUInt16LE(0x21, o + 8);
      h.writeUInt32LE(crc, o + 10);
      h.writeUInt32LE(packed.length, o + 14);
      h.writeUInt32LE(size, o + 18);
      h.writeUInt16LE(fileName.length, o + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, packed);
    directory.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

/** Level 1: a third of level 6's time on a 15 MB sheet, for a file about a fifth larger. */
const LEVEL = 1;

/**
 * Deflates chunks as they are made, with their CRC and total size. zlib works on libuv's thread pool:
 * with room for a few MB queued, the next chunks are made on the main thread meanwhile (two cores here).
 */
async function deflateChunks(chunks: Iterable<Buffer>): Promise<{ packed: Buffer; crc: number; size: number }> {
  // Transform's option, which zlib passes on (its typings do not list it).
  const deflater = createDeflateRaw({ level: LEVEL, writableHighWaterMark: 1 << 22 } as ZlibOptions);
  const out: Buffer[] = [];
  deflater.on('data', (b: Buffer) => out.push(b));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflater.write(chunk)) await once(deflater, 'drain');
  }
  deflater.end();
  await once(deflater, 'end');
  return { packed: Buffer.concat(out), crc, size };
}
