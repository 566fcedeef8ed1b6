import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { place as source } from '../de/place.js';

export const place: CatalogPart<typeof source> = {
  'place.label': 'Where?',
  'place.hint': 'Postcode or town, e.g. 63128 or Dietzenbach',
  'place.placeholder': 'Postcode or town',
  'place.locate': 'Use my location',
  'place.locating': 'Finding your location …',
  'place.myLocation': (near: string) => `My location (near ${near})`,
  'place.suggestions': 'Suggestions',
  'place.count': (n: number) => plural('en', n, { one: '# suggestion', other: '# suggestions' }),
  'place.chosen': (label: string) => `Selected: ${label}`,
  'place.ambiguous': 'Which place do you mean?',
  'place.notFound': (text: string) => `We don’t know “${text}” in Hessen. Check the spelling or enter the postcode.`,
  'place.didYouMean': 'Did you mean:',
  'place.corrected': (label: string) => `We assumed “${label}”.`,
  'place.geo.denied': 'Your browser did not share your location. Please enter a postcode or town.',
  'place.geo.unavailable': 'Your location could not be found. Please enter a postcode or town.',
  'place.geo.unsupported': 'This browser cannot find your location. Please enter a postcode or town.',
  'place.clear': 'Clear place',
};
