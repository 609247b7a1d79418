// The post-install command: `node <config>/plugins/cache/<marketplace>/cc-aws-keepalive/<version>/dist/install.cjs`.
// Claude Code has no post-install hook, and plugins cannot set awsCredentialExport/awsAuthRefresh themselves.
import { fileURLToPath } from 'node:url';
import { parseSetupArgs, SETUP_USAGE } from '../core/setup-args.ts';
import { processPaths } from '../io/paths.ts';
import { runSetup } from '../flows/setup.ts';
import { VERSION } from '../version.ts';

async function main(): Promise<number> {
  // `… | head -1` closes the pipe early: the reader has what it wanted, which is no reason for a stack trace.
  process.stdout.on('error', () => undefined);
  const args = parseSetupArgs(process.argv.slice(2));
  if (!args.ok) {
    process.stderr.write(`cc-aws-keepalive: ${args.message}\n${SETUP_USAGE}\n`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(`${SETUP_USAGE}\n`);
    return 0;
  }
  // This bundle lives in <plugin dir>/dist/: the version directory settings.json must point at.
  const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  process.stdout.write(`cc-aws-keepalive ${VERSION} (${root})\n`);
  const report = await runSetup({ paths: processPaths(), root, platform: process.platform, now: new Date(), options: args.value });
  if (report.lines.length) process.stdout.write(`${report.lines.join('\n')}\n`);
  if (report.error) process.stderr.write(`${report.error}\n`);
  return report.error ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`cc-aws-keepalive: unexpected error in install: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
