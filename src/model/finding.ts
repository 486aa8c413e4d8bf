import type { Provenance } from './provenance.js';

export type Severity = 'error' | 'warning';

/** Where something is, as a user finds it in the file: the sheet (XLSX) and the cell as Excel names it. */
export interface Located {
  file: string;
  sheet?: string;
  /** Excel-style address, e.g. "D7". */
  cell?: string;
  row?: number;
  column?: number;
  project?: string;
  /** 기관: the organisation whose row it is, in a dataset of several organisations. */
  org?: string;
  /** In a work report: the place in the document as a person finds it (Provenance.document). */
  document?: string;
  /** The text line (a CSV record's first line, a text export's line), where it differs from the row. */
  line?: number;
}

/**
 * A problem or mismatch, as data. Loaders and checks produce findings; renderers turn them into text,
 * JSON, GitHub annotations or JUnit; only the command decides the exit code. The human sentence is
 * derived from `code` and `params` through the message catalog (i18n/), so it cannot drift from the data.
 */
export interface Finding extends Located {
  code: string;
  severity: Severity;
  /** Figures as exact decimal strings. */
  expected?: string;
  actual?: string;
  difference?: string;
  /** Values for the message template (raw cell text, labels, ...). */
  params: Record<string, string>;
}

export function findingAt(
  code: string,
  severity: Severity,
  place: Provenance | { file: string; sheet?: string },
  params: Record<string, string>,
  extra: Partial<Finding> = {},
): Finding {
  const f: Finding = { code, severity, file: place.file, params, ...extra };
  if (place.sheet !== undefined) f.sheet = place.sheet;
  if ('cell' in place) {
    f.cell = place.cell;
    f.row = place.row;
    f.column = place.column;
    if (place.document !== undefined) f.document = place.document;
  }
  return f;
}
