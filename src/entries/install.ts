// The post-install command: `node <config>/plugins/cache/<marketplace>/cc-aws-keepalive/<version>/dist/install.cjs`.
// Claude Code has no post-install hook, and plugins cannot set awsCredentialExport/awsAuthRefresh themselves.
import { fileURLToPath } from 'node:url';
import { processPaths } from '../io/system/paths.ts';
import { runInstall } from '../flows/settings/install.ts';

async function main(): Promise<number> {
  // `… | head -1` closes the pipe early: the reader has what it wanted, which is no reason for a stack trace.
  process.stdout.on('error', () => undefined);
  // This bundle lives in <plugin dir>/dist/: the version directory settings.json must point at.
  const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  const r = await runInstall({ argv: process.argv.slice(2), env: process.env, paths: processPaths(), root, platform: process.platform, now: new Date() });
  if (r.stdout.length) process.stdout.write(`${r.stdout.join('\n')}\n`);
  if (r.stderr.length) process.stderr.write(`${r.stderr.join('\n')}\n`);
  return r.code;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`cc-aws-keepalive: unexpected error in install: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
