import { expect } from '@open-wc/testing';
import { lotsenUrlCodec, type SharedSearch } from '../../../src/components/lotsen-finder/lotsen-url-codec.js';

/** Through the codec and back, as a link written by one finder and opened in another. */
const roundTrip = (state: SharedSearch) => lotsenUrlCodec.decode(lotsenUrlCodec.encode(state));

describe('lotsenUrlCodec', () => {
  it('gives back every part of a full search', () => {
    const state: SharedSearch = {
      ort: '63128',
      sprache: 'ti',
      themen: ['behoerden', 'gesundheit'],
      tage: ['di', 'do'],
      zeiten: ['nachmittags'],
      person: 'w',
      km: 25,
    };
    expect(roundTrip(state)).to.deep.equal(state);
  });

  it('writes only what is set, so links stay short', () => {
    expect(lotsenUrlCodec.encode({ ort: '', sprache: 'ar', themen: [], tage: [], zeiten: [], person: '' })).to.deep.equal({
      sprache: 'ar',
    });
    expect(roundTrip({ sprache: 'ar' })).to.deep.equal({ sprache: 'ar' });
  });

  it('reads links of the first release unchanged (same keys, comma lists)', () => {
    expect(lotsenUrlCodec.keys).to.have.members(['ort', 'sprache', 'themen', 'tage', 'zeiten', 'person', 'km']);
    expect(lotsenUrlCodec.decode({ ort: 'Dietzenbach', themen: 'wohnen,alltag', km: '10' })).to.deep.equal({
      ort: 'Dietzenbach',
      themen: ['wohnen', 'alltag'],
      km: 10,
    });
  });

  it('drops what a hand-edited link cannot mean', () => {
    expect(
      lotsenUrlCodec.decode({ themen: 'wohnen,<script>', tage: 'xx,mo', zeiten: 'nachts', person: 'x', km: '9999', ort: 'a'.repeat(500) }),
    ).to.deep.equal({ themen: ['wohnen'], tage: ['mo'], zeiten: [], person: '', ort: 'a'.repeat(120) });
  });
});
