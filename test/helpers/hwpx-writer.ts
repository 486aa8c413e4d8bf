import yazl from 'yazl';
import type { DocumentBlock, DocumentTable, WorkDocument } from '../../src/model/document.js';

/**
 * Writes a document (model/document.ts) as an HWPX package laid out as 한글 saves one (the samples in
 * ../shared/hwpx-samples): `mimetype` first and stored, `version.xml`, `Contents/header.xml`,
 * `Contents/section0.xml`, `Preview/PrvText.txt`, `settings.xml`, `META-INF/container.xml`,
 * `Contents/content.hpf` (manifest and spine), `META-INF/manifest.xml`. Each block is one top-level `hp:p`:
 * a paragraph's text in `hp:run`/`hp:t` (lines joined by `hp:lineBreak`, tabs as `hp:tab`), a table as an
 * `hp:tbl` in the paragraph's run, one `hp:tc` per cell with its `hp:cellAddr` and `hp:cellSpan`, a cell's
 * lines as paragraphs of its `hp:subList`. Only tests and the fixture script (scripts/build-fixture-hwpx.mjs)
 * write HWPX: the tool reads the department's documents and writes datasets, never documents.
 * The bytes depend on the document only (fixed entry times, no extended timestamps), so fixtures rebuild
 * identically.
 */
export interface HwpxWriteOptions {
  /** Split each text into several runs, one per word, as 한글 leaves text whose formatting changed midway. */
  splitRuns?: boolean;
  /** The package's title (`opf:title`). */
  title?: string;
  /** false: every part stored as it is (a fuzz test then changes the XML itself). */
  compress?: boolean;
}

