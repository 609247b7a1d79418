// Credential sync decisions, pure: what each target is called, what it receives, whether a prompt should start a
// sync run, and how a target's last result reads in status. The adapters (io/sync-*.ts) do the sending.
import type { ProfileCredentials } from '../aws/credentials.ts';
import { formatDuration } from '../aws/expiry.ts';
import type { SyncTarget } from '../../schemas/sync-target.ts';

export type SyncResult = 'ok' | 'error' | 'skipped';

/** One target's last run, kept in the profile's state file. Never holds a secret. */
export interface SyncRecord {
  at: number;
  result: SyncResult;
  durationMs: number;
  /** What changed (`replaced [work] in ~/.aws/credentials`), or why it failed or was skipped, with the fix. */
  message: string;
  /** Digest of the credentials this target last received (see flows/sync/sync-run.ts), so unchanged ones are not resent. */
  hash: string | null;
}

export interface SyncState {
  /** Size and mtime of the credentials file when a sync run last read it: the prompt's cheap change test. */
  seen?: { size: number; mtimeMs: number };
  /** When the last sync run was started (by a prompt or a login), so prompts do not pile up runs. */
  startedAt?: number;
  /** When the last run ended: a start after it means a run is (or died) under way. */
  doneAt?: number;
  targets: Record<string, SyncRecord>;
}

export const DEFAULT_TARGET_TIMEOUT_S = 20;
/** A failed target is retried by a later prompt after this long (a login retries it at once). */
export const SYNC_RETRY_MS = 5 * 60_000;
/** A run started this recently and not yet done is under way: a prompt does not start another. */
export const SYNC_START_GAP_MS = 60_000;

/** The target's name in status, state and messages: its `name`, else where it points. */
export function targetId(t: SyncTarget): string {
  if (t.name) return t.name;
  switch (t.type) {
    case 'ssh':
      return `ssh:${t.user ? `${t.user}@` : ''}${t.host}${t.port ? `:${t.port}` : ''}`;
    case 'webhook': {
      try {
        const u = new URL(t.url);
        return `webhook:${u.host}${u.pathname === '/' ? '' : u.pathname}`;
      } catch {
        return 'webhook:(invalid url)';
      }
    }
    case 'command':
      return `command:${t.command.trim().split(/\s+/)[0] ?? ''}`;
  }
}

