// What awsCredentialExport prints: STS-shaped JSON with Expiration inside the Credentials object
// (the only placement Claude Code honours), or a reason not to hand over dead keys.
import { fail, ok, type Result } from '../errors.ts';
import type { ProfileCredentials } from './credentials.ts';
import { formatDuration } from './expiry.ts';

/**
 * Claude Code caches exported credentials until Expiration − 5 min, but for a full hour when Expiration is
 * under 6 min away (or absent). Inside that window we report an Expiration just past 6 min, so the client asks
 * us again in about a minute and picks up the credentials a background login is writing, instead of holding
 * dying keys for an hour.
 */
export const SHORT_TTL_FLOOR_MS = 6 * 60_000 + 15_000;

export interface ExportOutput {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration?: string };
}

export function planExport(creds: ProfileCredentials, profile: string, now: number, loginHint: string): Result<ExportOutput> {
  const { expiresAt } = creds.expiry;
  if (expiresAt !== null && expiresAt <= now) {
    return fail('EXPIRED', `credentials for profile "${profile}" expired ${formatDuration(now - expiresAt)} ago`, loginHint);
  }
  const out: ExportOutput = {
    Credentials: { AccessKeyId: creds.accessKeyId, SecretAccessKey: creds.secretAccessKey, SessionToken: creds.sessionToken },
  };
  if (expiresAt !== null) out.Credentials.Expiration = new Date(Math.max(expiresAt, now + SHORT_TTL_FLOOR_MS)).toISOString();
  return ok(out);
}

/** What a person running the command in a terminal sees: enough to check it works, no secret. */
export function redactedSummary(creds: ProfileCredentials, profile: string, file: string, now: number): string {
  const { expiresAt } = creds.expiry;
  const expiry =
    expiresAt === null
      ? `expiry unknown (${creds.expiry.reason})`
      : `expires ${new Date(expiresAt).toISOString()} (${expiresAt > now ? `in ${formatDuration(expiresAt - now)}` : 'EXPIRED'}, ${creds.expiry.reason})`;
  return [
    `profile ${profile} (${file})`,
    `access key …${creds.accessKeyId.slice(-4)}, session token present`,
    expiry,
    'Claude Code receives the full credentials as JSON on a pipe; they are never shown on a terminal.',
  ].join('\n');
}
