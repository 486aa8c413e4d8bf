/** Excel's limits on a sheet name: at most 31 characters, none of []:*?/\, not starting or ending with '. */
const MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * Hands out sheet names that Excel accepts and that are unique in the workbook (case-insensitively, as
 * Excel compares them): a name already taken gets ` (2)`, ` (3)`, … within the 31 characters.
 */
export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const n of reserved) this.taken.add(n.toLowerCase());
  }

  claim(wanted: string): string {
    const base = clean(wanted) || 'Sheet';
    for (let i = 1; ; i++) {
      const suffix = i === 1 ? '' : ` (${i})`;
      const name = clean(base.slice(0, MAX - suffix.length)) + suffix;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

function clean(name: string): string {
  return name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim().replace(/'/g, APOSTROPHE);
}

/**
 * An apostrophe inside a name becomes ’: exceljs writes a print-title range without doubling it
 * (`'it's'!$1:$2`), which Excel "repairs" by dropping the print titles, and its streaming writer leaves no
 * documented way to write the name otherwise.
 */
export const APOSTROPHE = '’';

/** A project's sheet: its number and as much of its name as fits (`4 서울시민 안심 일자리사업(舊공공근로) 추진`). */
export function projectSheetName(id: string, name: string): string {
  return `${id} ${name}`;
}