/** Ids made unique (two unnamed targets to one host get `#2`), in config order. */
export function targetIds(targets: readonly SyncTarget[]): string[] {
  const seen = new Map<string, number>();
  return targets.map((t) => {
    const id = targetId(t);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

/**
 * What a target's lock is named after: where it writes, so two profiles syncing into one remote file take turns
 * (each run reads, edits and replaces the whole file).
 */
export function lockKey(t: SyncTarget, remotePathDefault: string): string {
  switch (t.type) {
    case 'ssh':
      return `sync ssh ${t.user ?? ''}@${t.host}:${t.port ?? 22} ${t.remotePath ?? remotePathDefault}`;
    case 'webhook':
      return `sync webhook ${t.url}`;
    case 'command':
      return `sync command ${t.command}`;
  }
}

export const timeoutMsOf = (t: SyncTarget): number => (t.timeoutSeconds ?? DEFAULT_TARGET_TIMEOUT_S) * 1000;

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The key lines an ssh target writes under `[remoteProfile]`: the three keys and, when known, the expiry in the
 * field most tools write (our own plugin on the remote machine reads it for its warnings).
 */
export function sectionBody(c: ProfileCredentials): string {
  const lines = [`aws_access_key_id = ${c.accessKeyId}`, `aws_secret_access_key = ${c.secretAccessKey}`, `aws_session_token = ${c.sessionToken}`];
  if (c.expiry.expiresAt !== null) lines.push(`x_security_token_expires = ${iso(c.expiry.expiresAt)}`);
  return `${lines.join('\n')}\n`;
}

/** What webhook and command targets receive (JSON): the profile, the credentials in STS's shape, their expiry. */
export function syncPayload(profile: string, c: ProfileCredentials, now: number): string {
  return JSON.stringify({
    profile,
    credentials: {
      AccessKeyId: c.accessKeyId,
      SecretAccessKey: c.secretAccessKey,
      SessionToken: c.sessionToken,
      Expiration: c.expiry.expiresAt === null ? null : iso(c.expiry.expiresAt),
    },
    sentAt: iso(now),
    source: 'cc-aws-keepalive',
  });
}

/** The header of the section to replace: `[name]` in a credentials file, `[profile name]` in a config file. */
export function sectionHeader(profile: string, remotePath: string): string {
  const isConfig = /(^|[\\/])config$/.test(remotePath);
  return isConfig && profile !== 'default' ? `profile ${profile}` : profile;
}

export interface DueInput {
  now: number;
  ids: readonly string[];
  state: SyncState | undefined;
  /** The credentials file's size and mtime now, or null when it cannot be read. */
  stat: { size: number; mtimeMs: number } | null;
  /** `syncCooldownSeconds` in ms: no run starts this soon after the last one started (0: no floor). */
  floorMs?: number;
}

/**
 * Should this prompt start a sync run? Only file metadata and the state file are consulted (no hashing, no child
 * process): the run itself decides per target whether the credentials really changed.
 */
export function autoSyncDue(i: DueInput): { due: boolean; reason: string } {
  if (i.ids.length === 0) return { due: false, reason: 'no syncTargets' };
  if (!i.stat) return { due: false, reason: 'no credentials file' };
  const s = i.state;
  const started = s?.startedAt;
  const running = started !== undefined && (s?.doneAt === undefined || s.doneAt < started);
  if (running && started <= i.now && i.now - started < SYNC_START_GAP_MS) return { due: false, reason: 'a sync run started less than a minute ago is still running' };
  if (i.floorMs && started !== undefined && started <= i.now && i.now - started < i.floorMs) {
    return { due: false, reason: `the last sync run started less than ${Math.round(i.floorMs / 1000)} s ago (syncCooldownSeconds)` };
  }
  if (!s?.seen || s.seen.size !== i.stat.size || s.seen.mtimeMs !== i.stat.mtimeMs) return { due: true, reason: 'the credentials file changed since the last sync run' };
  const missing = i.ids.find((id) => !s.targets[id]);
  if (missing) return { due: true, reason: `target ${missing} has never been synced` };
  const retry = i.ids.find((id) => {
    const r = s.targets[id]!;
    return r.result === 'error' && (r.at > i.now || i.now - r.at >= SYNC_RETRY_MS);
  });
  if (retry) return { due: true, reason: `retrying target ${retry}` };
  return { due: false, reason: 'nothing changed since the last sync' };
}

/** One status line per target: when, ok/error/skipped, and what happened. */
export function describeSyncRecord(r: SyncRecord | undefined, now: number): string {
  if (!r) return 'not synced yet';
  const when = now - r.at < 60_000 ? 'just now' : `${formatDuration(now - r.at)} ago`;
  const word = r.result === 'ok' ? 'ok' : r.result === 'error' ? 'FAILED' : 'skipped';
  return `${word} ${when}: ${r.message}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The `sync` entry of a state file, keeping only well-typed fields (a hand-edited file never crashes a reader). */
export function parseSyncState(raw: unknown): SyncState | undefined {
  if (!isObj(raw)) return undefined;
  const out: SyncState = { targets: {} };
  if (isObj(raw.seen) && isNum(raw.seen.size) && isNum(raw.seen.mtimeMs)) out.seen = { size: raw.seen.size, mtimeMs: raw.seen.mtimeMs };
  if (isNum(raw.startedAt)) out.startedAt = raw.startedAt;
  if (isNum(raw.doneAt)) out.doneAt = raw.doneAt;
  if (isObj(raw.targets)) {
    for (const [id, r] of Object.entries(raw.targets)) {
      if (!isObj(r) || !isNum(r.at) || (r.result !== 'ok' && r.result !== 'error' && r.result !== 'skipped') || typeof r.message !== 'string') continue;
      out.targets[id] = { at: r.at, result: r.result, durationMs: isNum(r.durationMs) ? r.durationMs : 0, message: r.message.slice(0, 500), hash: typeof r.hash === 'string' ? r.hash : null };
    }
  }
  return out;
}
