/**
 * JSON written straight into UTF-8 bytes, laid out exactly as `JSON.stringify(value, null, 2)` lays it
 * out, and handed on in chunks as they fill. For the national budget (1,600 rows, ~60,000 figures,
 * 2.9 MB) an object tree, its string (two bytes per character once a Korean name is in it) and that
 * string's UTF-8 copy took ~150 ms of a 0.7 s run here, mostly in fresh memory. This writes each byte
 * once into one reused 64 KiB buffer, and the reader of a pipe takes each chunk while the next is made.
 */
const CHUNK = 1 << 16;
const NEWLINE = 0x0a;
const QUOTE = 0x22;

/** Takes a chunk of output; the bytes are reused when it returns, so it copies what it keeps. */
export type ByteSink = (chunk: Uint8Array) => void;

/** Output made on demand, chunk by chunk, into a sink (stdout, or the temporary file of -o). */
export type Producer = (sink: ByteSink) => void;

export class JsonWriter {
  private buf: Buffer;
  private pos = 0;
  /** The open containers' closing brackets, and whether each has a member yet. */
  private readonly closers: number[] = [];
  private readonly filled: boolean[] = [];
  /** Digits of one figure, least significant first (see scaled). */
  private readonly digits = new Uint8Array(24);
  private lastScale = 1;
  private places = 0;
  /** Member prefixes by key (array elements apart), then by 2 × depth + comma; closing lines by 2 × depth + brace. */
  private readonly prefixes = new Map<string, Uint8Array[]>();
  private readonly elementPrefixes: Uint8Array[] = [];
  private readonly closings: Uint8Array[] = [];

  /** `chunkSize` is for tests of chunk boundaries. */
  constructor(
    private readonly sink: ByteSink,
    private readonly chunkSize = CHUNK,
  ) {
    this.buf = Buffer.allocUnsafeSlow(chunkSize);
  }

  /** Opens an object (`{`) or array (`[`) as the next value, named `key` inside an object. */
  open(bracket: '{' | '[', key?: string): this {
    this.next(key);
    this.byte(bracket === '{' ? 0x7b : 0x5b);
    this.closers.push(bracket === '{' ? 0x7d : 0x5d);
    this.filled.push(false);
    return this;
  }

  /** Closes the innermost container; an empty one stays `{}` or `[]`, as JSON.stringify writes it. */
  close(): this {
    const closer = this.closers.pop();
    if (closer === undefined) throw new Error('JsonWriter: close() without open()');
    if (!this.filled.pop()) {
      this.byte(closer);
      return this;
    }
    // Line break, indent and bracket, made once per depth and bracket.
    const slot = 2 * this.filled.length + (closer === 0x7d ? 1 : 0);
    this.segment((this.closings[slot] ??= Buffer.from(`\n${' '.repeat(2 * this.filled.length)}${String.fromCharCode(closer)}`, 'latin1')));
    return this;
  }

  /** A string value, or null. */
  string(value: string | null, key?: string): this {
    this.next(key);
    if (value === null) this.ascii('null');
    else this.quoted(value);
    return this;
  }

  /** A number (a JS number, written as JSON.stringify writes it). */
  number(value: number, key?: string): this {
    this.next(key);
    this.ascii(JSON.stringify(value));
    return this;
  }

