#!/usr/bin/env node
// Builds fixtures/geumcheon-2022.xlsx from the transcribed CSV files, as a colleague would type them into
// Excel: plain amounts become number cells (#,##0), everything else stays text as printed ("1,558,400천원",
// "116%", "12(12)", "-"). One sheet per dataset part (names as in src/load/table-source.ts PARTS) and one
// per printed table, named by its title. A test loads both forms and compares them, so they cannot drift.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'fixtures', 'geumcheon-2022');
const out = join(root, 'fixtures', 'geumcheon-2022.xlsx');

const SHEETS = [
  ['info.csv', '정보'],
  ['projects.csv', '사업목록'],
  ['budgets.csv', '소요예산'],
  ['headlines.csv', '소요예산 제목'],
  ['components.csv', '세부예산'],
  ['targets.csv', '목표실적'],
  ['target-groups.csv', '대상별 목표'],
  ['usage.csv', '이용현황'],
  ['growth.csv', '성장률'],
  ['statements.csv', '본문 수치'],
  ['crossrefs.csv', '상호참조'],
  ['notes.csv', '주석'],
  ['calendar.csv', '달력'],
  ['tables.csv', '표목록'],
];

const read = (file) => parse(readFileSync(join(dir, file), 'utf8'), { relax_column_count: true });
const PLAIN_AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)$/;

function addSheet(wb, name, rows) {
  const ws = wb.addWorksheet(name);
  rows.forEach((cells, r) => {
    cells.forEach((text, c) => {
      if (text === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      if (r > 0 && PLAIN_AMOUNT.test(text)) {
        cell.value = Number(text.replace(/,/g, ''));
        cell.numFmt = '#,##0';
      } else {
        cell.value = text;
      }
    });
  });
}

const wb = new ExcelJS.Workbook();
const present = new Set(readdirSync(dir));
for (const [file, sheet] of SHEETS) if (present.has(file)) addSheet(wb, sheet, read(file));
for (const [ref, title] of read('tables.csv').slice(1)) addSheet(wb, title, read(ref));
await wb.xlsx.writeFile(out);
console.log(`wrote ${out}`);
