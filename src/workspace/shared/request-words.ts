import { languageName } from '../../core/language/index.js';
import type { WorkspaceI18n } from '../i18n/workspace-i18n.js';

/**
 * Words for the codes a request carries, shared by the inbox and the detail. Each switches on
 * the code and falls back to showing it, so a request kind or value added later (a Lotse
 * request, a new setting) still shows up readable instead of breaking the page.
 */
export function statusWord(i18n: WorkspaceI18n, status: string): string {
  switch (status) {
    case 'received':
    case 'in-progress':
    case 'matched':
    case 'done':
    case 'cancelled':
      return i18n.t(`status.${status}`);
    default:
      return status;
  }
}

export function kindWord(i18n: WorkspaceI18n, kind: string): string {
  if (kind === 'dolmetscher' || kind === 'lotse') return i18n.t(`kind.${kind}`);
  return i18n.t('kind.other', kind);
}

export function requesterWord(i18n: WorkspaceI18n, type: string): string {
  const key = `requester.${type}` as const;
  return key in REQUESTER_KEYS ? i18n.t(key as keyof typeof REQUESTER_KEYS) : type;
}

const REQUESTER_KEYS = {
  'requester.schule': 1,
  'requester.kita': 1,
  'requester.arztpraxis': 1,
  'requester.behoerde': 1,
  'requester.beratungsstelle': 1,
  'requester.verein': 1,
  'requester.privat': 1,
} as const;

export function modeWord(i18n: WorkspaceI18n, mode: string): string {
  return mode === 'vor-ort' || mode === 'telefon' || mode === 'video' ? i18n.t(`mode.${mode}`) : mode;
}

const SETTINGS = ['schule-kita', 'gesundheit', 'behoerde', 'beratung', 'soziales', 'freizeit'] as const;

export function settingWord(i18n: WorkspaceI18n, setting: string): string {
  return (SETTINGS as readonly string[]).includes(setting) ? i18n.t(`setting.${setting as (typeof SETTINGS)[number]}`) : setting;
}

export function languageWord(i18n: WorkspaceI18n, code: string): string {
  return languageName(code, i18n.locale);
}

const TOPICS = ['behoerden', 'gesundheit', 'schule-kita', 'wohnen', 'arbeit', 'asyl-aufenthalt', 'alltag', 'freizeit', 'familie'] as const;

export function topicWord(i18n: WorkspaceI18n, topic: string): string {
  return (TOPICS as readonly string[]).includes(topic) ? i18n.t(`topic.${topic as (typeof TOPICS)[number]}`) : topic;
}
