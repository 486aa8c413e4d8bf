/**
 * JSON written straight into UTF-8 bytes, laid out exactly as `JSON.stringify(value, null, 2)` lays it
 * out. For the national budget (1,600 rows, ~60,000 figures, 2.9 MB) an object tree, its string (two
 * bytes per character once a Korean name is in it) and that string's UTF-8 copy took ~150 ms of a 0.7 s
 * run here, mostly in fresh memory; this writes each byte once, into 1 MiB chunks.
 */
const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const QUOTE = 0x22;

export class JsonWriter {
  private readonly chunks: Buffer[] = [];
  private buf = Buffer.allocUnsafeSlow(CHUNK);
  private pos = 0;
  /** The open containers' closing brackets, and whether each has a member yet. */
  private readonly closers: number[] = [];
  private readonly filled: boolean[] = [];
  /** Object keys recur on every row: each is encoded once, with its `": "`. */
  private readonly keys = new Map<string, Uint8Array>();

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
    if (this.filled.pop()) this.indent();
    this.byte(closer);
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

  /** The bytes written, with the final line break: one or more chunks, to be written in order. */
  finish(): Buffer[] {
    if (this.closers.length > 0) throw new Error('JsonWriter: finish() with open containers');
    this.byte(NEWLINE);
    this.chunks.push(this.buf.subarray(0, this.pos));
    return this.chunks;
  }

  /** Before a value: the comma, line break and indent of a member, and its key inside an object. */
  private next(key: string | undefined): void {
    const depth = this.filled.length;
    if (depth === 0) return;
    if (this.filled[depth - 1]) this.byte(0x2c);
    this.filled[depth - 1] = true;
    this.indent();
    if (key === undefined) return;
    let k = this.keys.get(key);
    if (k === undefined) {
      k = Buffer.from(`${JSON.stringify(key)}: `, 'utf8');
      this.keys.set(key, k);
    }
    this.bytes(k);
  }

  private indent(): void {
    const spaces = 2 * this.filled.length;
    this.room(1 + spaces);
    const { buf } = this;
    let p = this.pos;
    buf[p++] = NEWLINE;
    for (let i = 0; i < spaces; i++) buf[p++] = SPACE;
    this.pos = p;
  }

  /** A string in quotes: plain printable ASCII (every figure) byte by byte, anything else as JSON.stringify escapes it. */
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

  /**
   * Short runs of bytes (keys) copied in a loop: Buffer#copy and #fill check their arguments in JS on
   * every call, which cost more than the copy for a few bytes (~25 ms over a national budget here).
   */
  private bytes(b: Uint8Array): void {
    const n = b.length;
    this.room(n);
    const { buf } = this;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = b[i]!;
    this.pos = p;
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.pos++] = b;
  }

  /** At least n free bytes in the current chunk: else the chunk is done and a new one starts. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.chunks.push(this.buf.subarray(0, this.pos));
    this.buf = Buffer.allocUnsafeSlow(Math.max(CHUNK, n));
    this.pos = 0;
  }
}
