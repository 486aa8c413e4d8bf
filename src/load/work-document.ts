import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileProblem, InputError, regularFile } from '../formats/input-error.js';
import { findingAt } from '../model/finding.js';
import { readReportText } from '../formats/report-text.js';
import type { WorkDocument } from '../model/document.js';

/** The file extensions read as a work report (업무보고) rather than as a dataset. */
const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.hwpx'];

export function isWorkDocumentPath(path: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extname(path).toLowerCase());
}

/**
 * A work report as the document model, whichever form the department saved it in: 한글's text export
 * (`.txt`, or the same pasted into `.md`) or its own file (`.hwpx`). `file` is the name messages use.
 */
export async function readWorkDocument(path: string, file: string): Promise<WorkDocument> {
  regularFile(path, file);
  const ext = extname(path).toLowerCase();
  // HWPX before the bytes are read whole: its reader opens the zip itself, with the package guards.
  if (ext === '.hwpx') return (await import('../formats/hwpx.js')).readHwpxDocument(path, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw fileProblem(file, e);
  }
  if (ext === '.txt' || ext === '.md') return readReportText(bytes, file);
  throw new InputError([findingAt('document-format-unsupported', 'error', { file }, { file })]);
}