const NS = [
  'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app"',
  'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"',
  'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph"',
  'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"',
  'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core"',
  'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"',
  'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history"',
  'xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page"',
  'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:opf="http://www.idpf.org/2007/opf/"',
  'xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart"',
  'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar"',
  'xmlns:epub="http://www.idpf.org/2007/ops"',
  'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"',
].join(' ');
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>';
/** 한글's unit is 1/7200 inch: an A4 page is 59528 × 84188, its text 42520 wide between 8504 margins. */
const TEXT_WIDTH = 42520;
const ROW_HEIGHT = 1500;
/** The times 한글 gives its entries (1980-01-01 00:00, the earliest a zip can say). */
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function writeHwpx(doc: WorkDocument, options: HwpxWriteOptions = {}): Promise<Buffer> {
  const title = options.title ?? doc.file.replace(/\.[^.]*$/, '');
  const parts: [string, string, boolean][] = [
    ['mimetype', 'application/hwp+zip', false],
    ['version.xml', VERSION, false],
    ['Contents/header.xml', HEADER, true],
    ['Contents/section0.xml', sectionXml(doc.blocks, options.splitRuns ?? false), true],
    ['Preview/PrvText.txt', previewText(doc.blocks), true],
    ['settings.xml', SETTINGS, true],
    ['META-INF/container.xml', CONTAINER, true],
    ['Contents/content.hpf', contentHpf(title), true],
    ['META-INF/manifest.xml', `${DECL}<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`, true],
  ];
  const zip = new yazl.ZipFile();
  for (const [name, text, compress] of parts) {
    zip.addBuffer(Buffer.from(text, 'utf8'), name, { compress: compress && options.compress !== false, mtime: ENTRY_TIME, forceDosTimestamp: true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sectionXml(blocks: readonly DocumentBlock[], splitRuns: boolean): string {
  const paragraphs = blocks.map((b, i) => {
    const first = i === 0 ? `<hp:run charPrIDRef="0">${SECTION_PROPERTIES}</hp:run>` : '';
    return b.kind === 'paragraph' ? paragraph(first + runs(b.text, splitRuns)) : paragraph(`${first}<hp:run charPrIDRef="0">${table(b, splitRuns)}<hp:t/></hp:run>`);
  });
  if (paragraphs.length === 0) paragraphs.push(paragraph(`<hp:run charPrIDRef="0">${SECTION_PROPERTIES}</hp:run>`));
  return `${DECL}<hs:sec ${NS}>${paragraphs.join('')}</hs:sec>`;
}

function paragraph(content: string): string {
  return `<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">${content}<hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1000" textheight="1000" baseline="850" spacing="600" horzpos="0" horzsize="${TEXT_WIDTH}" flags="393216"/></hp:linesegarray></hp:p>`;
}

/** One line of text as runs: the whole of it in one, or one per word (each keeping the space after it). */
function runs(text: string, split: boolean): string {
  const pieces = split ? text.split(/(?<= )/) : [text];
  return pieces.map((piece) => `<hp:run charPrIDRef="0"><hp:t>${inline(piece)}</hp:t></hp:run>`).join('');
}

/** Text inside `hp:t`: line breaks and tabs are elements there. */
function inline(text: string): string {
  return esc(text).replace(/\n/g, '<hp:lineBreak/>').replace(/\t/g, '<hp:tab width="4000" leader="NONE" type="LEFT"/>');
}

function table(t: DocumentTable, splitRuns: boolean): string {
  const rows = t.cells.length;
  const columns = rows === 0 ? 0 : t.cells[0]!.length;
  const width = Math.floor(TEXT_WIDTH / Math.max(1, columns));
  const covered = new Set<string>();
  const spanAt = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const s of t.spans) {
    spanAt.set(`${s.row},${s.column}`, s);
    for (let r = s.row; r < s.row + s.rowSpan; r++) for (let c = s.column; c < s.column + s.colSpan; c++) if (r !== s.row || c !== s.column) covered.add(`${r},${c}`);
  }
  const trs = t.cells.map((cells, r) => {
    const tcs = cells.flatMap((text, c) => {
      if (covered.has(`${r},${c}`)) return [];
      const { rowSpan, colSpan } = spanAt.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
      const lines = text.split('\n').map((line) => `<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">${runs(line, splitRuns)}</hp:p>`);
      return [
        `<hp:tc name="" header="${r === 0 ? 1 : 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="3">` +
          `<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">${lines.join('')}</hp:subList>` +
          `<hp:cellAddr colAddr="${c}" rowAddr="${r}"/><hp:cellSpan colSpan="${colSpan}" rowSpan="${rowSpan}"/>` +
          `<hp:cellSz width="${width * colSpan}" height="${ROW_HEIGHT * rowSpan}"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>`,
      ];
    });
    return `<hp:tr>${tcs.join('')}</hp:tr>`;
  });
  return (
    `<hp:tbl id="${1000 + t.number}" zOrder="${t.number}" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="${rows}" colCnt="${columns}" cellSpacing="0" borderFillIDRef="3" noAdjust="0">` +
    `<hp:sz width="${width * columns}" widthRelTo="ABSOLUTE" height="${ROW_HEIGHT * rows}" heightRelTo="ABSOLUTE" protect="0"/>` +
    '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>' +
    '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>' +
    `${trs.join('')}</hp:tbl>`
  );
}

/**
 * A table as 한글's preview text (`Preview/PrvText.txt`) shows it: each cell that is not covered by a merged
 * one as `<text>`, in reading order, a line ending where no merged cell reaches into the next row.
 */
export function previewLines(t: DocumentTable): string[] {
  const covered = new Set<string>();
  let reach = new Array<number>(t.cells.length).fill(0);
  for (const s of t.spans) {
    for (let r = s.row; r < s.row + s.rowSpan; r++) for (let c = s.column; c < s.column + s.colSpan; c++) if (r !== s.row || c !== s.column) covered.add(`${r},${c}`);
    reach = reach.map((n, r) => (r === s.row ? Math.max(n, s.row + s.rowSpan - 1) : n));
  }
  const lines: string[] = [];
  let line = '';
  let until = 0;
  t.cells.forEach((cells, r) => {
    cells.forEach((text, c) => {
      if (!covered.has(`${r},${c}`)) line += `<${text}>`;
    });
    until = Math.max(until, reach[r]!);
    if (until <= r) {
      lines.push(line);
      line = '';
    }
  });
  return lines;
}

function previewText(blocks: readonly DocumentBlock[]): string {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : previewLines(b))).join('\r\n') + '\r\n';
}

function contentHpf(title: string): string {
  return (
    `${DECL}<opf:package ${NS} version="" unique-identifier="" id=""><opf:metadata><opf:title>${esc(title)}</opf:title><opf:language>ko</opf:language></opf:metadata>` +
    '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>' +
    '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'
  );
}

const VERSION = `${DECL}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="0" micro="5" buildNumber="0" os="1" xmlVersion="1.4" application="jobs-report test fixture" appVersion="0, 1, 0, 0"/>`;
const SETTINGS = `${DECL}<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>`;
const CONTAINER = `${DECL}<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>`;

/** The page (A4, 한글's default margins) and one column: what the first run of a section carries. */
const SECTION_PROPERTIES =
  '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">' +
  '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>' +
  '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>' +
  '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>' +
  '<hp:pagePr landscape="WIDELY" width="59528" height="84188" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>' +
  '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>';

const LANGS = ['HANGUL', 'LATIN', 'HANJA', 'JAPANESE', 'OTHER', 'SYMBOL', 'USER'];
const ALL_LANGS = (value: string): string => ['hangul', 'latin', 'hanja', 'japanese', 'other', 'symbol', 'user'].map((l) => `${l}="${value}"`).join(' ');
const border = (id: number, type: string): string =>
  `<hh:borderFill id="${id}" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>` +
  ['left', 'right', 'top', 'bottom'].map((side) => `<hh:${side}Border type="${type}" width="0.12 mm" color="#000000"/>`).join('') +
  '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>';

/** The styles the section refers to: one font (함초롬바탕), one character and one paragraph shape, borders none and solid. */
const HEADER =
  `${DECL}<hh:head ${NS} version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>` +
  `<hh:fontfaces itemCnt="${LANGS.length}">${LANGS.map((lang) => `<hh:fontface lang="${lang}" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>`).join('')}</hh:fontfaces>` +
  `<hh:borderFills itemCnt="3">${border(1, 'NONE')}${border(2, 'NONE')}${border(3, 'SOLID')}</hh:borderFills>` +
  '<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="2">' +
  `<hh:fontRef ${ALL_LANGS('0')}/><hh:ratio ${ALL_LANGS('100')}/><hh:spacing ${ALL_LANGS('0')}/><hh:relSz ${ALL_LANGS('100')}/><hh:offset ${ALL_LANGS('0')}/>` +
  '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/><hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr></hh:charProperties>' +
  '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>' +
  '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">' +
  '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>' +
  '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="BREAK_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>' +
  '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>' +
  '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="2" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr></hh:paraProperties>' +
  '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>' +
  '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument><hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption><hh:trackchageConfig flags="56"/></hh:head>';
