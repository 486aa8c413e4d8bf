import { ROLE_WORDS, SourceSet, sourceWord, type SourceRole } from '../model/source.js';

/**
 * A declared list of sources (`재원` in 정보): `국비:국가, 도비:상위, 군비:지방, 기금:기타`, in table order.
 * A name of the vocabulary may omit its role (`국비, 도비:상위, 군비:지방, 균특`); any other name needs one.
 * At most one upper and one local source (their split is the share); names once each.
 * Returns the set, or the part that could not be read and why.
 */
type SourceListProblem = 'role' | 'twice' | 'upper' | 'local' | 'count';

export function parseSourceList(text: string): { set: SourceSet } | { bad: string; why: SourceListProblem } {
  const declared: { name: string; role: SourceRole }[] = [];
  for (const part of text.split(/[,，]/)) {
    const item = part.trim();
    if (item === '') continue;
    const m = /^([^:：]+?)\s*(?:[:：]\s*(.+))?$/.exec(item);
    if (!m) return { bad: item, why: 'role' };
    const word = sourceWord(m[1]!);
    const name = word?.name ?? m[1]!.normalize('NFC').replace(/\s+/g, '');
    const role = m[2] === undefined ? word?.role : ROLE_WORDS.get(m[2].trim().toLowerCase());
    if (role === undefined) return { bad: item, why: 'role' };
    if (declared.some((d) => d.name === name)) return { bad: item, why: 'twice' };
    if ((role === 'upper' || role === 'local') && declared.some((d) => d.role === role)) return { bad: item, why: role };
    declared.push({ name, role });
  }
  // Lines keep a source as one byte and a project's sources as 32 bits.
  return declared.length === 0 || declared.length > 32 ? { bad: text, why: 'count' } : { set: new SourceSet(declared) };
}
