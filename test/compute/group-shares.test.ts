import { describe, expect, it } from 'vitest';
import { groupBreakdown } from '../../src/compute/group-shares.js';
import { loadDataset } from '../../src/load/dataset.js';
import { D } from '../../src/model/money.js';
import { at } from '../../src/model/provenance.js';
import { BUNDLED } from '../helpers/paths.js';

describe('2022 target by group (대상별 맞춤형 일자리사업)', () => {
  it('adds to the printed 합계 10,900 and gives shares that are not forced to 100.0', async () => {
    const { dataset } = await loadDataset(BUNDLED);
    const g = groupBreakdown(dataset.targetGroups[0]!);
    // 700 + 800 + 3,000 + 2,000 + 4,400 = 10,900, as the 합 계 row prints
    expect(g.total.toString()).toBe('10900');
    expect(g.statedTotal!.value.toString()).toBe('10900');
    // 700/10,900 = 6.42…%, 800/10,900 = 7.33…%, 3,000/10,900 = 27.52…%, 2,000/10,900 = 18.34…%, 4,400/10,900 = 40.36…%
    const shown = g.groups.map((x) => x.share!.toFixed(1));
    expect(shown).toEqual(['6.4', '7.3', '27.5', '18.3', '40.4']);
    // 6.4 + 7.3 + 27.5 + 18.3 + 40.4 = 99.9: left as is
    expect(shown.reduce((a, b) => a + Number(b) * 10, 0)).toBe(999);
  });

  it('a zero total gives no shares', () => {
    const zero = { value: D(0), raw: '0', at: at('target-groups.csv', 2, 3) };
    const g = groupBreakdown({ year: 2022, heading: '2022년', groups: [{ name: '청년층', description: '', target: zero, note: null }], statedTotal: null });
    expect(g.groups[0]!.share).toBeNull();
  });
});
