import { getHolidayPreset } from '@hyunbinseo/holidays-kr';
import { findingAt } from '../model/finding.js';
import { InputError } from '../formats/input-error.js';

/**
 * Korean public holidays of a year as `YYYY-MM-DD`, from @hyunbinseo/holidays-kr (the official gazette's
 * 월력요항, substitute and lunar holidays included). A year the package does not cover is an error,
 * never a guess.
 */
export async function loadHolidays(year: number, file = '공휴일 자료'): Promise<Set<string>> {
  try {
    const preset = await getHolidayPreset(String(year));
    return new Set(Object.keys(preset));
  } catch {
    throw new InputError([findingAt('holidays-not-covered', 'error', { file }, { year: String(year) })]);
  }
}
