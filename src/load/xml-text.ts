/**
 * Text of an XML text run or attribute as a parser hands it over: the five predefined entities and
 * numeric references decoded, line ends normalised to `\n` (XML 1.0 §2.11). Workbooks declare no other
 * entities (a DOCTYPE is refused before anything is read), so an unknown one stays as written.
 */
export function decodeXmlText(raw: string): string {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g, (whole, e: string) => {
    if (e[0] !== '#') return NAMED.get(e)!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const NAMED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['amp', '&'],
]);

/**
 * exceljs decodes the text of a `t="str"` cell (a formula's text result) a second time, named entities
 * only: `&amp;lt;` in the XML reads `<`. Done here too, so both readers give the same text.
 */
export function decodeStrCellAgain(s: string): string {
  return s.includes('&') ? s.replace(/&(lt|gt|amp|apos|quot);/g, (_, e: string) => NAMED.get(e)!) : s;
}

/** Excel's escape for characters XML cannot hold (`_x000D_`), decoded as exceljs does for shared strings. */
export function decodeExcelEscapes(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}
