import type { DocumentBlock, DocumentPlace } from '../model/document.js';
import { resolveGrid, GridProblem, type PlacedCell } from './table-grid.js';
import { attr, decodeXmlText, type XmlHandler } from './xml-scan.js';
import { packageFinding, Refused } from './zip-package.js';

/**
 * Reads one section part of an HWPX document (`Contents/section0.xml`, OWPML) into blocks, as its tokens
 * stream by. A top-level `hp:p` is a paragraph: its text is that of its `hp:run`/`hp:t`, `hp:lineBreak` and
 * `hp:tab` inside `hp:t` kept as '\n' and '\t'. A table (`hp:tbl`, inside a run) becomes a block of its own
 * after its paragraph's text, its cells (`hp:tc`) placed by `hp:cellAddr` and merged by `hp:cellSpan`; a
 * cell's text joins its paragraphs with '\n'. A table inside a cell is a block of its own too, right after
 * the table holding it (the outer cell keeps its own paragraphs' text). Text boxes and captions give
 * paragraphs of their own, placed at the paragraph they are anchored in; page headers and footers, notes
 * and hidden comments are not the report's body and are left out.
 */

/**
 * Containers whose text is not the body: repeated on every page, or set beside the text; and the
 * alternatives of an `hp:switch` other than its `hp:default`, which holds the same content again.
 */
const SET_ASIDE = new Set(['header', 'footer', 'footNote', 'endNote', 'hiddenComment', 'case']);
/** Containers whose paragraphs are paragraphs of their own (a title in a box, a table's caption). */
const BOXES = new Set(['drawText', 'caption']);
/** Characters `hp:t` holds as elements. */
const INLINE: ReadonlyMap<string, string> = new Map([
  ['lineBreak', '\n'],
  ['tab', '\t'],
  ['nbSpace', ' '],
  ['fwSpace', ' '],
  ['hyphen', '-'],
]);

/** A block to come after the top-level paragraph's text, in the order it opened; filled when it closes. */
interface Slot {
  block?: DocumentBlock;
}

interface Paragraph {
  type: 'p';
  text: string;
  /** Raw text pieces not yet decoded (an entity may be split between two chunks). */
  raw: string[];
  owner: 'top' | 'cell' | 'box' | 'aside';
  slot?: Slot;
}

interface TableBuild {
  type: 'tbl';
  number: number;
  rows: number | undefined;
  columns: number | undefined;
  cells: PlacedCell[];
  row: number;
  /** The column after the last cell of the current `hp:tr`: where a cell without `hp:cellAddr` goes. */
  next: number;
  slot: Slot;
}

interface CellBuild {
  type: 'tc';
  paragraphs: string[];
  row?: number;
  column?: number;
  rowSpan: number;
  colSpan: number;
}

type Frame = Paragraph | TableBuild | CellBuild | { type: 'box' } | { type: 'aside' };

/** Shared across the sections of one document: tables are numbered through the whole document, cells counted against the limit. */
export interface DocumentCounters {
  tables: number;
  cells: number;
}

export class SectionReader implements XmlHandler {
  /** The section's blocks in order; a slot stays empty when what it was kept for had no text. */
  private readonly out: Slot[] = [];
  private readonly stack: Frame[] = [];
  private paragraphs = 0;
  private top: { place: DocumentPlace; slots: Slot[] } | undefined;
  private inText: Paragraph | undefined;
  private aside = 0;

  constructor(
    private readonly file: string,
    private readonly part: string,
    private readonly section: number,
    private readonly counters: DocumentCounters,
    private readonly maxCells: number,
  ) {}

  tag(raw: string, name: string): void {
    const closing = name.startsWith('/');
    const local = closing ? name.slice(1) : name;
    const empty = !closing && raw.endsWith('/');
    if (this.inText) {
      if (local === 't' && closing) {
        this.flush(this.inText);
        this.inText = undefined;
      } else if (!closing) {
        this.flush(this.inText);
        this.inText.text += INLINE.get(local) ?? '';
      }
      return;
    }
    if (closing) this.close(local);
    else {
      this.open(local, raw);
      if (empty) this.close(local);
    }
  }

  text(text: string): void {
    this.inText?.raw.push(text);
  }

  get blocks(): DocumentBlock[] {
    return this.out.flatMap((s) => (s.block ? [s.block] : []));
  }

  private open(name: string, raw: string): void {
    switch (name) {
      case 'p':
        this.stack.push(this.paragraph());
        return;
      case 't': {
        const p = this.textParagraph();
        if (p && !raw.endsWith('/')) this.inText = p;
        return;
      }
      case 'tbl':
        this.stack.push(this.aside > 0 ? { type: 'aside' } : this.table(raw));
        if (this.aside > 0) this.aside++;
        return;
      case 'tr': {
        const t = this.current();
        if (t?.type === 'tbl') {
          t.row++;
          t.next = 0;
        }
        return;
      }
      case 'tc':
        this.stack.push({ type: 'tc', paragraphs: [], rowSpan: 1, colSpan: 1 });
        return;
      case 'cellAddr':
      case 'cellSpan': {
        const c = this.current();
        if (c?.type !== 'tc') return;
        if (name === 'cellAddr') {
          c.row = count(raw, 'rowAddr');
          c.column = count(raw, 'colAddr');
        } else {
          c.rowSpan = Math.max(1, count(raw, 'rowSpan') ?? 1);
          c.colSpan = Math.max(1, count(raw, 'colSpan') ?? 1);
        }
        return;
      }
      default:
        if (SET_ASIDE.has(name)) {
          this.stack.push({ type: 'aside' });
          this.aside++;
        } else if (BOXES.has(name)) this.stack.push({ type: 'box' });
    }
  }

