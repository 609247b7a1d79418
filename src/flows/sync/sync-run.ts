// One credential sync run (`cli.cjs sync`): read the profile's credentials once, send them to every configured
// target in parallel (each under its own lock and deadline), and record each target's result in the state file.
// 'auto' (after a login, or a prompt that saw the file change) skips targets that already hold these credentials;
// 'force' (`/aws-keepalive sync`) sends to all. A failing target only ever costs its own record.
import { createHash } from 'node:crypto';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import { lockKey, sectionBody, syncPayload, targetIds, timeoutMsOf, type SyncRecord, type SyncResult, type SyncState } from '../../core/sync/sync-plan.ts';
import { commandOutcome, syncRunText } from '../../core/sync/sync-text.ts';
import type { SyncTarget } from '../../schemas/sync-target.ts';
import type { Context } from '../../io/config/context.ts';
import { tryAcquireLock } from '../login/login-lock.ts';
import { runLogin } from '../../io/login/login-runner.ts';
import { readState, updateState } from '../../io/system/state-file.ts';
import { DEFAULT_REMOTE_PATH, runSshTarget } from '../../io/sync/sync-ssh.ts';
import { credentialsStat } from '../../io/aws/aws-credentials-file.ts';
import { runWebhookTarget } from '../../io/sync/sync-webhook.ts';
import { readProfileSnapshot, type ProfileSnapshot } from '../aws/profile-snapshot.ts';
import type { RunContext } from '../run-context.ts';

export interface TargetRun {
  id: string;
  /** 'unchanged': it already holds these credentials; 'busy': another run is syncing it right now. */
  result: SyncResult | 'unchanged' | 'busy';
  message: string;
}

/** What a sync run touches, bound to this run's profile: io/ in a real run, fakes in a unit test. */
export interface SyncIo {
  /** The profile snapshot, read under each target's lock: an older read must never overwrite a newer delivery. */
  readProfile(): ProfileSnapshot;
  /** ~/.aws/credentials' size and mtime (the prompt's change test), or null. */
  credentialsStat(): { size: number; mtimeMs: number } | null;
  readSync(): SyncState | undefined;
  updateSync(fn: (s: SyncState) => SyncState): void;
  /** The target's lock (one run per target at a time); throws when the state folder is unusable. */
  tryLock(key: string, deadline: number): { acquired: true; release(): void } | { acquired: false };
  /** Delivers the credentials (a target's own deadline inside). */
  send(t: SyncTarget, creds: ProfileCredentials, timeoutMs: number, now: number): Promise<{ ok: boolean; message: string }>;
}

export function syncIo(ctx: Context, env: Record<string, string | undefined>): SyncIo {
  const { paths } = ctx;
  const profile = ctx.profile.name;
  return {
    readProfile: () => readProfileSnapshot(ctx),
    credentialsStat: () => credentialsStat(paths.awsCredentials),
    readSync: () => readState(paths, profile).sync,
    updateSync: (fn) => void updateState(paths, profile, (st) => ({ ...st, sync: fn(st.sync ?? { targets: {} }) })),
    tryLock: (key, deadline) => tryAcquireLock(paths, key, { deadline, trigger: 'sync' }),
    send: (t, creds, timeoutMs, now) => sendTo(t, profile, creds, env, timeoutMs, now),
  };
}

export interface SyncDeps extends Pick<RunContext, 'now' | 'sleep'> {
  ctx: Context;
  io: SyncIo;
}

const LOCK_GRACE_MS = 5_000;
/** How often a run waiting for a target's lock looks again. */
const LOCK_POLL_MS = 200;

