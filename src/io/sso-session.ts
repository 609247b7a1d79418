// The adapter for IAM Identity Center sign-ins: reads an sso-session's token cache file (fields and mtime only,
// never keeping a token), keeps what we learned about the sign-in in `<stateDir>/sso-session-<name>.json` (0600),
// and records a refusal when the service turns the token down. The decisions are in core/sso-session.ts.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { profileStem } from '../core/profile.ts';
import { DEFAULT_SSO_SESSION_HOURS, observeToken, refreshKeyOf, sessionExpiry, type SsoSessionRecord, type TokenFacts } from '../core/sso-session.ts';
import { parseExpiryValue, type Expiry } from '../core/expiry.ts';
import type { Config } from '../schemas/config.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { Paths } from './paths.ts';

/** The configured session length for one sso-session name. */
export function sessionHoursFor(config: Pick<Config, 'ssoSessionHours'>, session: string): number {
  const h = config.ssoSessionHours;
  return typeof h === 'number' ? h : (h[session] ?? DEFAULT_SSO_SESSION_HOURS);
}

const recordPath = (paths: Pick<Paths, 'stateDir'>, session: string) => join(paths.stateDir, `sso-session-${profileStem(session)}.json`);

function readRecord(paths: Pick<Paths, 'stateDir'>, session: string): SsoSessionRecord | null {
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

function writeRecord(paths: Pick<Paths, 'stateDir'>, session: string, rec: SsoSessionRecord): void {
  try {
    writeFileAtomic(recordPath(paths, session), `${JSON.stringify(rec, null, 2)}\n`);
  } catch {
    // Read-only state dir: the estimate restarts from the token's write time next run; nothing breaks.
  }
}

/** The token's facts, or null when there is no usable token with a refresh token (then the token's own expiry rules). */
export function readTokenFacts(tokenFile: string): TokenFacts | null {
  try {
    const st = statSync(tokenFile);
    if (st.size > 1024 * 1024) return null;
    const t = JSON.parse(readFileSync(tokenFile, 'utf8')) as { expiresAt?: unknown; refreshToken?: unknown };
    const expiresAt = typeof t.expiresAt === 'string' ? (parseExpiryValue(t.expiresAt) ?? NaN) : NaN;
    if (Number.isNaN(expiresAt) || typeof t.refreshToken !== 'string' || !t.refreshToken) return null;
    return { expiresAt, writtenAt: st.mtimeMs, refreshKey: refreshKeyOf(t.refreshToken) };
  } catch {
    return null;
  }
}

/** Looks at the token, updates what we know about the sign-in, and returns the session's (estimated) end. */
export function ssoSessionExpiry(paths: Pick<Paths, 'stateDir'>, session: string, token: TokenFacts, config: Pick<Config, 'ssoSessionHours'>): Expiry {
  const hours = sessionHoursFor(config, session);
  const { record, changed } = observeToken(readRecord(paths, session), token, hours * 3600_000);
  if (changed) writeRecord(paths, session, record);
  return sessionExpiry(record, hours, session);
}

/** IAM Identity Center turned the token down (expired and not renewable): the session is over, say so exactly. */
export function recordRefusal(paths: Pick<Paths, 'stateDir'>, session: string, reason: string, now: number): void {
  const prev = readRecord(paths, session);
  if (!prev || prev.refusedAt !== undefined) return;
  writeRecord(paths, session, { ...prev, refusedAt: now, refusedReason: reason });
}

/**
 * A login we ran has finished: a token written since it started is a sign-in, whatever it looks like (a login
 * in the last minutes of an access token is otherwise indistinguishable from a renewal with a rotated refresh token).
 */
export function noteSignIn(paths: Pick<Paths, 'stateDir'>, session: string, tokenFile: string, loginStartedAt: number): void {
  const token = readTokenFacts(tokenFile);
  if (!token || token.writtenAt < loginStartedAt - 1_000) return;
  writeRecord(paths, session, { signInAt: token.writtenAt, how: 'seen', tokenExpiresAt: token.expiresAt, refreshKey: token.refreshKey });
}
