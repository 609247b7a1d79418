// The only code that runs the AWS CLI: `aws configure export-credentials` turns a config profile into keys,
// renewing tokens itself. Used only for what flows/aws/config-credentials.ts cannot do in-process (an SSO access token
// to renew, `aws login`, role chains), under a hard deadline because Claude Code waits on the export.
import { spawnSync } from 'node:child_process';
import { ok, type Result } from '../../core/errors.ts';
import { awsCliFailure, expiryReason, parseProcessCredentials } from '../../core/aws/aws-config.ts';
import { cleanOutputLine } from '../../core/redact.ts';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';

export const AWS_CLI_DEADLINE_MS = 15_000;

export function exportViaAwsCli(
  profile: string,
  env: Record<string, string | undefined>,
  loginHint: string,
  timeoutMs = AWS_CLI_DEADLINE_MS,
): Result<ProfileCredentials> {
  const r = spawnSync('aws', ['configure', 'export-credentials', '--profile', profile, '--format', 'process'], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: Math.max(1_000, timeoutMs),
    killSignal: 'SIGKILL',
    windowsHide: true,
    maxBuffer: 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    return awsCliFailure.missing(profile);
  }
  if (r.error || r.signal) {
    return awsCliFailure.timedOut(profile, Math.max(1_000, timeoutMs), loginHint);
  }
  if (r.status !== 0) {
    // The CLI's own words ("Token has expired and refresh failed") say best what is wrong; secrets never appear there, but we redact anyway.
    const why = (r.stderr ?? '').split(/\r?\n/).map(cleanOutputLine).find((l) => l !== null) ?? `exit code ${r.status}`;
    return awsCliFailure.failed(profile, why, loginHint);
  }
  const parsed = parseProcessCredentials(r.stdout ?? '');
  if (typeof parsed === 'string') return awsCliFailure.unreadable(profile, parsed, loginHint);
  const { expiresAt, ...keys } = parsed;
  return ok({ ...keys, expiry: { expiresAt, source: { kind: 'field', name: 'aws configure export-credentials' }, reason: expiryReason.awsCli } });
}
