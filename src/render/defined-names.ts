/** A sheet name as a reference writes it: quoted, an apostrophe inside doubled (`'3 근로자 보호'`, `'it''s'`). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
