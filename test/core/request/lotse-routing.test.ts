import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lotseRequestKommune } from '../../../src/core/request/lotse-routing.js';

describe('lotseRequestKommune', () => {
  it("sends a contact request to the Lotse's own Kommune, else to the feed publisher's office", () => {
    assert.equal(lotseRequestKommune({ place: { ort: 'Dietzenbach', kommune: '06438', lat: 50, lon: 8.8 } }, '06412'), '06438');
    assert.equal(lotseRequestKommune({ place: { ort: 'Dietzenbach', kommune: '', lat: 50, lon: 8.8 } }, '06412'), '06412');
    assert.equal(lotseRequestKommune({ place: { ort: 'Dietzenbach', kommune: '', lat: 50, lon: 8.8 } }, undefined), '');
  });
});
