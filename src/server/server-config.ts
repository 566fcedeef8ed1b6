/**
 * Options of the whole server from environment variables: the receiver's (receiver/config.ts)
 * plus the workspace's and the mail's (docs/koordination.md):
 *   WIR_FEEDS_DIR     folder of the offices' lists: <kommune>/<kind>.json (lotsen and sprachkurse published at /feeds/, dolmetscher private)
 *   WIR_PUBLIC_URL    https address of this server, for links in mails (required with WIR_SMTP_URL)
 *   WIR_SMTP_URL, WIR_MAIL_FROM, WIR_NOTIFY   see mail/mail-config.ts
 *   WIR_REQUIRE_TOTP  `*` or Kommune codes (06438,06411) whose accounts must use a second factor
 */
import { resolve } from 'node:path';
import { mailSettingsFromEnv } from './mail/mail-config.js';
import { nonEmpty, receiverOptionsFromEnv } from './receiver/config.js';
import type { ServerAppOptions } from './server-app.js';
import { KOMMUNE_CODE } from './store/index.js';

type Env = Record<string, string | undefined>;

export function serverAppOptionsFromEnv(env: Env = process.env): ServerAppOptions {
  const options: ServerAppOptions = receiverOptionsFromEnv(env);
  const feedsDir = nonEmpty(env.WIR_FEEDS_DIR);
  if (feedsDir !== undefined) options.feedsDir = resolve(feedsDir);
  options.mail = mailSettingsFromEnv(env);
  if (options.mail.smtpUrl && !options.publicUrl) {
    throw new Error('WIR_PUBLIC_URL is needed with WIR_SMTP_URL: links in mails must not be built from what a browser sent.');
  }
  const totp = nonEmpty(env.WIR_REQUIRE_TOTP);
  if (totp !== undefined) {
    const codes = totp.split(',').map((c) => c.trim());
    const bad = codes.find((c) => c !== '*' && !KOMMUNE_CODE.test(c));
    if (bad !== undefined) throw new Error(`WIR_REQUIRE_TOTP: "${bad}" is neither * nor a Kommune code.`);
    options.totpPolicy = codes;
  }
  return options;
}
