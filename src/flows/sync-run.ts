// One credential sync run (`cli.cjs sync`): read the profile's credentials once, send them to every configured
// target in parallel (each under its own lock and deadline), and record each target's result in the state file.
// 'auto' (after a login, or a prompt that saw the file change) skips targets that already hold these credentials;
// 'force' (`/aws-keepalive sync`) sends to all. A failing target only ever costs its own record.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProfileCredentials } from '../core/credentials.ts';
import { lockKey, sectionBody, syncPayload, targetIds, timeoutMsOf, type SyncRecord, type SyncResult, type SyncState } from '../core/sync-plan.ts';
import type { SyncTarget } from '../schemas/sync-target.ts';
import type { Context } from '../io/context.ts';
import { tryAcquireLock } from '../io/lock.ts';
import { runLogin } from '../io/login-runner.ts';
import { loadProfile } from '../io/profile-source.ts';
import { readState, updateState } from '../io/state-file.ts';
import { DEFAULT_REMOTE_PATH, runSshTarget } from '../io/sync-ssh.ts';
import { credentialsStat } from '../io/aws-credentials-file.ts';
import { runWebhookTarget } from '../io/sync-webhook.ts';

export interface TargetRun {
  id: string;
  /** 'unchanged': it already holds these credentials; 'busy': another run is syncing it right now. */
  result: SyncResult | 'unchanged' | 'busy';
  message: string;
}

const LOCK_GRACE_MS = 5_000;

export async function runSync(ctx: Context, env: Record<string, string | undefined>, mode: 'auto' | 'force', now: () => number): Promise<TargetRun[]> {
  const targets = ctx.loaded.config.syncTargets;
  const ids = targetIds(targets);
  if (targets.length === 0) return [];
  const profile = ctx.profile.name;
  const startedAt = now();
  // Taken before the read: a write after it moves the mtime, and the next prompt looks again.
  const stat = credentialsStat(ctx.paths.awsCredentials);
  const setSync = (fn: (s: SyncState) => SyncState) => updateState(ctx.paths, profile, (st) => ({ ...st, sync: fn(st.sync ?? { targets: {} }) }));
  setSync((s) => ({ ...s, startedAt }));

  const runs = await Promise.all(
    targets.map(async (t, i): Promise<TargetRun> => {
      const id = ids[i]!;
      const timeoutMs = timeoutMsOf(t);
      // One run per target at a time: a second run (a prompt and a login a moment apart) waits its turn, then reads
      // the credentials under the lock, so an older read can never overwrite a newer delivery.
      const lock = await acquire(ctx, lockKey(t, DEFAULT_REMOTE_PATH), timeoutMs, now);
      if ('busy' in lock) return { id, result: 'busy', message: lock.busy };
      const source = credentialsToSend(ctx, now());
      if (!source.ok) {
        record(setSync, id, { at: now(), result: 'skipped', durationMs: 0, message: source.why, hash: null });
        lock.release();
        return { id, result: 'skipped', message: source.why };
      }
      const { creds, hash } = source;
      if (mode === 'auto') {
        const prev = readPrev(ctx, id);
        if (prev?.result === 'ok' && prev.hash === hash) {
          lock.release();
          return { id, result: 'unchanged', message: prev.message };
        }
      }
      try {
        const began = now();
        const out = await sendTo(t, profile, creds, env, timeoutMs, now());
        const rec: SyncRecord = { at: now(), result: out.ok ? 'ok' : 'error', durationMs: now() - began, message: out.message, hash: out.ok ? hash : null };
        record(setSync, id, rec);
        return { id, result: rec.result, message: rec.message };
      } finally {
        lock.release();
      }
    }),
  );
  // Records of targets no longer configured go; what this run saw is the prompt's baseline from now on.
  setSync((s) => ({ ...s, ...(stat ? { seen: stat } : {}), doneAt: now(), targets: Object.fromEntries(Object.entries(s.targets).filter(([id]) => ids.includes(id))) }));
  return runs;
}

/** Takes the target's lock, waiting at most one target deadline for a run that holds it. */
async function acquire(ctx: Context, key: string, timeoutMs: number, now: () => number): Promise<{ release(): void } | { busy: string }> {
  const giveUpAt = now() + timeoutMs + LOCK_GRACE_MS;
  for (;;) {
    let lock;
    try {
      lock = tryAcquireLock(ctx.paths, key, { deadline: now() + timeoutMs + LOCK_GRACE_MS, trigger: 'sync' });
    } catch (err) {
      return { busy: `cannot take the sync lock (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    if (lock.acquired) return lock;
    if (now() >= giveUpAt) return { busy: 'another sync to this target is still running' };
    await sleep(200);
  }
}

function record(setSync: (fn: (s: SyncState) => SyncState) => void, id: string, rec: SyncRecord): void {
  setSync((s) => ({ ...s, targets: { ...s.targets, [id]: rec } }));
}

const readPrev = (ctx: Context, id: string): SyncRecord | undefined => readState(ctx.paths, ctx.profile.name).sync?.targets[id];

type Source = { ok: true; creds: ProfileCredentials; hash: string } | { ok: false; why: string };

/** The profile's temporary credentials from ~/.aws/credentials, or why there is nothing to send. */
function credentialsToSend(ctx: Context, now: number): Source {
  const p = loadProfile(ctx);
  if (!p.ok) {
    if (p.error.code === 'NO_SESSION_TOKEN') return { ok: false, why: `profile "${ctx.profile.name}" holds long-lived keys (no aws_session_token), which are never synced` };
    return { ok: false, why: `nothing to send: ${p.error.message}` };
  }
  if (p.value.kind !== 'file') return { ok: false, why: `profile "${ctx.profile.name}" gets its credentials from the AWS CLI (${p.value.config.kind}); sync sends keys from ${ctx.paths.awsCredentials} only` };
  const c = p.value.creds;
  if (c.expiry.expiresAt !== null && c.expiry.expiresAt <= now) return { ok: false, why: 'the credentials on disk have expired; nothing worth sending until the next login' };
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
      const last = r.tail[r.tail.length - 1];
      if (r.spawnError) return { ok: false, message: `could not start the command (${r.spawnError})` };
      if (r.timedOut) return { ok: false, message: `the command did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped with its children (timeoutSeconds raises the limit)` };
      if (r.exitCode !== 0) return { ok: false, message: `the command ${r.exitCode === null ? 'was stopped' : `failed (exit code ${r.exitCode})`}${last ? `: ${last}` : ''}` };
      return { ok: true, message: `delivered to the command (exit 0)${last ? `: ${last}` : ''}` };
    }
  }
}
