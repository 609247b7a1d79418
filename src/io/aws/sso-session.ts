// The adapter for IAM Identity Center sign-ins: reads an sso-session's token cache file (the tokens stay in the text
// handed to the caller, never in our files or output), keeps what we learned about the sign-in in
// `<stateDir>/sso-session-<name>.json` (0600), and records a refusal when the service turns the token down. The
// decisions (sign-in or renewal, the estimated end) are in core/aws/sso-session.ts, applied by flows/aws/profile-snapshot.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileStem } from '../../core/aws/profile.ts';
import type { SsoSessionRecord } from '../../core/aws/sso-session.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';
import { readSmallText } from '../config/config-file.ts';
import type { Paths } from '../system/paths.ts';

const recordPath = (paths: Pick<Paths, 'stateDir'>, session: string) => join(paths.stateDir, `sso-session-${profileStem(session)}.json`);

export function readSessionRecord(paths: Pick<Paths, 'stateDir'>, session: string): SsoSessionRecord | null {
  try {
    const r = JSON.parse(readFileSync(recordPath(paths, session), 'utf8')) as Partial<SsoSessionRecord>;
    const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
    if (!num(r.signInAt) || !num(r.tokenExpiresAt) || (r.how !== 'seen' && r.how !== 'first-sight')) return null;
    const rec: SsoSessionRecord = { signInAt: r.signInAt, how: r.how, tokenExpiresAt: r.tokenExpiresAt, refreshKey: typeof r.refreshKey === 'string' ? r.refreshKey : null };
    if (num(r.refusedAt)) rec.refusedAt = r.refusedAt;
    if (typeof r.refusedReason === 'string') rec.refusedReason = r.refusedReason.slice(0, 200);
    return rec;
  } catch {
    return null; // a cache: unreadable means "not seen yet"
  }
}

export function writeSessionRecord(paths: Pick<Paths, 'stateDir'>, session: string, rec: SsoSessionRecord): void {
  try {
    writeFileAtomic(recordPath(paths, session), `${JSON.stringify(rec, null, 2)}\n`);
  } catch {
    // Read-only state dir: the estimate restarts from the token's write time next run; nothing breaks.
  }
}

/** The SSO token cache file, read once: its text (with the tokens: kept in memory only) and when it was written. */
export function readTokenFile(tokenFile: string): { text: string; mtimeMs: number } | null {
  const r = readSmallText(tokenFile, 1024 * 1024);
  return 'text' in r ? { text: r.text, mtimeMs: r.mtimeMs } : null;
}

/** IAM Identity Center turned the token down (expired and not renewable): the session is over, say so exactly. */
export function recordRefusal(paths: Pick<Paths, 'stateDir'>, session: string, reason: string, now: number): void {
  const prev = readSessionRecord(paths, session);
  if (!prev || prev.refusedAt !== undefined) return;
  writeSessionRecord(paths, session, { ...prev, refusedAt: now, refusedReason: reason });
}
