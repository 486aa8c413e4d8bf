import type { Lang } from './lang.js';
import { escapeControl, safeValue } from './safe-text.js';

/**
 * The one message catalog: every sentence and label a user reads, in Korean (default) and English.
 * Templates take `{name}` parameters; parameter values are user text and are escaped and shortened.
 */
const KO = {
  // --- input problems (load/) ---
  'bad-number': '{place}: "{value}"을(를) 읽을 수 없습니다. {expected}이(가) 와야 합니다.',
  'missing-value': '{place}: {what} 값이 비어 있습니다.',
  'missing-column': '{file}: 필요한 열 "{column}"이(가) 없습니다.',
  'unknown-source': '{place}: 재원 "{value}"을(를) 알 수 없습니다. 국비, 시비, 구비 중 하나여야 합니다.',
  'unknown-year': '{place}: 연도 "{value}"을(를) 읽을 수 없습니다. 2022 또는 2022년처럼 적어야 합니다.',
  'unknown-layout': '{file}: 예산표 형식을 알 수 없습니다. 머리글에 "재원별"(인쇄 양식) 또는 "재원, 연도, 금액"(긴 양식)이 있어야 합니다.',
  'duplicate-line': '{place}: {project} {source} {year}년 금액이 {first}에 이미 있습니다. 같은 항목을 두 번 적었습니다.',
  'unknown-project': '{place}: 사업 "{value}"이(가) 사업목록에 없습니다.',
  'bad-encoding': '{file}: {offset}번째 바이트(줄 {line})가 UTF-8도 CP949도 아닙니다.',
  'csv-syntax': '{file}: 줄 {line}의 CSV 형식이 잘못되었습니다 ({reason}).',
  'empty-file': '{file}: 파일이 비어 있습니다.',
  'file-not-found': '{file}: 파일이나 폴더가 없습니다.',
  'unreadable-file': '{file}: 파일을 읽을 수 없습니다 ({reason}).',
  'not-a-workbook': '{file}: XLSX 통합문서로 읽을 수 없습니다 ({reason}).',
  'no-budget': '{file}: 예산 자료(소요예산)가 없습니다.',
  'ragged-row': '{place}: 이 행의 칸 수({count})가 머리글({expected})과 다릅니다.',
  'duplicate-header': '{place}: 머리글 "{value}"이(가) 두 번 있습니다.',
  'holidays-not-covered': '{year}년 공휴일 자료가 없습니다(@hyunbinseo/holidays-kr가 다루지 않는 해). 운영일수를 추정하지 않습니다.',
  'too-many-problems': '그 밖에 문제 {count}건이 더 있습니다.',
  'normalized-value': '{place}: "{value}"의 전각 숫자·특수 공백·유니코드 빼기표를 일반 문자로 바꿔 읽었습니다.',
  // --- hostile and malformed files (load/) ---
  'csv-is-workbook': '{file}: CSV가 아니라 XLSX 통합문서입니다. 확장자를 .xlsx로 바꾸세요.',
  'xlsx-not-zip': '{file}: XLSX 통합문서(zip 형식)가 아닙니다. 텍스트 표라면 확장자를 .csv로 바꾸세요.',
  'xlsx-encrypted': '{file}: 암호가 걸린 통합문서입니다. Excel에서 암호를 해제해 저장한 뒤 다시 시도하세요.',
  'xlsx-old-xls': '{file}: Excel 97-2003 형식(.xls) 파일입니다. Excel에서 "Excel 통합 문서(*.xlsx)"로 다시 저장하세요.',
  'xlsx-corrupt': '{file}: 통합문서가 잘렸거나 손상되었습니다 ({reason}).',
  'xlsx-not-workbook': '{file}: zip 파일이지만 Excel 통합문서(xl/workbook.xml)가 들어 있지 않습니다.',
  'xlsx-too-big': '{file}: 크기가 {size}로 한도 {limit}을(를) 넘어 열지 않습니다(압축 폭탄일 수 있음).',
  'xlsx-ratio': '{file}: 압축을 풀면 {size}, 파일 크기의 {ratio}배로 한도 {limit}배를 넘어 열지 않습니다(압축 폭탄일 수 있음).',
  'xlsx-size-mismatch': '{file}: {part}의 실제 크기가 zip에 적힌 크기와 달라 열지 않습니다(손상되었거나 조작된 파일).',
  'xlsx-huge-element': '{file}: {part}에 {limit}이(가) 넘는 XML 요소가 있어 열지 않습니다.',
  'xlsx-doctype': '{file}: {part}에 DOCTYPE/ENTITY 선언이 있습니다. Excel 통합문서에는 없는 것이라(XML 엔티티 공격) 열지 않습니다.',
  'xlsx-too-many-rows': '{file} {sheet}: 시트가 {rows}행까지 있다고 적혀 있어 한도 {limit}행을 넘습니다. 열지 않습니다.',
  'xlsx-too-many-cells': '{file}: 셀이 {limit}개를 넘어 열지 않습니다.',
  'xlsx-missing-shared-string': '{place}: 공유 문자열 {value}번을 가리키지만 통합문서에는 {count}개뿐입니다(손상된 파일).',
  'bad-utf16-odd': '{file}: UTF-16 파일이 {offset}번째 바이트에서 반쪽 문자로 끝납니다(잘린 파일).',
  'bad-utf16-surrogate': '{file}: {offset}번째 바이트(줄 {line})에 짝이 없는 UTF-16 대리 코드가 있습니다.',
  'empty-header': '{place}: 머리글이 비어 있는데 아래 행에 값이 있습니다(예: {example}). 열 이름을 적으세요.',
  'extra-cells': '{place}: 머리글은 {expected}칸인데 이 행은 {count}칸입니다. 머리글 밖의 값 "{value}"은(는) 어느 열에도 속하지 않습니다.',
  'no-rows': '{file}: 머리글만 있고 자료 행이 없습니다.',
  'reason.ENOENT': '폴더가 없습니다',
  'reason.EISDIR': '같은 이름의 폴더가 있습니다',
  'reason.ENOTDIR': '경로 중간의 이름이 폴더가 아니라 파일입니다',
  'reason.EACCES': '권한이 없습니다',
  'reason.EPERM': '권한이 없습니다',
  'reason.ENOSPC': '디스크 공간이 부족합니다',
  'reason.EDQUOT': '디스크 할당량을 넘었습니다',
  'reason.EROFS': '읽기 전용입니다',
  'reason.EFBIG': '파일 크기 한도를 넘었습니다',
  // --- end hostile and malformed files ---
  // --- usage and output (commands/) ---
  'bad-year': '연도 "{value}"을(를) 알 수 없습니다. 예: 2022',
  'year-not-in-data': '{year}년 자료가 없습니다. 자료에 있는 연도: {years}',
  'output-exists': '{file}: 파일이 이미 있습니다. 덮어쓰려면 --force를 붙이세요.',
  'output-failed': '{file}: 파일을 쓸 수 없습니다 ({reason}). 기존 파일은 그대로입니다.',
  'using-bundled': '--data가 없어 내장 자료({path})를 사용합니다.',
  'bad-option': '{option} 값 "{value}"을(를) 알 수 없습니다. 가능한 값: {allowed}',
  'xlsx-needs-output': 'xlsx 형식은 -o 파일이름.xlsx 로 저장할 파일을 지정해야 합니다.',
  'unexpected': '예상하지 못한 오류가 났습니다: {reason} (--debug로 자세히 볼 수 있습니다)',
  // --- labels ---
  'label.project': '사업명',
  'label.no': '번호',
  'label.total': '계',
  'label.grandTotal': '합계',
  'label.cityShare': '시비 비율',
  'label.districtShare': '구비 비율',
  'label.change': '증감',
  'label.changeRate': '증감률(%)',
  'label.previous': '전년',
  'label.source': '재원별',
  'label.year': '{year}년',
  'label.budgetTitle': '{year}년 소요예산 (단위: {unit})',
  'label.multiYearTitle': '연차별 소요재원 — 일자리창출과 전체 (단위: {unit})',
  'label.division': '합계',
  'label.budgetSheet': '{year}년 소요예산',
  'label.multiYearSheet': '연차별 소요재원',
} as const;

