import { nameLabel } from '../parse/normalize.js';
import type { Command } from 'commander';
import type { GroupBy } from '../compute/budget-sums.js';
import { choice, UsageError } from './common.js';

/**
 * `--org NAME` (repeatable) and `--by project|org`: the organisation options every report of a
 * multi-organisation dataset takes (budget, achievement, validate, report), defined once.
 */
export interface OrgOptions {
  /** Only these organisations (기관), as typed; all when absent. */
  org?: string[];
  by: GroupBy;
}

export function addOrgOptions(cmd: Command): Command {
  return cmd
    .option('--org <name>', 'only this organisation (기관); repeat for several', (v: string, acc: string[] = []) => [...acc, v])
    .option('--by <grouping>', 'rows by project or by organisation', choice(['project', 'org'] as const), 'project');
}

/**
 * The organisations asked for, in the data's spelling (NFC), after checking that the data has each:
 * an unknown name is a usage error naming a few the data has. `known` excludes the '' of "no organisation".
 */
export function askedOrgs(asked: readonly string[] | undefined, known: readonly string[]): string[] | undefined {
  if (asked === undefined) return undefined;
  const names = asked.map(nameLabel);
  const unknown = names.filter((o) => !known.includes(o));
  if (unknown.length > 0) throw new UsageError('unknown-org', { value: unknown.join(', '), count: String(known.length), examples: known.slice(0, 3).join(', ') });
  return names;
}
