import { nameLabel } from '../parse/normalize.js';
import type { Project } from '../model/dataset.js';
import type { Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { Header } from './header.js';
import { cellText, isBlankRow, type RawTable } from '../formats/raw-table.js';

/** 주요사업 목록: `번호,사업명,구분,담당팀,쪽`. */
export function readProjects(table: RawTable | undefined, problems: Finding[]): Project[] {
  if (!table || table.rows.length === 0) return [];
  const header = new Header(table, table.rows[0]!, problems);
  const idCol = header.find('번호', '연번', '사업');
  const nameCol = header.find('사업명', '주요사업');
  if (idCol === undefined || nameCol === undefined) {
    header.reportMissing(problems, { 번호: idCol, 사업명: nameCol });
    return [];
  }
  const kindCol = header.find('구분');
  const teamCol = header.find('담당팀');
  const pageCol = header.find('쪽');
  const out: Project[] = [];
  for (const row of table.rows.slice(1)) {
    if (isBlankRow(row)) continue;
    const p: Project = { id: nameLabel(cellText(row, idCol)), name: nameLabel(cellText(row, nameCol)), at: at(table.file, row.row, idCol, table.sheet) };
    if (kindCol) p.kind = cellText(row, kindCol).trim();
    if (teamCol) p.team = cellText(row, teamCol).trim();
    if (pageCol) p.page = cellText(row, pageCol).trim();
    out.push(p);
  }
  return out;
}
