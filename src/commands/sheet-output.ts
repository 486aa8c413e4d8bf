import type { Lang } from '../i18n/lang.js';
import type { DatasetInfo } from '../model/dataset.js';
import { renderCsv } from '../render/csv.js';
import { printedBook } from '../render/printed-book.js';
import type { Producer } from '../render/json-writer.js';
import type { Sheet } from '../render/sheet.js';
import { renderText } from '../render/text.js';
import type { OutputOptions } from './budget.js';
import { emit, useColor, UsageError, type Io } from './common.js';

/**
 * Writes a report in the format asked for: its sheets as a terminal table, CSV or XLSX, or its JSON.
 * Each is built only when asked for: a national budget's sheets alone cost more than its JSON. The JSON
 * comes as text or as bytes made on demand (a JsonWriter's Producer). One place, so every report
 * command treats -o, --force and xlsx alike.
 */
export async function writeReport(sheets: () => Sheet[], json: () => string | Producer, opts: OutputOptions, io: Io, page: { inputs: readonly string[]; info: DatasetInfo; year: number | undefined; lang: Lang }): Promise<void> {
  let data: string | Uint8Array | Producer;
  if (opts.format === 'json') {
    data = json();
  } else if (opts.format === 'csv') {
    data = renderCsv(sheets(), opts.encoding);
  } else if (opts.format === 'xlsx') {
    if (opts.output === undefined) throw new UsageError('xlsx-needs-output', {});
    const { renderXlsx } = await import('../render/xlsx.js');
    const year = page.year ?? page.info.year;
    const book = year === undefined ? { title: '', org: '', negative: opts.negative } : printedBook(page.info, year, page.lang, opts.negative);
    data = await renderXlsx(sheets(), book);
  } else {
    const color = opts.output === undefined && useColor(io);
    data = sheets().flatMap((s, i) => [...(i > 0 ? [''] : []), ...renderText(s, { color, negative: opts.negative })]).join('\n') + '\n';
  }
  await emit(data, opts.output, !!opts.force, io, page.inputs);
}
