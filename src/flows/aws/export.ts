// awsCredentialExport: the profile's current credentials for Claude Code. Claude Code gives this command no timeout:
// for keys in ~/.aws/credentials (the normal path) it never spawns or touches the network; a profile defined in
// ~/.aws/config gets role credentials from the SSO cache or portal, its credential_process, or the AWS CLI — each
// under a deadline (flows/aws/config-credentials.ts, loaded only for such a profile).
import { formatError, type Result } from '../../core/errors.ts';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import { planExport, redactedSummary } from '../../core/aws/export-plan.ts';
import { loadContext } from '../../io/config/context.ts';
import type { RunContext } from '../run-context.ts';
import { readProfileSnapshot } from './profile-snapshot.ts';

export interface ExportDeps extends Pick<RunContext, 'now' | 'sleep' | 'env' | 'paths'> {
  /** A person trying the command in a terminal gets a redacted summary, never the keys. */
  toTerminal: boolean;
  /** Config warnings and the AWS CLI's own messages, one line each, as they come. */
  onStderr(line: string): void;
}

/** Exit code 0 with what to print (the JSON Claude Code reads, or the summary), or 1 with the one-line reason. */
export async function exportCredentials(d: ExportDeps): Promise<{ code: 0; stdout: string } | { code: 1; stderr: string }> {
  const ctx = await loadContext(d.env, d.paths);
  for (const w of ctx.loaded.warnings) d.onStderr(`cc-aws-keepalive: ${w}`);
  const snapshot = readProfileSnapshot(ctx);
  const profile = snapshot.profile;
  if (!profile.ok) return { code: 1, stderr: formatError(profile.error) };
  const p = profile.value;
  const hint = snapshot.loginHint;
  let creds: Result<ProfileCredentials>;
  if (p.kind === 'file') creds = { ok: true, value: p.creds };
  else {
    const { configProfileCredentials } = await import('./config-credentials.ts');
    creds = await configProfileCredentials(ctx, p, d.env, hint, { now: d.now(), onStderr: d.onStderr, clock: d.now, sleep: d.sleep });
  }
  if (!creds.ok) return { code: 1, stderr: formatError(creds.error) };
  const now = d.now();
  if (d.toTerminal) return { code: 0, stdout: `${redactedSummary(creds.value, ctx.profile.name, p.file, now)}\n` };
  const plan = planExport(creds.value, ctx.profile.name, now, hint);
  if (!plan.ok) return { code: 1, stderr: formatError(plan.error) };
  return { code: 0, stdout: `${JSON.stringify(plan.value)}\n` };
}
