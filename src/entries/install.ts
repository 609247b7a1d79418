// The post-install command: `node <config>/plugins/cache/<marketplace>/cc-aws-keepalive/<version>/dist/install.cjs`.
// Claude Code has no post-install hook, and plugins cannot set awsCredentialExport/awsAuthRefresh themselves.
import { fileURLToPath } from 'node:url';
import { processPaths } from '../io/system/paths.ts';
import { runInstall } from '../flows/settings/install.ts';
import type { RunContext } from '../flows/run-context.ts';

async function main(): Promise<number> {
  // `… | head -1` closes the pipe early: the reader has what it wanted, which is no reason for a stack trace.
  process.stdout.on('error', () => undefined);
  // This bundle lives in <plugin dir>/dist/: the version directory settings.json must point at.
  const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  const run: RunContext = { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), env: process.env, platform: process.platform, paths: processPaths() };
  // Ctrl-C during the login test stops the tool (and its process tree) before we exit.
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  return runInstall({
    ...run,
    argv: process.argv.slice(2),
    root,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    signal: stop.signal,
  });
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`cc-aws-keepalive: unexpected error in install: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
