import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { common as source } from '../de/common.js';

export const common: CatalogPart<typeof source> = {
  'common.error.prefix': 'Error:',
  'common.loading': 'Loading …',
  'common.retry': 'Try again',
  'common.more': 'Show more',
  'common.km': (km: number) => `${km.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km`,
  'common.results': (n: number) => plural('en', n, { one: '# result', other: '# results' }),
  'common.optional': '(optional)',
  'common.localeSwitch': 'Display language',
  'common.close': 'Close',
  'common.errorSummary.title': 'Please check what you entered',
};