  private close(name: string): void {
    const frame = this.current();
    if (!frame || !closes(frame, name)) return;
    this.stack.pop();
    if (frame.type === 'aside') this.aside--;
    else if (frame.type === 'p') this.endParagraph(frame);
    else if (frame.type === 'tc') this.endCell(frame);
    else if (frame.type === 'tbl') this.endTable(frame);
  }

  private paragraph(): Paragraph {
    if (this.stack.length === 0) {
      this.paragraphs++;
      this.top = { place: { section: this.section, paragraph: this.paragraphs }, slots: [] };
      return { type: 'p', text: '', raw: [], owner: 'top' };
    }
    if (this.aside > 0) return { type: 'p', text: '', raw: [], owner: 'aside' };
    if (this.current()?.type === 'tc') return { type: 'p', text: '', raw: [], owner: 'cell' };
    return { type: 'p', text: '', raw: [], owner: 'box', slot: this.slot() };
  }

  private table(raw: string): TableBuild {
    const rows = count(raw, 'rowCnt');
    const columns = count(raw, 'colCnt');
    const number = ++this.counters.tables;
    if (rows !== undefined && columns !== undefined) this.countCells(rows * columns, number);
    return { type: 'tbl', number, rows, columns, cells: [], row: -1, next: 0, slot: this.slot() };
  }

  /** A place among the blocks that follow the top-level paragraph's text (or the section's blocks, outside any paragraph). */
  private slot(): Slot {
    const slot: Slot = {};
    (this.top?.slots ?? this.out).push(slot);
    return slot;
  }

  private endParagraph(p: Paragraph): void {
    this.flush(p);
    const text = p.text.trimEnd();
    if (p.owner === 'cell') (this.current() as CellBuild).paragraphs.push(text);
    else if (p.owner === 'box' && text.trim() !== '') p.slot!.block = { kind: 'paragraph', text, place: this.place() };
    else if (p.owner === 'top' && this.top) {
      if (text.trim() !== '') this.out.push({ block: { kind: 'paragraph', text, place: this.top.place } });
      this.out.push(...this.top.slots);
      this.top = undefined;
    }
  }

  private endCell(c: CellBuild): void {
    const t = this.current();
    if (t?.type !== 'tbl') return;
    const row = c.row ?? Math.max(0, t.row);
    const column = c.column ?? t.next;
    t.next = column + c.colSpan;
    t.cells.push({ row, column, rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.paragraphs.join('\n').trimEnd() });
    if (this.counters.cells + t.cells.length > this.maxCells) this.countCells(t.cells.length, t.number);
  }

  private endTable(t: TableBuild): void {
    const rows = t.rows ?? t.cells.reduce((n, c) => Math.max(n, c.row + c.rowSpan), 0);
    const columns = t.columns ?? t.cells.reduce((n, c) => Math.max(n, c.column + c.colSpan), 0);
    if (t.rows === undefined || t.columns === undefined) this.countCells(rows * columns, t.number);
    let grid;
    try {
      grid = resolveGrid(t.cells, rows, columns);
    } catch (e) {
      if (!(e instanceof GridProblem)) throw e;
      throw new Refused(this.gridFinding(e, t.number, rows, columns));
    }
    this.counters.cells += rows * columns;
    t.slot.block = { kind: 'table', number: t.number, cells: grid.cells, spans: grid.spans, place: this.place() };
  }

  private countCells(cells: number, table: number): void {
    if (this.counters.cells + cells > this.maxCells) {
      throw new Refused(packageFinding('hwpx', 'too-many-cells', this.file, { part: this.part, table: String(table), limit: String(this.maxCells) }));
    }
  }

  private gridFinding(e: GridProblem, table: number, rows: number, columns: number) {
    const at = { part: this.part, table: String(table), row: String(e.cell.row + 1), column: String(e.cell.column + 1) };
    if (e.kind === 'outside') {
      return packageFinding('hwpx', 'cell-outside', this.file, { ...at, rowSpan: String(e.cell.rowSpan), colSpan: String(e.cell.colSpan), rows: String(rows), columns: String(columns) });
    }
    return packageFinding('hwpx', 'cell-overlap', this.file, { ...at, otherRow: String(e.other!.row + 1), otherColumn: String(e.other!.column + 1) });
  }

  private place(): DocumentPlace {
    return this.top?.place ?? { section: this.section };
  }

  private flush(p: Paragraph): void {
    if (p.raw.length === 0) return;
    p.text += decodeXmlText(p.raw.join(''));
    p.raw = [];
  }

  private current(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** The paragraph a `hp:t` belongs to: the innermost one, unless something set aside stands between them. */
  private textParagraph(): Paragraph | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i]!;
      if (frame.type === 'aside') return undefined;
      if (frame.type === 'p') return frame;
    }
    return undefined;
  }
}

/** Whether a closing tag ends the frame on top (the part is checked well-formed as it streams, so tags pair). */
function closes(frame: Frame, name: string): boolean {
  if (frame.type === 'aside') return SET_ASIDE.has(name) || name === 'tbl';
  if (frame.type === 'box') return BOXES.has(name);
  return frame.type === name;
}

/** A count or position attribute (`rowCnt="6"`): a non-negative integer, or undefined when absent or not one. */
function count(raw: string, name: string): number | undefined {
  const v = attr(raw, name);
  return v !== undefined && /^\d{1,9}$/.test(v) ? Number(v) : undefined;
}
