import { createRequire } from 'node:module';

/**
 * Modules that most runs never need, required on first use only: exceljs alone costs ~0.25 s to load
 * and most runs never touch a workbook or CP949. A plain require (not `import()`) because the bundle runs
 * from V8's code cache, where a dynamic import has no loader to call (see scripts/build.mjs).
 */
const requireHere = createRequire(import.meta.url);

/**
 * exceljs' in-memory Workbook alone, for writers: the package's entry also loads its streaming reader and
 * writer (unzipper and more), ~0.2 s of a report's run that a workbook written in memory never uses. The
 * package has no `exports` map, so the path is as public as its entry; the report tests write through it.
 */
export function excelJsWorkbook(): typeof import('exceljs').Workbook {
  return requireHere('exceljs/lib/doc/workbook') as typeof import('exceljs').Workbook;
}

/**
 * exceljs' streaming WorkbookWriter (`ExcelJS.stream.xlsx.WorkbookWriter`, its documented API for large
 * workbooks), from its own module: the package's entry would load the readers too.
 */
export function excelJsWorkbookWriter(): typeof import('exceljs').stream.xlsx.WorkbookWriter {
  return requireHere('exceljs/lib/stream/xlsx/workbook-writer') as typeof import('exceljs').stream.xlsx.WorkbookWriter;
}

/** Node's crypto, for the random names of temporary files: only a run that writes a file needs it (~9 ms). */
export function nodeCrypto(): typeof import('node:crypto') {
  return requireHere('node:crypto') as typeof import('node:crypto');
}

/** Node's os, for the temporary folder that holds standard input (`--data -`): most runs never need it. */
export function nodeOs(): typeof import('node:os') {
  return requireHere('node:os') as typeof import('node:os');
}

export function iconvLite(): typeof import('iconv-lite') {
  return requireHere('iconv-lite') as typeof import('iconv-lite');
}

/** Node's tty, to ask whether a descriptor is a terminal: loading it loads net too (~5 ms), so only for character devices. */
export function nodeTty(): typeof import('node:tty') {
  return requireHere('node:tty') as typeof import('node:tty');
}
