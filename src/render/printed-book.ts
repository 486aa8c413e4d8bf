import { t } from '../i18n/messages.js';
import type { Lang } from '../i18n/lang.js';
import type { DatasetInfo } from '../model/dataset.js';
import type { NegativeStyle } from './format.js';

/** What every printed page of a workbook says (the document's title, who made it) and how negatives show. */
export interface PrintedBook {
  title: string;
  /** 기관·부서 (`서울특별시 금천구 일자리창출과`), or '' when the dataset names neither. */
  org: string;
  negative: NegativeStyle;
}

/** The year's work report (`2022년 주요업무보고`) of the dataset's 기관 and 부서 (its 정보). */
export function printedBook(info: DatasetInfo, year: number, lang: Lang, negative: NegativeStyle): PrintedBook {
  return { title: t(lang, 'report.pageTitle', { year }), org: [info.organisation, info.department].filter(Boolean).join(' '), negative };
}
