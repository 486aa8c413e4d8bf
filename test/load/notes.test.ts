import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/load/dataset.js';
import { BUNDLED } from '../helpers/paths.js';

describe('notes.csv: the printed ※ notes', () => {
  test('the bundled report\'s notes outside its tables (source lines 25, 106, 124, 278, 291–293, 363)', async () => {
    const { dataset } = await loadDataset(BUNDLED);
    expect(dataset.notes!.map((n) => [n.project, n.text.split('\n')[0]])).toEqual([
      [undefined, '※ 일자리센터(금천구청 1층 통합민원실 내) 무기계약직 3명 별도'],
      ['1', '※ 전부서 2022년 일자리창출 관련 소요예산 : 44,000백만원 (예상)'],
      ['2', '※ 구출자금은 주식회사 출범 시 전액 교부 후 회계연도 보조금 관리 규정에 따른 비율에 맞춰 집행 예정'],
      ['3', '※ 출처: 금천구 필수노동자 지원 기본 계획 수립을 위한 기초조사(2021.03~04)'],
      ['3', '※ 금천형 필수노동자란'],
      ['4', '※ 2021년 하반기 서울시민 안심 일자리사업과 희망근로지원사업 통합 추진 중'],
    ]);
  });
});