  /**
   * An exact amount held as a safe integer count of smallest units (`scale` of them per unit, a power of
   * ten), as a string of its decimal text: what unitsText() writes (`1234.5`, no trailing zeros, never
   * `-0`), digit by digit, without making the string — a national budget has ~50,000 of them.
   */
  scaled(units: number, scale: number, key?: string): this {
    this.next(key);
    const { digits } = this;
    let x = Math.abs(units);
    let n = 0;
    do {
      digits[n++] = x % 10;
      x = Math.floor(x / 10);
    } while (x > 0);
    if (scale !== this.lastScale) {
      this.lastScale = scale;
      this.places = Math.round(Math.log10(scale));
    }
    const { places } = this;
    while (n <= places) digits[n++] = 0;
    // Fraction digits are digits[places-1 … 0]; trailing zeros (from digit 0 up) are dropped.
    let cut = 0;
    while (cut < places && digits[cut] === 0) cut++;
    this.room(n + 4);
    const { buf } = this;
    let p = this.pos;
    buf[p++] = QUOTE;
    if (units < 0) buf[p++] = 0x2d;
    for (let i = n - 1; i >= places; i--) buf[p++] = 0x30 + digits[i]!;
    if (cut < places) {
      buf[p++] = 0x2e;
      for (let i = places - 1; i >= cut; i--) buf[p++] = 0x30 + digits[i]!;
    }
    buf[p++] = QUOTE;
    this.pos = p;
    return this;
  }

  /** How many containers are open: a value written by raw() is indented for this depth. */
  get depth(): number {
    return this.filled.length;
  }

  /**
   * A value already laid out as JSON.stringify(…, null, 2) lays it out at this depth (the budget rows that
   * budget-json-rows.ts writes), named `key` inside an object.
   */
  raw(bytes: Uint8Array, key?: string): this {
    this.next(key);
    this.segment(bytes);
    return this;
  }

  /** Ends the document: the final line break, and the last chunk to the sink. */
  finish(): void {
    if (this.closers.length > 0) throw new Error('JsonWriter: finish() with open containers');
    this.byte(NEWLINE);
    this.flush();
  }

  /**
   * Before a value: the comma, line break and indent of a member, and its key inside an object. These are
   * the same bytes on every row, so each (key, depth, comma) is encoded once and copied in one call:
   * writing them a byte at a time cost more than the figures while the code was still cold (a command
   * runs for well under a second, mostly before V8 has optimised it).
   */
  private next(key: string | undefined): void {
    const depth = this.filled.length;
    if (depth === 0) return;
    const comma = this.filled[depth - 1] ? 1 : 0;
    this.filled[depth - 1] = true;
    let byDepth = key === undefined ? this.elementPrefixes : this.prefixes.get(key);
    if (byDepth === undefined) {
      byDepth = [];
      this.prefixes.set(key!, byDepth);
    }
    const slot = 2 * depth + comma;
    this.segment((byDepth[slot] ??= Buffer.from(`${comma ? ',' : ''}\n${' '.repeat(2 * depth)}${key === undefined ? '' : `${JSON.stringify(key)}: `}`, 'utf8')));
  }

  private segment(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** A string in quotes: plain printable ASCII (rates, numbers, ids) byte by byte, anything else as JSON.stringify escapes it. */
  private quoted(s: string): void {
    const n = s.length;
    if (n <= 64) {
      let plain = true;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x20 || c > 0x7e || c === QUOTE || c === 0x5c) {
          plain = false;
          break;
        }
      }
      if (plain) {
        this.room(n + 2);
        const { buf } = this;
        let p = this.pos;
        buf[p++] = QUOTE;
        for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
        buf[p++] = QUOTE;
        this.pos = p;
        return;
      }
    }
    const text = JSON.stringify(s);
    this.room(3 * text.length);
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  /** Text known to be ASCII (literals, numbers). */
  private ascii(text: string): void {
    const n = text.length;
    this.room(n);
    const { buf } = this;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = text.charCodeAt(i);
    this.pos = p;
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.pos++] = b;
  }

  /** At least n free bytes in the buffer: else what it holds goes to the sink, and it starts again. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    // One value larger than a chunk (a very long name): a buffer of its size, then back to the chunk size.
    if (n > this.buf.length || this.buf.length > this.chunkSize) this.buf = Buffer.allocUnsafeSlow(Math.max(this.chunkSize, n));
  }

  private flush(): void {
    if (this.pos > 0) this.sink(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }
}

/**
 * A small value as the JSON text every command writes: laid out by JSON.stringify(value, null, 2), with a
 * final line break (the layout JsonWriter keeps for the national budget).
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
