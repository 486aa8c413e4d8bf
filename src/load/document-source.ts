import { basename } from 'node:path';
import { findingAt } from '../model/finding.js';
import { InputError } from '../formats/input-error.js';
import type { PartName } from './dataset-parts.js';
import type { TableSource } from './table-source.js';
import { readWorkDocument } from './work-document.js';
import type { DocumentSpot } from './work-report/part-table.js';
import { recogniseReport, type RecognisedReport } from './work-report/recognise.js';

/**
 * A work report (업무보고) read as a dataset: its recognised parts are the tables the dataset readers take,
 * named as in a folder (`budgets.csv`, `tables/table-3.csv`) under the document's own file name, and every
 * cell keeps the spot it came from (`documentPlaces`) so that findings can point into the document.
 * A document in which nothing of a work report is found is refused with one sentence.
 */
export async function documentSource(path: string): Promise<TableSource> {
  const file = basename(path);
  const doc = await readWorkDocument(path, file);
  const report = recogniseReport(doc);
  if (!report.recognised) throw new InputError([findingAt('not-a-work-report', 'error', { file }, { file })]);
  return sourceOf(path, file, report);
}

function sourceOf(path: string, file: string, report: RecognisedReport): TableSource {
  const byName = new Map([...report.parts.values(), ...report.tables].map((p) => [p.name, p]));
  const places = new Map<string, DocumentSpot>();
  for (const part of byName.values()) for (const [k, v] of part.spots()) places.set(k, v);
  return {
    path,
    part: async (name: PartName) => report.parts.get(name)?.raw(file),
    table: async (ref) => byName.get(ref)?.raw(file),
    singleTable: async () => undefined,
    budgetCsv: () => undefined,
    files: () => [path],
    document: { file, places, parts: [...byName.values()] },
  };
}

