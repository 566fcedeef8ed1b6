import { berlinDate } from '../calendar/berlin-time.js';
/**
 * Rules for a request that are not part of the contract (see src/core/schema/request.ts):
 * they depend on today's date or on the host's settings (notice days, longest appointment),
 * and a receiver must still accept a request that passed them yesterday. The form checks
 * them before sending; they live here, beside the contract, because they decide what is valid.
 */
import { dayNumber, isoDate, weekdayOf } from '../calendar/local-date.js';
import type { RequestFieldError } from './request-messages.js';
import { REQUEST_ERROR_MESSAGES } from './request-messages.js';

export interface FormRuleError {
  field: 'date' | 'duration';
  code: 'date-past' | 'notice' | 'max-duration';
}

/**
 * The earliest date that leaves `days` working days (Monday to Friday) after today. Public
 * holidays are not counted out: they differ by Land and year, and the office can still say
 * no; the rule only stops requests that certainly come too late.
 */
export function earliestDate(today: string, days: number): string {
  let day = dayNumber(today);
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    day += 1;
    const weekday = weekdayOf(day);
    if (weekday !== 'sa' && weekday !== 'so') left -= 1;
  }
  return isoDate(day);
}

export function checkFormRules(
  draft: { date: string; duration: string },
  options: { today: string; noticeDays: number; maxDuration: number },
): FormRuleError[] {
  const errors: FormRuleError[] = [];
  if (/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) {
    if (draft.date < options.today) errors.push({ field: 'date', code: 'date-past' });
    else if (draft.date < earliestDate(options.today, options.noticeDays)) errors.push({ field: 'date', code: 'notice' });
  }
  const minutes = Number(draft.duration);
  if (draft.duration && Number.isFinite(minutes) && minutes > options.maxDuration) {
    errors.push({ field: 'duration', code: 'max-duration' });
  }
  return errors;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a receiver checks beyond the contract, against its own clock: an appointment before
 * today (in Germany) cannot be arranged any more, and a `createdAt` more than a day ahead
 * comes from a wrong clock or a forged request. Lead time and longest appointment stay form
 * rules: they are the host's settings, and a request that passed them when sent stays valid.
 */
export function receiverRuleErrors(
  request: { createdAt: string; need: { language: string; date?: string } },
  now: Date,
): RequestFieldError[] {
  const errors: RequestFieldError[] = [];
  // Only an interpreter request names a day; a Lotse contact has none to lie in the past.
  if (request.need.date !== undefined && request.need.date < berlinDate(now.getTime())) {
    errors.push({ path: 'need.date', code: 'date-past', message: REQUEST_ERROR_MESSAGES['date-past']! });
  }
  if (Date.parse(request.createdAt) > now.getTime() + DAY_MS) {
    errors.push({ path: 'createdAt', code: 'created-in-future', message: REQUEST_ERROR_MESSAGES['created-in-future']! });
  }
  return errors;
}
