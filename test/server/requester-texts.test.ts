/**
 * The requester's words in all eight UI locales: every locale has every text, the sentence
 * for an arranged interpreter names day and time in that locale's way, and Leichte Sprache
 * is chosen for any tag that asks for it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appointmentDate, appointmentTime, requesterTexts } from '../../src/server/mail/requester-texts.js';

const LOCALES = ['de', 'de-x-ls', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'];

describe('requester texts', () => {
  it('exist in every locale, each different from German except where Leichte Sprache keeps it', () => {
    const german = requesterTexts('de').texts;
    for (const locale of LOCALES) {
      const { locale: ui, texts } = requesterTexts(locale);
      assert.equal(ui, locale);
      for (const [key, value] of Object.entries(texts)) {
        assert.ok(value !== undefined && value !== '', `${locale}.${key}`);
      }
      for (const status of ['received', 'in-progress', 'matched', 'done', 'cancelled'] as const)
        assert.ok(texts.status[status], `${locale} ${status}`);
      if (locale !== 'de' && locale !== 'de-x-ls') assert.notEqual(texts.pageTitle, german.pageTitle, locale);
    }
    assert.equal(requesterTexts('de-DE-x-ls').locale, 'de-x-ls');
    assert.equal(requesterTexts('ar-SY').texts.dir, 'rtl');
    assert.equal(requesterTexts('fa').texts.dir, 'rtl');
    assert.equal(requesterTexts('xx').locale, 'de');
  });

  it("says who comes when, in each locale's words and calendar", () => {
    const facts = (locale: string, gender?: string, mode = 'vor-ort') => {
      const { texts } = requesterTexts(locale);
      const date = appointmentDate(texts, '2026-12-10');
      return texts.matchedDolmetscher({ ...(gender ? { gender } : {}), mode, date, time: appointmentTime('09:30') });
    };
    assert.equal(facts('de', 'w'), 'Eine Dolmetscherin kommt am 10.12. um 9:30.');
    assert.equal(facts('de', 'm', 'telefon'), 'Ein Dolmetscher ist am 10.12. um 9:30 am Telefon dabei.');
    assert.equal(facts('de-x-ls', 'w'), 'Eine Dolmetscherin kommt zu Ihnen. Am 10. Dezember um 9:30 Uhr.');
    assert.equal(facts('en'), 'An interpreter will come on 10 December at 9:30.');
    assert.equal(facts('ar', 'w'), 'ستأتي مترجمة في 10 ديسمبر الساعة 9:30.');
    assert.match(facts('fa'), /10 دسامبر/, 'Gregorian, not the Persian calendar');
    assert.equal(facts('tr', undefined, 'video'), '10 Aralık, saat 9:30: Bir tercüman görüntülü görüşmeyle katılacak.');
    assert.equal(facts('uk', 'w'), 'Перекладачка прийде 10 грудня о 9:30.');
    assert.equal(facts('ru', 'm'), 'Переводчик придёт 10 декабря в 9:30.');
  });
});