export type MessageKey = keyof typeof KO;

const EN: Record<MessageKey, string> = {
  'bad-number': '{place}: cannot read "{value}"; expected {expected}.',
  'missing-value': '{place}: {what} is blank.',
  'missing-column': '{file}: required column "{column}" is missing.',
  'unknown-source': '{place}: unknown funding source "{value}"; expected 국비, 시비 or 구비.',
  'unknown-year': '{place}: cannot read year "{value}"; write it as 2022 or 2022년.',
  'unknown-layout': '{file}: unknown budget layout; the header needs "재원별" (printed layout) or "재원, 연도, 금액" (long layout).',
  'duplicate-line': '{place}: {project} {source} {year} is already given at {first}; the same line appears twice.',
  'unknown-project': '{place}: project "{value}" is not in the project list.',
  'bad-encoding': '{file}: byte {offset} (line {line}) is neither UTF-8 nor CP949.',
  'csv-syntax': '{file}: malformed CSV at line {line} ({reason}).',
  'empty-file': '{file}: the file is empty.',
  'file-not-found': '{file}: no such file or folder.',
  'unreadable-file': '{file}: cannot read the file ({reason}).',
  'not-a-workbook': '{file}: cannot read it as an XLSX workbook ({reason}).',
  'no-budget': '{file}: no budget data (소요예산) found.',
  'ragged-row': '{place}: this row has {count} cells, the header {expected}.',
  'duplicate-header': '{place}: header "{value}" appears twice.',
  'holidays-not-covered': 'no public-holiday data for {year} (not covered by @hyunbinseo/holidays-kr); operating days are not guessed.',
  'too-many-problems': '{count} more problems not shown.',
  'normalized-value': '{place}: read "{value}" after folding full-width digits, special spaces or the Unicode minus.',
  // --- hostile and malformed files (load/) ---
  'csv-is-workbook': '{file}: this is an XLSX workbook, not CSV; rename it to .xlsx.',
  'xlsx-not-zip': '{file}: not an XLSX workbook (not a zip file); if it is a text table, rename it to .csv.',
  'xlsx-encrypted': '{file}: the workbook is password-protected; remove the password in Excel, save, and try again.',
  'xlsx-old-xls': '{file}: an Excel 97-2003 (.xls) file; save it in Excel as "Excel Workbook (*.xlsx)".',
  'xlsx-corrupt': '{file}: the workbook is truncated or damaged ({reason}).',
  'xlsx-not-workbook': '{file}: a zip file, but it holds no Excel workbook (xl/workbook.xml).',
  'xlsx-too-big': '{file}: its size, {size}, is over the limit of {limit}; not opened (possibly a zip bomb).',
  'xlsx-ratio': '{file}: it expands to {size}, {ratio} times the file size, over the limit of {limit} times; not opened (possibly a zip bomb).',
  'xlsx-size-mismatch': '{file}: {part} is not the size the zip directory states; not opened (damaged or tampered with).',
  'xlsx-huge-element': '{file}: {part} has an XML element over {limit}; not opened.',
  'xlsx-doctype': '{file}: {part} has a DOCTYPE/ENTITY declaration, which Excel workbooks never contain (XML entity attack); not opened.',
  'xlsx-too-many-rows': '{file} {sheet}: the sheet declares {rows} rows, over the limit of {limit}; not opened.',
  'xlsx-too-many-cells': '{file}: more than {limit} cells; not opened.',
  'xlsx-missing-shared-string': '{place}: refers to shared string {value}, but the workbook has only {count} (damaged file).',
  'bad-utf16-odd': '{file}: the UTF-16 file ends in half a character at byte {offset} (truncated file).',
  'bad-utf16-surrogate': '{file}: byte {offset} (line {line}) holds an unpaired UTF-16 surrogate.',
  'empty-header': '{place}: the header is blank but rows below have values (e.g. {example}); name the column.',
  'extra-cells': '{place}: the header has {expected} cells but this row {count}; the value "{value}" belongs to no column.',
  'no-rows': '{file}: a header and no data rows.',
  'reason.ENOENT': 'the folder does not exist',
  'reason.EISDIR': 'a folder has that name',
  'reason.ENOTDIR': 'part of the path is a file, not a folder',
  'reason.EACCES': 'permission denied',
  'reason.EPERM': 'permission denied',
  'reason.ENOSPC': 'the disk is full',
  'reason.EDQUOT': 'the disk quota is exceeded',
  'reason.EROFS': 'read-only file system',
  'reason.EFBIG': 'the file size limit is exceeded',
  // --- end hostile and malformed files ---
  'bad-year': 'unknown year "{value}"; e.g. 2022',
  'year-not-in-data': 'no data for {year}; years in the data: {years}',
  'output-exists': '{file}: the file exists; add --force to overwrite it.',
  'output-failed': '{file}: cannot write the file ({reason}); any existing file is unchanged.',
  'using-bundled': 'no --data given: using the bundled dataset ({path}).',
  'bad-option': 'unknown {option} value "{value}"; allowed: {allowed}',
  'xlsx-needs-output': 'the xlsx format needs -o FILE.xlsx to name the file to write.',
  'unexpected': 'unexpected error: {reason} (--debug shows details)',
  'label.project': 'Project',
  'label.no': 'No.',
  'label.total': 'Total',
  'label.grandTotal': 'All years',
  'label.cityShare': 'City share',
  'label.districtShare': 'District share',
  'label.change': 'Change',
  'label.changeRate': 'Change (%)',
  'label.previous': 'Previous year',
  'label.source': 'Source',
  'label.year': '{year}',
  'label.budgetTitle': '{year} budget (unit: {unit})',
  'label.multiYearTitle': 'Budget by year — whole division (unit: {unit})',
  'label.division': 'Total',
  'label.budgetSheet': '{year} budget',
  'label.multiYearSheet': 'Budget by year',
};

const CATALOG: Record<Lang, Record<MessageKey, string>> = { ko: KO, en: EN };

/** Source names stay in Korean in both languages' data, but English labels translate them. */
const SOURCE_EN: ReadonlyMap<string, string> = new Map([
  ['국비', 'National'],
  ['시비', 'City'],
  ['구비', 'District'],
]);

export function sourceLabel(source: string, lang: Lang): string {
  return lang === 'en' ? (SOURCE_EN.get(source) ?? source) : source;
}

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOG[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    if (v === undefined) return whole;
    // Raw cell values are shortened as well as escaped; places and labels are only escaped.
    return name === 'value' ? safeValue(String(v)) : escapeControl(String(v));
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(KO, key);
}
