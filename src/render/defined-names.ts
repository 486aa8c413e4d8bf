/**
 * Print titles as Excel's rules quote a sheet name: inside the quotes an apostrophe is doubled
 * (`'it''s'!$1:$3`). exceljs writes `'it's'!$1:$3`, an invalid defined name that Excel "repairs" on opening,
 * dropping the print titles. Rewrites workbook.xml's defined names for the sheets whose names hold `'`.
 */
export function quoteDefinedNames(workbookXml: Buffer, sheetNames: readonly string[]): Buffer {
  const apostrophed = sheetNames.filter((n) => n.includes("'"));
  if (apostrophed.length === 0) return workbookXml;
  const xml = workbookXml.toString('utf8').replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_, open: string, body: string, close: string) => {
    let ref = unescapeXml(body);
    for (const name of apostrophed) ref = ref.split(`'${name}'!`).join(`${quotedSheet(name)}!`);
    return open + escapeXml(ref) + close;
  });
  return Buffer.from(xml, 'utf8');
}

/** A sheet name as a reference writes it: quoted, an apostrophe inside doubled (`'3 근로자 보호'`, `'it''s'`). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
