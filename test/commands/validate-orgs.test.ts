import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

// fixtures/orgs/targets.csv: a 달성률 check for each row with a result and a printed rate (실적 ÷ 목표 × 100, 반올림):
//   서울특별시 금천구    120/100 = 120 ✓, 150/200 = 75 ✓, 30/40 = 75 ✓   → 3 checks
//   서울특별시 관악구     40/50 = 80 ✓, (2022: no result, no check), 25/20 = 125 ≠ 130 printed ✗ → 2 checks, 1 error
//   부산광역시 해운대구   33/30 = 110 ✓, 90/100 = 90 ✓                    → 2 checks
// Total 7 checks, 1 error; its long-layout budget states no totals, so nothing else is checked.
const data = fixture('orgs');
const validate = (...args: string[]) => runCli(['validate', data, ...args]);
const ERROR = 'targets.csv H7: 구직등록 2021년 달성률 130%가 실적 ÷ 목표 × 100 (반올림, 소수 0자리) = 125%와 다릅니다.';

describe('validate across organisations', () => {
  it('checks every organisation and names the one a finding is about', async () => {
    const r = await validate();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  오류  [서울특별시 관악구] ${ERROR}`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('검사 7건, 오류 1건, 경고 0건');
  });

  it('--org keeps only those organisations: 금천구 alone has 3 checks and no finding', async () => {
    const r = await validate('--org', '서울특별시 금천구');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('검사 3건, 오류 0건, 경고 0건\n');
  });

  it('--org with several: 관악구 2 + 해운대구 2 = 4 checks, 관악구\'s error', async () => {
    const r = await validate('--org', '서울특별시 관악구', '--org', '부산광역시 해운대구', '--format', 'json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.summary).toEqual({ checks: 4, errors: 1, warnings: 0 });
    expect(new Set(j.checks.map((c: { org: string }) => c.org))).toEqual(new Set(['서울특별시 관악구', '부산광역시 해운대구']));
    expect(j.findings).toHaveLength(1);
    expect(j.findings[0]).toMatchObject({ code: 'achievement-rate', org: '서울특별시 관악구', cell: 'H7', expected: '125', actual: '130', message: `[서울특별시 관악구] ${ERROR}` });
  });

  it('--by org groups the text under each organisation, without repeating its name', async () => {
    const r = await validate('--by', 'org');
    expect(r.stdout).toBe(`기관 서울특별시 관악구\n  오류  ${ERROR}\n\n검사 7건, 오류 1건, 경고 0건\n`);
    const en = await validate('--by', 'org', '--lang', 'en');
    expect(en.stdout.split('\n')[0]).toBe('Organisation 서울특별시 관악구');
  });

  it('GitHub annotations name the organisation in the message', async () => {
    const r = await validate('--format', 'github');
    expect(r.stdout).toMatch(/^::error file=.*targets\.csv,line=7,col=8,title=achievement-rate H7::\[서울특별시 관악구\] targets\.csv H7:/);
  });

  it('refuses an organisation the data does not have', async () => {
    const r = await validate('--org', '서울특별시 종로구');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('기관 "서울특별시 종로구"가 자료에 없습니다. 자료에는 기관 3곳이 있습니다');
  });

  it('the bundled single-division dataset is unchanged by --by org: its findings name no organisation', async () => {
    const r = await runCli(['validate', '--by', 'org']);
    expect(r.stdout).toContain('기관과 무관한 검사\n');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('검사 147건, 오류 1건, 경고 3건');
  });
});
