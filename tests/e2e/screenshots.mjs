// `npm run screenshots`: runs tests/e2e/screenshots-driver.ts through tsx (it reuses the end-to-end harness), which
// writes docs/images/*.svg from the real Claude Code. Needs what `npm run demo` needs: `npm ci`, tmux, a build.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests', 'e2e', 'screenshots-driver.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
