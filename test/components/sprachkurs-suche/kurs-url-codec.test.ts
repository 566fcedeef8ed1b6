import { expect } from '@open-wc/testing';
import { emptyFilters, type KursFilters } from '../../../src/components/sprachkurs-suche/kurs-filters.js';
import { type KursUrlState, kursUrlCodec } from '../../../src/components/sprachkurs-suche/kurs-url-codec.js';

const roundTrip = (state: KursUrlState) => kursUrlCodec.decode(kursUrlCodec.encode(state));
const filters = (patch: Partial<KursFilters>): KursFilters => ({ ...emptyFilters(), ...patch });

describe('kursUrlCodec', () => {
  it('gives back every filter, the place and the radius', () => {
    const state: KursUrlState = {
      filters: filters({
        levels: ['alpha', 'A1'],
        childcare: true,
        audience: 'frauen',
        dayparts: ['vormittags', 'abends'],
        days: ['mo', 'mi'],
        startsSoon: true,
        freeOnly: true,
        freeSeatsOnly: true,
        attendance: ['online'],
        program: ['wir'],
        includeFull: true,
      }),
      place: '63128',
      radiusKm: 35,
    };
    expect(roundTrip(state)).to.deep.equal(state);
  });

  it('gives back "I don’t know my level" and an empty search', () => {
    const unknown: KursUrlState = { filters: filters({ unknownLevel: true }) };
    expect(kursUrlCodec.encode(unknown)).to.deep.equal({ niveau: 'unbekannt' });
    expect(roundTrip(unknown)).to.deep.equal(unknown);
    expect(kursUrlCodec.encode({ filters: emptyFilters() })).to.deep.equal({});
  });

  it('reads links of the first release unchanged', () => {
    expect(kursUrlCodec.decode({ niveau: 'A1', kinderbetreuung: '1', ort: '63128', umkreis: '10' })).to.deep.equal({
      filters: filters({ levels: ['A1'], childcare: true }),
      place: '63128',
      radiusKm: 10,
    });
  });

  it('drops what a hand-edited link cannot mean', () => {
    expect(kursUrlCodec.decode({ niveau: 'Z9,A2', zeit: 'nachts', form: 'fax', kostenlos: 'ja', umkreis: '-3' })).to.deep.equal({
      filters: filters({ levels: ['A2'] }),
    });
  });
});
