import { describe, expect, it } from 'vitest';
import { rateBar } from '../../src/render/rate-bar.js';
import { D } from '../../src/model/money.js';

describe('rate bar against 100 %', () => {
  it('one # per 5 %, the | at 100 %, > past 150 %', () => {
    expect(rateBar(D(80))).toBe('################....|');
    expect(rateBar(D('116.28'))).toBe('####################|###');
    expect(rateBar(D(100))).toBe('####################|');
    expect(rateBar(D(400))).toBe('####################|##########>');
    expect(rateBar(D(0))).toBe('....................|');
    expect(rateBar(null)).toBe('');
  });
});
