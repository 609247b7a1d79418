// awsCredentialExport: prints the profile's current credentials from disk for Claude Code.
// Claude Code gives this command no timeout: for keys in ~/.aws/credentials (the normal path) it never spawns
// or touches the network; a profile defined in ~/.aws/config gets role credentials from the SSO cache or portal, its
// credential_process, or the AWS CLI — each under a deadline.
import { fstatSync } from 'node:fs';
import { formatError, type Result } from '../errors.ts';
import { processPaths } from '../io/paths.ts';
import { loadContext } from '../io/context.ts';
import { readProfileSnapshot } from '../flows/profile-snapshot.ts';
import type { ProfileCredentials } from '../core/credentials.ts';
import { planExport, redactedSummary } from '../core/export-plan.ts';
import { writeStdout } from '../io/stdin.ts';

// A terminal (a person trying the command) gets a redacted summary, never the keys. Asked of fd 1 directly:
// `process.stdout` on Claude Code's pipe would load the whole net and streams stack first.
const toTerminal = (): boolean => {
  try {
    return fstatSync(1).isCharacterDevice();
  } catch {
    return false;
  }
};

async function main(): Promise<number> {
  const ctx = await loadContext(process.env, processPaths());
  for (const w of ctx.loaded.warnings) process.stderr.write(`cc-aws-keepalive: ${w}\n`);
  const snapshot = readProfileSnapshot(ctx);
  const profile = snapshot.profile;
  if (!profile.ok) return die(formatError(profile.error));
  const p = profile.value;
  const hint = snapshot.loginHint;
  let creds: Result<ProfileCredentials>;
  if (p.kind === 'file') creds = { ok: true, value: p.creds };
  else {
    const { configProfileCredentials } = await import('../flows/config-credentials.ts');
    creds = await configProfileCredentials(ctx, p, process.env, hint, { now: Date.now(), onStderr: (l) => process.stderr.write(`${l}\n`) });
  }
  if (!creds.ok) return die(formatError(creds.error));
  const now = Date.now();
  if (toTerminal()) {
    writeStdout(`${redactedSummary(creds.value, ctx.profile.name, p.file, now)}\n`);
    return 0;
  }
  const plan = planExport(creds.value, ctx.profile.name, now, hint);
  if (!plan.ok) return die(formatError(plan.error));
  writeStdout(`${JSON.stringify(plan.value)}\n`);
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