export async function runSync(d: SyncDeps, mode: 'auto' | 'force'): Promise<TargetRun[]> {
  const { ctx, now, io } = d;
  const targets = ctx.loaded.config.syncTargets;
  const ids = targetIds(targets);
  if (targets.length === 0) return [];
  const startedAt = now();
  // Taken before the read: a write after it moves the mtime, and the next prompt looks again.
  const stat = io.credentialsStat();
  io.updateSync((s) => ({ ...s, startedAt }));

  const runs = await Promise.all(
    targets.map(async (t, i): Promise<TargetRun> => {
      const id = ids[i]!;
      const timeoutMs = timeoutMsOf(t);
      // One run per target at a time: a second run (a prompt and a login a moment apart) waits its turn, then reads
      // the credentials under the lock, so an older read can never overwrite a newer delivery.
      const lock = await acquire(d, lockKey(t, DEFAULT_REMOTE_PATH), timeoutMs);
      if ('busy' in lock) return { id, result: 'busy', message: lock.busy };
      const source = credentialsToSend(io.readProfile(), ctx, now());
      if (!source.ok) {
        record(io, id, { at: now(), result: 'skipped', durationMs: 0, message: source.why, hash: null });
        lock.release();
        return { id, result: 'skipped', message: source.why };
      }
      const { creds, hash } = source;
      if (mode === 'auto') {
        const prev = io.readSync()?.targets[id];
        if (prev?.result === 'ok' && prev.hash === hash) {
          lock.release();
          return { id, result: 'unchanged', message: prev.message };
        }
      }
      try {
        const began = now();
        const out = await io.send(t, creds, timeoutMs, now());
        const rec: SyncRecord = { at: now(), result: out.ok ? 'ok' : 'error', durationMs: now() - began, message: out.message, hash: out.ok ? hash : null };
        record(io, id, rec);
        return { id, result: rec.result, message: rec.message };
      } finally {
        lock.release();
      }
    }),
  );
  // Records of targets no longer configured go; what this run saw is the prompt's baseline from now on.
  io.updateSync((s) => ({ ...s, ...(stat ? { seen: stat } : {}), doneAt: now(), targets: Object.fromEntries(Object.entries(s.targets).filter(([id]) => ids.includes(id))) }));
  return runs;
}

/** Takes the target's lock, waiting at most one target deadline for a run that holds it. */
async function acquire(d: SyncDeps, key: string, timeoutMs: number): Promise<{ release(): void } | { busy: string }> {
  const giveUpAt = d.now() + timeoutMs + LOCK_GRACE_MS;
  for (;;) {
    let lock;
    try {
      lock = d.io.tryLock(key, d.now() + timeoutMs + LOCK_GRACE_MS);
    } catch (err) {
      return { busy: syncRunText.lockFailed((err as NodeJS.ErrnoException).code ?? 'error') };
    }
    if (lock.acquired) return lock;
    if (d.now() >= giveUpAt) return { busy: syncRunText.lockBusy };
    await d.sleep(LOCK_POLL_MS);
  }
}

function record(io: SyncIo, id: string, rec: SyncRecord): void {
  io.updateSync((s) => ({ ...s, targets: { ...s.targets, [id]: rec } }));
}

type Source = { ok: true; creds: ProfileCredentials; hash: string } | { ok: false; why: string };

/** The profile's temporary credentials from ~/.aws/credentials, or why there is nothing to send. */
function credentialsToSend(snapshot: ProfileSnapshot, ctx: Context, now: number): Source {
  const p = snapshot.profile;
  if (!p.ok) {
    if (p.error.code === 'NO_SESSION_TOKEN') return { ok: false, why: syncRunText.longLived(ctx.profile.name) };
    return { ok: false, why: syncRunText.nothingToSend(p.error.message) };
  }
  if (p.value.kind !== 'file') return { ok: false, why: syncRunText.fromCli(ctx.profile.name, p.value.config.kind, ctx.paths.awsCredentials) };
  const c = p.value.creds;
  if (c.expiry.expiresAt !== null && c.expiry.expiresAt <= now) return { ok: false, why: syncRunText.expired };
  const hash = createHash('sha256').update(`${ctx.profile.name}\n${sectionBody(c)}`).digest('hex').slice(0, 24);
  return { ok: true, creds: c, hash };
}

async function sendTo(
  t: SyncTarget,
  profile: string,
  creds: ProfileCredentials,
  env: Record<string, string | undefined>,
  timeoutMs: number,
  now: number,
): Promise<{ ok: boolean; message: string }> {
  switch (t.type) {
    case 'ssh':
      return runSshTarget(t, profile, sectionBody(creds), env, timeoutMs);
    case 'webhook':
      return runWebhookTarget(t, syncPayload(t.remoteProfile ?? profile, creds, now), env, timeoutMs);
    case 'command': {
      const r = await runLogin({ command: t.command, input: syncPayload(t.remoteProfile ?? profile, creds, now), env, timeoutMs });
      return commandOutcome(r, timeoutMs, r.tail[r.tail.length - 1]);
    }
  }
}
