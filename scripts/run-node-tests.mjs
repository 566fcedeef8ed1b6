// npm run test:node: every Node test file that test/support/test-environments.mjs assigns to Node,
// or only the files given as arguments. Output is node --test's own, which scripts/test-all.mjs reads.
import { spawn } from 'node:child_process';
import { nodeTestFiles } from '../test/support/test-environments.mjs';

const files = process.argv.length > 2 ? process.argv.slice(2) : nodeTestFiles();
const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...files], { stdio: 'inherit' });
child.on('close', (code) => process.exit(code ?? 1));
