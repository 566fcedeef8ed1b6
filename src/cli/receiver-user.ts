/**
 * `wir-widgets receiver user …`: coordinator accounts from the command line, on the database
 * the receiver uses (WIR_DB_PATH, or WIR_DATABASE_URL for PostgreSQL).
 *
 *   user add --email E --kommune 06438[,06432] [--admin] [--require-totp] [--password-stdin]
 *   user link --email E          a new one-time link to set the password (24 h)
 *   user disable --email E       logs the person out everywhere and keeps them out
 *   user enable --email E
 *   user list
 *
 * Without --password-stdin, `add` prints a one-time link (WIR_PUBLIC_URL, else the receiver's
 * default local address) that the person opens to choose a password; only its hash is stored.
 */
import { parseArgs } from 'node:util';
import { createAccount, describe, issuePasswordLink, passwordLinkPath, setPassword } from '../server/koordination/account-admin.js';
import { receiverOptionsFromEnv } from '../server/receiver/config.js';
import { type Account, openStore, type Store } from '../server/store/index.js';

export const USER_USAGE = `usage: wir-widgets receiver user add --email E --kommune 06438[,06432] [--admin] [--require-totp] [--password-stdin]
       wir-widgets receiver user link|disable|enable --email E
       wir-widgets receiver user list`;

export interface CliIo {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  /** The whole of standard input (for --password-stdin). */
  readStdin: () => Promise<string>;
}

export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `receiver <subcommand>`; only `user` lives here (other receiver subcommands are added beside it). */
export async function receiverCommand(argv: string[], io: CliIo): Promise<number> {
  const [group, action, ...rest] = argv;
  if (group !== 'user' || !action) {
    io.out(USER_USAGE);
    return 2;
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (error) {
    io.out(`${(error as Error).message}\n${USER_USAGE}`);
    return 2;
  }
  let store: Store;
  try {
    const options = receiverOptionsFromEnv(io.env);
    store = await openStore({ dbPath: options.dbPath, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) });
  } catch (error) {
    io.out(`cannot open the database: ${(error as Error).message}`);
    return 1;
  }
  try {
    return await run(action, parsed, store, io);
  } finally {
    await store.close();
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: {
      email: { type: 'string' },
      kommune: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'require-totp': { type: 'boolean', default: false },
      'password-stdin': { type: 'boolean', default: false },
    },
    strict: true,
  }).values;
}

function linkBaseFromEnv(env: Record<string, string | undefined>): string {
  return receiverOptionsFromEnv(env).publicUrl ?? `http://127.0.0.1:${env.PORT?.trim() || '8787'}`;
}

async function run(action: string, values: ReturnType<typeof parse>, store: Store, io: CliIo): Promise<number> {
  const now = new Date();
  const cli = { kind: 'system' as const };
  if (action === 'list') {
    const accounts = await store.accounts.list();
    if (accounts.length === 0) io.out('no accounts yet: wir-widgets receiver user add --email … --kommune …');
    for (const a of accounts)
      io.out(
        `${describe(a)}${a.disabled ? '  [disabled]' : ''}${a.hasPassword ? '' : '  [no password yet]'}${a.totpEnabled ? '  [2FA on]' : ''}`,
      );
    return 0;
  }
  if (!values.email) {
    io.out(`--email is required\n${USER_USAGE}`);
    return 2;
  }
  if (action === 'add') {
    const created = await createAccount(
      store,
      { email: values.email, kommunen: (values.kommune ?? '').split(','), admin: values.admin, totpRequired: values['require-totp'] },
      cli,
      now,
    );
    if ('problem' in created) {
      io.out(addProblem(created.problem, created.detail));
      return created.problem === 'email-taken' ? 1 : 2;
    }
    io.out(`account created: ${describe(created.account)}`);
    if (values['password-stdin']) return passwordFromStdin(store, created.account, io);
    return printLink(store, created.account, io, now);
  }
  const found = await store.accounts.byEmail(values.email);
  if (!found) {
    io.out(`no account for ${values.email}`);
    return 1;
  }
  const { account } = found;
  switch (action) {
    case 'link':
      return printLink(store, account, io, now);
    case 'disable':
    case 'enable':
      await store.transaction(async (tx) => {
        await tx.accounts.setDisabled(account.id, action === 'disable', now);
        if (action === 'disable') await tx.sessions.deleteForAccount(account.id);
        await tx.audit.record({ actorKind: 'system', action: 'account-changed', from: describe(account), to: `${action}d` }, now);
      });
      io.out(`${action}d: ${account.email}`);
      return 0;
    default:
      io.out(USER_USAGE);
      return 2;
  }
}

function addProblem(problem: string, detail: string | undefined): string {
  switch (problem) {
    case 'invalid-email':
      return '--email is not an e-mail address';
    case 'invalid-kommune':
      return `--kommune: not a Kreisschlüssel or AGS of a WIR area: ${detail}`;
    case 'no-kommune':
      return '--kommune is required (e.g. 06438 or 06438,06432) unless the account is --admin';
    default:
      return 'an account with this e-mail address exists already (wir-widgets receiver user link --email … gives it a new link)';
  }
}

async function printLink(store: Store, account: Account, io: CliIo, now: Date): Promise<number> {
  const token = await issuePasswordLink(store, account.id, now);
  io.out('one-time link to set the password (valid 24 hours; send it to the person, not by a public channel):');
  io.out(`  ${linkBaseFromEnv(io.env)}${passwordLinkPath(token)}`);
  return 0;
}

async function passwordFromStdin(store: Store, account: Account, io: CliIo): Promise<number> {
  const password = (await io.readStdin()).replace(/\r?\n$/, '');
  const set = await setPassword(store, account, password, undefined, { kind: 'system' }, new Date());
  if (!set.ok) {
    io.out(`password not set (${set.problem}: at least 12 characters, not the e-mail address); the account exists — use "user link"`);
    return 1;
  }
  io.out('password set');
  return 0;
}
