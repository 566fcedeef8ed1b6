import type { Reason } from '../api/koordination-client.js';
import type { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { languageWord, modeWord, settingWord } from '../shared/request-words.js';
import { kommuneWord } from './request-facts.js';

const LEVELS = ['muttersprache', 'fliessend', 'gut', 'grundkenntnisse'] as const;

function weekday(i18n: WorkspaceI18n, day: string): string {
  // 2024-01-01 was a Monday; the core's days run mo … so.
  const index = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'].indexOf(day);
  if (index < 0) return day;
  return new Intl.DateTimeFormat(i18n.locale === 'de' ? 'de-DE' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
}

/**
 * A reason of the matching core (src/core/match/types.ts: code + params) in the coordinator's
 * words. Related languages say plainly that they are not the language asked for. A code this
 * version does not know is left out rather than shown as a code.
 */
export function reasonWords(i18n: WorkspaceI18n, reason: Reason): string | undefined {
  const t = i18n.t.bind(i18n);
  const p = reason.params;
  const text = (key: string) => String(p[key] ?? '');
  switch (reason.code) {
    case 'language': {
      const level = text('level');
      const name = languageWord(i18n, text('code'));
      return (LEVELS as readonly string[]).includes(level)
        ? t('reason.language.level', name, t(`level.${level as (typeof LEVELS)[number]}`))
        : t('reason.language', name);
    }
    case 'language-substitute':
      return t('reason.language-substitute', languageWord(i18n, text('code')), languageWord(i18n, text('asked')));
    case 'distance':
      return t('reason.distance', new Intl.NumberFormat(i18n.locale).format(Number(p.km)), text('ort'));
    case 'serves':
      return t('reason.serves', kommuneWord(text('kommune')));
    case 'mode':
      return t('reason.mode', modeWord(i18n, text('mode')));
    case 'setting':
      return t('reason.setting', settingWord(i18n, text('setting')));
    case 'available-at':
      return t('reason.available-at', weekday(i18n, text('day')), text('from'));
    case 'gender':
      return genderWord(i18n, text('gender'));
    default:
      return undefined;
  }
}

export function genderWord(i18n: WorkspaceI18n, gender: string | undefined): string | undefined {
  if (gender === 'w' || gender === 'm' || gender === 'd') return i18n.t(`suggest.gender.${gender}`);
  return undefined;
}

/** A relaxation (what would help when few match) in words; undefined for codes not worth offering here. */
export function relaxationWords(i18n: WorkspaceI18n, code: string, params: Record<string, unknown>): string {
  const t = i18n.t.bind(i18n);
  switch (code) {
    case 'radius':
      return t('relax.radius', Number(params.toKm));
    case 'language-substitute':
      return t('relax.language-substitute', languageWord(i18n, String(params.code ?? '')));
    case 'drop-kommune':
    case 'drop-mode':
    case 'drop-setting':
    case 'drop-date':
      return t(`relax.${code}`);
    default:
      return t('relax.other', code);
  }
}
