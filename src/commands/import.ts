import { join } from 'node:path';
import { t } from '../i18n/messages.js';
import { InputError } from '../formats/input-error.js';
import { loadDataset } from '../load/dataset.js';
import { isWorkDocumentPath } from '../load/work-document.js';
import { findingAt } from '../model/finding.js';
import { renderCsv } from '../render/csv.js';
import { text } from '../render/sheet.js';
import { writeFolder } from '../render/write-folder.js';
import { EXIT, note, type GlobalOptions, type Io } from './common.js';

export interface ImportOptions {
  output: string;
  force?: boolean;
}

/**
 * `import 업무보고.txt -o dataset/`: the dataset a work report states, written as a dataset folder (info,
 * projects, budgets in the printed layout, headlines, components, targets, tables …), every cell as the
 * document prints it. The dataset is loaded first, so a document the readers refuse writes nothing; an
 * existing file is kept unless --force.
 */
export async function runImport(file: string, opts: ImportOptions, global: GlobalOptions, io: Io): Promise<number> {
  if (!isWorkDocumentPath(file)) throw new InputError([findingAt('document-format-unsupported', 'error', { file }, { file })]);
  const { source } = await loadDataset(file);
  const files = new Map<string, Buffer>();
  for (const part of source.document?.parts ?? []) {
    const rows = part.rows.map((r) => ({ style: 'item' as const, cells: r.cells.map(text) }));
    files.set(part.name, renderCsv([{ name: part.name, title: part.name, rows }], 'utf-8', part.name));
  }
  writeFolder(opts.output, files, !!opts.force);
  for (const rel of files.keys()) note(io, global, t(global.lang, 'written', { file: join(opts.output, rel) }));
  note(io, global, t(global.lang, 'import.written', { path: opts.output, count: files.size }));
  return EXIT.ok;
}
