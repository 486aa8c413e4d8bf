/**
 * Funding sources (재원) as data: the dataset declares which sources it has and what role each plays
 * (info.csv / 정보: `기관유형` gives the usual set of an office type, `재원` lists them explicitly).
 * This file is the one table of source names and the words that stand for them (`국`, `국 비`, `균특`).
 */

/** A source's name as the dataset declares it (`국비`, `도비`, `균특`). */
export type Source = string;

/**
 * What a source is to the office: the national government's, the upper government's (시·도비: 시비 of a
 * 특별·광역시, 도비), the office's own (구비, 군비, or 시비 of a 시 under a 도), or another fund (기금, 균특…).
 * The upper share of upper + local is the "city share" of a 자치구's tables (상위 재원 비율).
 */
export type SourceRole = 'national' | 'upper' | 'local' | 'other';

interface SourceWord {
  name: Source;
  /** The role when the declaration names none (시비 is the upper one of a 자치구; a 일반시 declares it local). */
  role: SourceRole;
  /** Other ways budget books write it: one-letter row labels and long names (compared without spaces). */
  words: readonly string[];
}

/** The vocabulary: every name a reader accepts, and the words for it. */
export const SOURCE_WORDS: readonly SourceWord[] = [
  { name: '국비', role: 'national', words: ['국', '국고', '국고보조금'] },
  { name: '시도비', role: 'upper', words: ['시·도비', '시도'] },
  { name: '시비', role: 'upper', words: ['시'] },
  { name: '도비', role: 'upper', words: ['도'] },
  { name: '구비', role: 'local', words: ['구'] },
  { name: '군비', role: 'local', words: ['군'] },
  { name: '균특', role: 'other', words: ['균', '균형발전특별회계', '균형발전'] },
  { name: '기금', role: 'other', words: ['기'] },
  { name: '특별교부세', role: 'other', words: ['특', '특교', '특교세'] },
  { name: '자체', role: 'other', words: ['자', '자체재원'] },
  { name: '기타', role: 'other', words: [] },
];

/** The declared roles' words in a `재원` list (`도비:상위`), Korean and English. */
export const ROLE_WORDS: ReadonlyMap<string, SourceRole> = new Map([
  ['국가', 'national'], ['national', 'national'],
  ['상위', 'upper'], ['upper', 'upper'],
  ['지방', 'local'], ['자체', 'local'], ['local', 'local'],
  ['기타', 'other'], ['other', 'other'],
]);

const WORD_INDEX: ReadonlyMap<string, SourceWord> = new Map(
  SOURCE_WORDS.flatMap((w) => [w.name, ...w.words].map((word) => [key(word), w] as const)),
);

function key(text: string): string {
  return text.normalize('NFC').replace(/[\s·ㆍ.]+/g, '');
}

/** The vocabulary's name for a word as written (`국`, `국 비`, `균형발전특별회계`), if it is one. */
export function sourceWord(text: string): { name: Source; role: SourceRole } | undefined {
  const w = WORD_INDEX.get(key(text));
  return w ? { name: w.name, role: w.role } : undefined;
}

/** A dataset's sources, in the order its tables print them, with their roles. */
export class SourceSet {
  readonly names: readonly Source[];
  /** The upper and local sources whose split is the 상위 재원 비율; absent when the office has no such pair. */
  readonly upper: Source | undefined;
  readonly local: Source | undefined;
  private readonly index: ReadonlyMap<string, number>;

  constructor(readonly declared: readonly { name: Source; role: SourceRole }[]) {
    this.names = declared.map((d) => d.name);
    this.upper = declared.find((d) => d.role === 'upper')?.name;
    this.local = declared.find((d) => d.role === 'local')?.name;
    const index = new Map<string, number>();
    declared.forEach((d, k) => {
      index.set(key(d.name), k);
      // A vocabulary word stands for its name here only when that name is declared (`도` for 도비).
      for (const w of SOURCE_WORDS.find((v) => v.name === d.name)?.words ?? []) if (!index.has(key(w))) index.set(key(w), k);
    });
    this.index = index;
  }

  get length(): number {
    return this.names.length;
  }

  /** The index (table order) of a source as written (`구 비`, `군`), or -1 when the dataset does not declare it. */
  indexOf(text: string): number {
    // A declared name as such first: the loaders ask once per budget line (440,000 nationally).
    const k = this.names.indexOf(text);
    return k >= 0 ? k : (this.index.get(key(text)) ?? -1);
  }

  /** The declared name a cell's text stands for, if any. */
  named(text: string): Source | undefined {
    const k = this.indexOf(text);
    return k < 0 ? undefined : this.names[k];
  }

  /** Both parts of the share are declared: the tables print the 상위 and 지방 비율. */
  hasShare(): boolean {
    return this.upper !== undefined && this.local !== undefined;
  }
}

/** Office types (기관유형) and the sources each usually has, in table order. */
const OFFICE_TYPES: ReadonlyMap<string, readonly (readonly [Source, SourceRole])[]> = new Map([
  ['자치구', [['국비', 'national'], ['시비', 'upper'], ['구비', 'local']]],
  ['군', [['국비', 'national'], ['도비', 'upper'], ['군비', 'local']]],
  ['일반시', [['국비', 'national'], ['도비', 'upper'], ['시비', 'local']]],
  ['도', [['국비', 'national'], ['도비', 'upper']]],
  ['광역시', [['국비', 'national'], ['시비', 'upper']]],
] as const);

/** Other names of the types: a 특별시 or 특별자치시 has a 광역시's sources, a 특별자치도 a 도's, a plain 시 is a 일반시. */
const TYPE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['특별시', '광역시'],
  ['특별자치시', '광역시'],
  ['특별자치도', '도'],
  ['시', '일반시'],
  ['구', '자치구'],
]);

/** The sources of an office type, if it is one (`자치구`, `군`, `일반시`, `도`, `광역시`). */
export function officeSources(type: string): SourceSet | undefined {
  const set = OFFICE_TYPES.get(TYPE_ALIASES.get(key(type)) ?? key(type));
  return set ? new SourceSet(set.map(([name, role]) => ({ name, role }))) : undefined;
}

/** The default: a 자치구's 국비/시비/구비 (the bundled dataset's office). */
export const DISTRICT_SOURCES: SourceSet = officeSources('자치구')!;
