#!/usr/bin/env node
// `npm run bench:data`: writes the deterministic national benchmark dataset under bench/data/ (never
// committed): 243 organisations × 150 projects (from a catalogue of ~1,600 names, some with commas and
// double quotes) × 2021–2024 × 국비/시비/구비 ≈ 437,000 budget lines in the long layout, ~3 % blank and
// ~4 % zero amounts; ~50,000 target/result rows; a variant where 10 % of amounts carry one or two
// decimals; and the same budget as one XLSX workbook.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('./data/', import.meta.url));
mkdirSync(out, { recursive: true });

// mulberry32: a small, well-known deterministic PRNG, so every run writes the same bytes.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20221);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const PROVINCES = ['서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시', '울산광역시', '세종특별자치시', '경기도', '강원특별자치도', '충청북도', '충청남도', '전북특별자치도', '전라남도', '경상북도', '경상남도', '제주특별자치도'];
const orgs = [];
for (let i = 0; i < 243; i++) orgs.push(`${PROVINCES[i % PROVINCES.length]} 기관${String(i + 1).padStart(3, '0')}`);

const TOPICS = ['청년', '중장년', '어르신', '여성', '장애인', '신중년', '경력단절여성', '취약계층', '소상공인', '사회적경제', '마을공동체', '스마트', '디지털', '관광', '문화', '환경', '돌봄', '안전', '농어촌', '전통시장'];
const KINDS = ['일자리 창출', '취업 지원', '창업 육성', '직업훈련', '공공일자리', '인턴십', '고용안정 지원', '일자리센터 운영', '일자리카페 운영', '취업박람회', '맞춤형 교육', '지역공동체 일자리', '뉴딜일자리', '희망일자리', '안심일자리', '생활방역 일자리', '노동권익 보호', '일자리 발굴', '고용환경 개선', '역량강화'];
const catalogue = [];
for (const topic of TOPICS) for (const kind of KINDS) for (const n of [1, 2, 3, 4]) {
  let name = `${topic} ${kind} 사업 ${n}`;
  if (n === 2) name = `${topic}, ${kind} 연계 사업`; // a comma inside a field
  if (n === 3 && kind.length % 3 === 0) name = `"${topic}" ${kind} (2단계)`; // double quotes inside a field
  catalogue.push(name);
}

const csvField = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const SOURCES = ['국비', '시비', '구비'];
const YEARS = [2021, 2022, 2023, 2024];

function amount(decimals) {
  const r = rand();
  if (r < 0.03) return '';
  if (r < 0.07) return '0';
  const whole = Math.floor(rand() * 2_000_000);
  if (decimals && rand() < 0.1) {
    const places = rand() < 0.5 ? 1 : 2;
    const frac = String(Math.floor(rand() * 10 ** places)).padStart(places, '0');
    return `${whole}.${frac}`;
  }
  return String(whole);
}

async function writeBudget(file, decimals) {
  const s = createWriteStream(join(out, file));
  s.write('기관,사업,사업명,재원,연도,금액\n');
  let lines = 0;
  for (const org of orgs) {
    const chosen = new Set();
    while (chosen.size < 150) chosen.add(Math.floor(rand() * catalogue.length));
    for (const idx of chosen) {
      const name = catalogue[idx];
      for (const source of SOURCES) for (const year of YEARS) {
        if (!s.write(`${org},P${String(idx + 1).padStart(4, '0')},${csvField(name)},${source},${year},${amount(decimals)}\n`)) await new Promise((r) => s.once('drain', r));
        lines++;
      }
    }
  }
  await new Promise((r) => s.end(r));
  return lines;
}

async function writeTargets(file) {
  const s = createWriteStream(join(out, file));
  s.write('기관,지표,지표명,단위,연도,목표,실적\n');
  let rows = 0;
  const INDICATORS = [['job-creation', '일자리창출', '개'], ['jobseekers', '구직등록', '명'], ['job-openings', '구인등록', '건'], ['counselling', '취업상담', '건'], ['referrals', '알선', '건'], ['employed', '취업자', '명']];
  for (const org of orgs) for (const [id, name, unit] of INDICATORS) for (let year = 2010; year <= 2044; year++) {
    if (rows >= 50_000) break;
    const target = Math.floor(rand() * 20_000) + 1;
    const result = rand() < 0.05 ? '' : String(Math.floor(target * (0.6 + rand() * 0.8)));
    s.write(`${org},${id},${name},${unit},${year},${target},${result}\n`);
    rows++;
  }
  await new Promise((r) => s.end(r));
  return rows;
}

const t0 = Date.now();
const lines = await writeBudget('national.csv', false);
const decLines = await writeBudget('national-decimal.csv', true);
const targets = await writeTargets('national-targets.csv');
console.log(`national.csv: ${lines} lines; national-decimal.csv: ${decLines}; national-targets.csv: ${targets} rows`);

// The same budget as one workbook, written with exceljs' streaming writer (the in-memory one needs GBs).
const { default: ExcelJS } = await import('exceljs');
const { parse } = await import('csv-parse');
const { createReadStream } = await import('node:fs');
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(out, 'national.xlsx'), useSharedStrings: true });
const ws = wb.addWorksheet('소요예산');
const parser = createReadStream(join(out, 'national.csv')).pipe(parse({ relax_column_count: true }));
let first = true;
for await (const rec of parser) {
  const row = first ? rec : rec.map((v, i) => (i === 5 && v !== '' ? Number(v) : i === 4 ? Number(v) : v));
  ws.addRow(row).commit();
  first = false;
}
ws.commit();
await wb.commit();
console.log(`national.xlsx written; ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
