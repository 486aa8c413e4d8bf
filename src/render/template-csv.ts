import type { InputTemplate } from '../model/input-template.js';
import { renderCsv } from './csv.js';
import { text } from './sheet.js';
import { instructionsText, type Instructions } from './template-instructions.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The template as a dataset folder: one CSV per input table (header and example rows, UTF-8 with a BOM so
 * that Excel opens it as Unicode) and the instructions as text. Keys are paths relative to the folder.
 */
export function renderTemplateCsv(template: InputTemplate, ins: Instructions, instructionsFile: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const table of template.tables) {
    const rows = [table.columns.map((c) => c.header), ...table.examples].map((cells) => ({ style: 'item' as const, cells: cells.map(text) }));
    files.set(table.file, renderCsv([{ name: table.sheet, title: table.sheet, rows }], 'utf-8'));
  }
  files.set(instructionsFile, Buffer.concat([BOM, Buffer.from(instructionsText(ins).replace(/\n/g, '\r\n'), 'utf8')]));
  return files;
}
