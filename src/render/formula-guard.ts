/**
 * Text that starts with =, +, -, @, tab or CR is run as a formula by Excel and LibreOffice when the
 * file is opened (CSV injection). Such text gets a leading apostrophe, which spreadsheets show as text.
 * Only text cells pass through here: numbers are written as numbers. A lone `-` is the department's mark
 * for "nothing" in a printed table, no formula: it is written as it is, so that a dataset reads back.
 */
export function neutralizeFormula(value: string): string {
  return value !== '-' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
