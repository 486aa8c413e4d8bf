import { StringDecoder } from 'node:string_decoder';

/**
 * A minimal streaming XML tokenizer for inspecting workbook parts before exceljs parses them: it hands over
 * each tag (the text between `<` and `>`) and each text run, holding back only an unfinished tag or text run,
 * so memory stays bounded by the longest single token however large the part is.
 */
export interface XmlHandler {
  tag(raw: string, name: string): void;
  text(text: string): void;
}

export class TokenTooLong extends Error {}

export class XmlScanner {
  private readonly decoder = new StringDecoder('utf8');
  private carry = '';

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxToken: number,
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
    this.emit(this.carry + this.decoder.end());
    this.carry = '';
  }

  /** A text run may arrive in pieces (one per chunk); handlers that need it whole join them. */
  private emit(text: string): void {
    const re = /<([^>]*)>|([^<]+)/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[2] !== undefined) {
        this.handler.text(m[2]);
      } else if (m[1] !== undefined) {
        this.handler.tag(m[1], tagName(m[1]));
      }
    }
  }
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
  return (m[2] ?? m[3] ?? '').replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ENTITIES.get(e) ?? '');
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['amp', '&'],
]);
