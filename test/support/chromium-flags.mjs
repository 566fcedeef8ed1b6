// How every test, screenshot and benchmark starts Debian's Chromium in this sandbox (root, no
// network, no GPU). The background-networking flags matter: without them Chromium keeps
// reaching for update and sync hosts that this machine refuses.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
