import { StringDecoder } from 'node:string_decoder';

/**
 * A small streaming XML tokenizer for a workbook's parts other than its sheets (workbook.xml, its
 * relationships, shared strings, styles, and every other part's DOCTYPE check): it hands over each tag
 * (the text between `<` and `>`) and each text run, holding back only an unfinished tag or text run, so
 * memory stays bounded by the longest single token however large the part is. Parts whose content is read
 * are checked for well-formedness as they stream (`strict`): tags nested and closed in order, attributes
 * written `name="value"`, no stray `&`; a part only checked for a DOCTYPE is not (Excel's VML drawings are
 * HTML-like, and their content means nothing here).
 */
export interface XmlHandler {
  tag(raw: string, name: string): void;
  text(text: string): void;
}

export class TokenTooLong extends Error {}

/** The part is not well-formed XML; `reason` says how (English, for --debug and the part's sentence). */
export class XmlMalformed extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class XmlScanner {
  private readonly decoder = new StringDecoder('utf8');
  private carry = '';
  private readonly open: string[] = [];
  private rooted = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxToken: number,
    private readonly strict = false,
  ) {}

  write(chunk: Buffer): void {
    const text = this.carry + this.decoder.write(chunk);
    // Everything before the last `<` is complete; the rest waits for the next chunk.
    const cut = text.lastIndexOf('<');
    const ready = cut < 0 ? text : text.slice(0, cut);
    this.carry = cut < 0 ? '' : text.slice(cut);
    if (this.carry.length > this.maxToken) throw new TokenTooLong();
    this.emit(ready);
  }

  end(): void {
    const rest = this.carry + this.decoder.end();
    this.carry = '';
    if (this.strict && rest.includes('<') && !/^<(?:[^>"']|"[^"]*"|'[^']*')*>/.test(rest.slice(rest.lastIndexOf('<')))) throw new XmlMalformed('an unfinished tag');
    this.emit(rest);
    if (!this.strict) return;
    if (this.open.length > 0) throw new XmlMalformed(`<${this.open[this.open.length - 1]}> is never closed`);
    if (!this.rooted) throw new XmlMalformed('no root element');
  }

  /** A text run may arrive in pieces (one per chunk); handlers that need it whole join them. */
  private emit(text: string): void {
    // A `>` inside a quoted attribute value is allowed (LibreOffice writes `formatCode="[>=100]0"`).
    const re = /<((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[2] !== undefined) {
        if (this.strict) this.checkText(m[2]);
        this.handler.text(m[2]);
      } else if (m[1] !== undefined) {
        const name = tagName(m[1]);
        if (this.strict) this.checkTag(m[1]);
        this.handler.tag(m[1], name);
      }
    }
  }

  private checkText(text: string): void {
    if (hasBadReference(text)) throw new XmlMalformed('an & that starts no entity');
    if (this.open.length === 0 && text.trim() !== '') throw new XmlMalformed('text outside the root element');
  }

  private checkTag(raw: string): void {
    const c = raw.charCodeAt(0);
    if (c === 0x3f /* ? */ || c === 0x21 /* ! */) return;
    if (c === 0x2f /* / */) {
      const top = this.open.pop();
      const full = raw.slice(1).trim();
      if (top !== full) throw new XmlMalformed(top === undefined ? `</${full}> closes nothing` : `</${full}> closes <${top}>`);
      return;
    }
    const full = /^[\w.:-]+/.exec(raw)?.[0];
    if (full === undefined || !ATTRIBUTES.test(raw.slice(full.length))) throw new XmlMalformed(`a malformed tag <${raw.slice(0, 40)}>`);
    if (hasBadReference(raw)) throw new XmlMalformed('an & that starts no entity');
    if (this.open.length === 0 && this.rooted) throw new XmlMalformed('a second root element');
    this.rooted = true;
    if (!raw.endsWith('/')) this.open.push(full);
  }
}

/** Zero or more `name="value"` (or single quotes) pairs, then an optional `/`: what may follow a tag's name. */
const ATTRIBUTES = /^(?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\/?$/;
const BAD_REFERENCE = /&(?!(?:#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);)/;

/** Whether XML text holds an `&` that starts no entity or character reference (not well-formed). */
export function hasBadReference(text: string): boolean {
  return BAD_REFERENCE.test(text);
}

/** `x:c r="A1"` → `c`; `/v` → `/v`; `!DOCTYPE ...` → `!DOCTYPE`. Namespace prefixes are dropped. */
function tagName(raw: string): string {
  const m = /^(\/?)(?:[\w.-]+:)?([!?]?[\w.-]*)/.exec(raw);
  return m ? m[1]! + m[2]! : '';
}

/** An attribute's value, entities decoded (`&amp;` in a sheet name). */
export function attr(raw: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(raw);
  if (!m) return undefined;
  return decodeXmlText(m[2] ?? m[3] ?? '');
}

/**
 * Text of an XML text run or attribute: the five predefined entities and numeric references decoded,
 * line ends normalised to `\n` (XML 1.0 §2.11). Workbooks declare no other entities (a DOCTYPE is
 * refused before anything is read).
 */
export function decodeXmlText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g, (whole, e: string) => {
    if (e[0] !== '#') return NAMED.get(e)!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const NAMED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['amp', '&'],
]);

/**
 * Excel's escape for characters XML cannot hold (`_x000D_`, ECMA-376 §22.9.2.19 ST_Xstring), decoded in
 * every string a cell holds: shared, inline and a formula's text result alike.
 */
export function decodeExcelEscapes(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}
