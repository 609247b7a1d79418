// `npm run demo`: needs no AWS account. Checks the two prerequisites, then runs the TypeScript driver
// (tests/e2e/demo-driver.ts) through tsx so it can reuse the end-to-end harness.
// Options: --no-baseline (skip the without-plugin comparison), --keep (keep the sandbox's evidence), --client oldest
// (the 2.1.197 story instead of the latest verified client's).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fail = (msg) => {
  process.stderr.write(`npm run demo: ${msg}\n`);
  process.exit(1);
};

if (process.platform === 'win32') fail('the demo drives Claude Code through tmux, which needs Linux or macOS (WSL works).');
const clients = [join(root, 'node_modules', 'claude-code-latest', 'bin', 'claude.exe'), join(root, 'node_modules', '@anthropic-ai', 'claude-code', 'bin', 'claude.exe')];
if (!clients.every((c) => existsSync(c)) || !existsSync(join(root, 'node_modules', 'tsx'))) {
  fail('run `npm ci` first: the demo uses the pinned Claude Code clients from node_modules.');
}
if (spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status !== 0) {
  fail('tmux is needed to run Claude Code in a hidden terminal: `sudo apt-get install tmux` or `brew install tmux`.');
}
if (!existsSync(join(root, 'dist', 'export-credentials.cjs'))) fail('dist/ is missing: run `npm run build`.');

const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests', 'e2e', 'demo-driver.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the driver too (same terminal); it stops Claude Code and cleans up, then exits.
process.on('SIGINT', () => undefined);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
