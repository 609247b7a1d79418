// `node <plugin dir>/dist/cli.cjs [status|doctor|login|sync|setup|help]`; also what commands/aws-keepalive.md runs
// when the prompt hook could not answer the slash command itself. The prompt hook imports this bundle for
// `/aws-keepalive …` prompts only, so the hook's own bundle stays small for every other prompt.
import { realpathSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../flows/cli/cli-commands.ts';
import { processPaths } from '../io/system/paths.ts';
import type { RunContext } from '../flows/run-context.ts';

export { handleSlashCommand } from '../flows/cli/slash-command.ts';

async function main(): Promise<number> {
  // `… | head -1` closes the pipe early: the reader has what it wanted, which is no reason for a stack trace.
  process.stdout.on('error', () => undefined);
  const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  const stop = new AbortController();
  // Ctrl+C during a login: the runner kills the login's process tree and the lock is released.
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  const run: RunContext = { now: Date.now, sleep, env: process.env, platform: process.platform, paths: processPaths() };
  return runCommand(process.argv.slice(2), {
    ...run,
    root,
    cwd: process.cwd(),
    where: 'terminal',
    interactive: Boolean(process.stdin.isTTY),
    out: (line) => process.stdout.write(`${line}\n`),
    signal: stop.signal,
    nodeVersion: process.versions.node,
    watchdog: (ms) => void setTimeout(() => process.exit(1), ms).unref(),
  });
}

const self = fileURLToPath(import.meta.url);
const isMain = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(self);
  } catch {
    return false;
  }
})();

if (isMain) main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`cc-aws-keepalive: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
