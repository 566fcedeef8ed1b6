import type { WorkspaceI18n } from '../i18n/workspace-i18n.js';

/**
 * The server's password rules (src/server/koordination/password-hash.ts), checked before
 * sending so the person sees every problem at once; the server checks again.
 */
export function passwordErrors(
  i18n: WorkspaceI18n,
  password: string,
  repeat: string,
  email: string,
): Record<'password' | 'repeat', string | undefined> {
  const t = i18n.t.bind(i18n);
  let first: string | undefined;
  if ([...password].length < 12) first = t('password.error.short');
  else if (password.length > 200) first = t('password.error.long');
  else if (password.trim().toLowerCase() === email.trim().toLowerCase()) first = t('password.error.email');
  return { password: first, repeat: !first && password !== repeat ? t('password.error.mismatch') : undefined };
}

/** The server's reason code (400 weak-password) in words. */
export function passwordProblemText(i18n: WorkspaceI18n, problem: unknown): string {
  if (problem === 'too-long') return i18n.t('password.error.long');
  if (problem === 'same-as-email') return i18n.t('password.error.email');
  return i18n.t('password.error.short');
}
