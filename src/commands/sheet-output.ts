import { t } from '../i18n/messages.js';
import type { DatasetInfo } from '../model/dataset.js';
import { renderCsv } from '../render/csv.js';
import { printedBook } from '../render/printed-book.js';
import type { Producer } from '../render/json-writer.js';
import type { Sheet } from '../render/sheet.js';
import { columnKey, renderText, wrapText } from '../render/text.js';
import type { OutputOptions } from './budget.js';
import { emit, note, STDIN, UsageError, type GlobalOptions, type Io } from './common.js';
import { terminalView } from './terminal.js';

/**
 * Writes a report in the format asked for: its sheets as a terminal table, CSV or XLSX, or its JSON.
 * Each is built only when asked for: a national budget's sheets alone cost more than its JSON. The JSON
 * comes as text or as bytes made on demand (a JsonWriter's Producer). One place, so every report
 * command treats -o, --force, --table and xlsx alike.
 */
export async function writeReport(sheets: () => Sheet[], json: () => string | Producer, opts: OutputOptions, global: GlobalOptions, io: Io, page: { inputs: readonly string[]; info: DatasetInfo; year: number | undefined }): Promise<void> {
  const toStdout = opts.output === undefined || opts.output === STDIN;
  let data: string | Uint8Array | Producer;
  if (opts.format === 'json') {
    data = json();
  } else if (opts.format === 'csv') {
    data = renderCsv(opts.table === undefined ? sheets() : [pickTable(sheets(), opts.table)], opts.encoding, toStdout ? t(global.lang, 'stdout-name') : opts.output!);
  } else if (opts.format === 'xlsx') {
    if (opts.output === undefined) throw new UsageError('xlsx-needs-output', {});
    const { renderXlsx } = await import('../render/xlsx.js');
    const year = page.year ?? page.info.year;
    const book = year === undefined ? { title: '', org: '', negative: opts.negative } : printedBook(page.info, year, global.lang, opts.negative);
    data = await renderXlsx(sheets(), book);
  } else {
    data = await terminalTables(sheets(), opts, global, io, toStdout);
  }
  await emit(data, opts.output, !!opts.force, io, global, page.inputs);
}

/** The sheets as terminal tables fitted to the terminal, and one note on stderr naming the columns left out. */
async function terminalTables(sheets: Sheet[], opts: OutputOptions, global: GlobalOptions, io: Io, toStdout: boolean): Promise<string> {
  const view = await terminalView(io, global, toStdout, !!opts.wide);
  const columns = opts.columns?.split(',').map((c) => c.trim()).filter((c) => c !== '');
  const tables = sheets.map((s) => renderText(s, { ...view, negative: opts.negative, ...(columns ? { columns } : {}) }));
  const headers = [...new Set(tables.flatMap((table) => table.headers))];
  const unknown = (columns ?? []).filter((c) => !headers.some((h) => columnKey(h) === columnKey(c)));
  // A name no table has would otherwise be passed over in silence (all columns shown when none matched).
  if (unknown.length > 0) throw new UsageError(unknown.some((c) => c.includes('=')) ? 'unknown-columns.mapping' : 'unknown-columns', { value: unknown.join(', '), columns: headers.join(', ') });
  const left = [...new Set(tables.flatMap((table) => table.left))];
  if (left.length > 0) note(io, global, wrapText(t(global.lang, 'table.columns-left', { width: view.width ?? 0, columns: left.join(', ') }), view.width, view.measure).join('\n'));
  return tables.flatMap((table, i) => [...(i > 0 ? [''] : []), ...table.lines]).join('\n') + '\n';
}

/** `--table NAME`: one table, by its name (`projects`) or its sheet name as shown; a usage error naming the others. */
function pickTable(sheets: Sheet[], name: string): Sheet {
  const found = sheets.find((s) => s.id === name || s.name === name);
  if (found === undefined) throw new UsageError('unknown-table', { value: name, tables: sheets.map((s) => s.id ?? s.name).join(', ') });
  return found;
}
