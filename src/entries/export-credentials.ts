// awsCredentialExport: prints the profile's current credentials from disk for Claude Code.
// Claude Code gives this command no timeout, so it never spawns or touches the network.
import { formatError } from '../errors.ts';
import { processPaths } from '../io/paths.ts';
import { loadContext, loginHint } from '../io/context.ts';
import { readAwsCredentials } from '../io/aws-credentials-file.ts';
import { profileCredentials } from '../core/credentials.ts';
import { planExport, redactedSummary } from '../core/export-plan.ts';

async function main(): Promise<number> {
  const ctx = await loadContext(process.env, processPaths());
  for (const w of ctx.loaded.warnings) process.stderr.write(`cc-aws-keepalive: ${w}\n`);
  const file = ctx.paths.awsCredentials;
  const ini = readAwsCredentials(file);
  if (!ini.ok) return die(formatError(ini.error));
  const creds = profileCredentials(ini.value, ctx.profile.name, file, ctx.loaded.config.expirationField);
  if (!creds.ok) return die(formatError(creds.error));
  const now = Date.now();
  if (process.stdout.isTTY) {
    process.stdout.write(`${redactedSummary(creds.value, ctx.profile.name, file, now)}\n`);
    return 0;
  }
  const plan = planExport(creds.value, ctx.profile.name, now, loginHint(ctx));
  if (!plan.ok) return die(formatError(plan.error));
  process.stdout.write(`${JSON.stringify(plan.value)}\n`);
  return 0;
}

function die(line: string): number {
  process.stderr.write(`${line}\n`);
  return 1;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    // Last line of defence: one line, no stack trace.
    process.stderr.write(`cc-aws-keepalive: unexpected error in awsCredentialExport: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
