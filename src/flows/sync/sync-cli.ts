// `/aws-keepalive sync` and the sync parts of `status` and `doctor`. In a terminal `sync` runs every target now
// and prints each result; from the prompt hook (a few seconds at most) it starts the same run detached and shows
// what finished in time. Doctor checks each target without sending credentials.
import type { Check } from '../../core/status/doctor.ts';
import { commandProgram } from '../../core/status/doctor.ts';
import { targetIds, timeoutMsOf, type SyncRecord, type SyncState } from '../../core/sync/sync-plan.ts';
import { programProbe, syncCliText, syncStatusText, targetChecks } from '../../core/sync/sync-text.ts';
import type { SyncTarget } from '../../schemas/sync-target.ts';
import type { Context } from '../../io/config/context.ts';
import { readState } from '../../io/system/state-file.ts';
import { findProgram } from '../../io/system/program-path.ts';
import { runSync, syncIo, type TargetRun } from './sync-run.ts';
import { runSshTarget } from '../../io/sync/sync-ssh.ts';
import { startSyncRun } from './sync-start.ts';
import type { RunContext } from '../run-context.ts';
import { runWebhookTarget } from '../../io/sync/sync-webhook.ts';

/** How long the slash command waits for a detached run before answering (the hook has 5 s in all). */
const SLASH_WAIT_MS = 3_500;
/** How often it looks at the state file meanwhile. */
const SLASH_POLL_MS = 150;

/** What `sync` starts and reads, bound to the command's profile: io/ and sync-run in a real run, fakes in a unit test. */
export interface SyncCliIo {
  /** One sync run here, waited for. */
  runSync(mode: 'auto' | 'force'): Promise<TargetRun[]>;
  /** The same run, detached (`cli.cjs sync`); false when node could not be started. */
  startRun(): boolean;
  readSync(): SyncState | undefined;
}

export function syncCliIo(ctx: Context, env: Record<string, string | undefined>, now: () => number, sleep: (ms: number) => Promise<unknown>): SyncCliIo {
  return {
    runSync: (mode) => runSync({ ctx, now, sleep, io: syncIo(ctx, env) }, mode),
    startRun: () => startSyncRun(ctx.profile.name, env, ['sync']),
    readSync: () => readState(ctx.paths, ctx.profile.name).sync,
  };
}

export interface SyncCliDeps extends Pick<RunContext, 'now' | 'sleep'> {
  ctx: Context;
  where: 'terminal' | 'slash';
  out: (l: string) => void;
  watchdog: (ms: number) => void;
  io: SyncCliIo;
}

export async function syncCommand(d: SyncCliDeps, args: string[]): Promise<number> {
  const { ctx, out, now } = d;
  const targets = ctx.loaded.config.syncTargets;
  if (args.includes('--auto')) {
    // The detached run: every target has its own deadline; this only guards against a bug outliving them all.
    d.watchdog(2 * Math.max(0, ...targets.map(timeoutMsOf)) + 15_000);
    await d.io.runSync('auto');
    return 0;
  }
  if (targets.length === 0) {
    const broken = ctx.loaded.warnings.filter((w) => w.includes('syncTargets'));
    for (const w of broken) out(syncCliText.configWarning(w));
    if (!broken.length) out(syncCliText.noTargets(ctx.loaded.file ?? ctx.paths.configJson));
    return 1;
  }
  let runs: TargetRun[];
  if (d.where === 'terminal') runs = await d.io.runSync('force');
  else {
    const since = now();
    if (!d.io.startRun()) {
      out(syncCliText.notStarted);
      return 1;
    }
    runs = await waitForRecords(d, since);
  }
  syncCliText.results(ctx.profile.name, runs).forEach((l) => out(l));
  return runs.some((r) => r.result === 'error') ? 1 : 0;
}

async function waitForRecords(d: SyncCliDeps, since: number): Promise<TargetRun[]> {
  const ids = targetIds(d.ctx.loaded.config.syncTargets);
  const end = since + SLASH_WAIT_MS;
  for (;;) {
    const recs = d.io.readSync()?.targets ?? {};
    const fresh = (id: string) => (recs[id] && recs[id].at >= since ? recs[id] : undefined);
    if (ids.every(fresh) || d.now() >= end) {
      return ids.map((id) => {
        const r = fresh(id);
        return r ? { id, result: r.result, message: r.message } : { id, result: 'busy', message: syncCliText.stillRunning };
      });
    }
    await d.sleep(SLASH_POLL_MS);
  }
}

/** Lines for `status`: each target and its last result. */
export function syncStatusLines(ctx: Context, now: number): string[] {
  const ids = targetIds(ctx.loaded.config.syncTargets);
  return syncStatusText(ids, ids.length ? (readState(ctx.paths, ctx.profile.name).sync?.targets ?? {}) : {}, now);
}

/** Doctor: can each target be reached (host key known, remote file writable, program found)? Sends no credentials. */
export async function syncDoctorChecks(ctx: Context, env: Record<string, string | undefined>, platform: NodeJS.Platform, maxMs: number): Promise<Check[]> {
  const targets = ctx.loaded.config.syncTargets;
  const ids = targetIds(targets);
  const recs = readState(ctx.paths, ctx.profile.name).sync?.targets ?? {};
  const checks = await Promise.all(targets.map((t, i) => checkTarget(t, ids[i]!, recs[ids[i]!], ctx, env, platform, Math.min(maxMs, timeoutMsOf(t)))));
  return checks.flat();
}

async function checkTarget(t: SyncTarget, id: string, last: SyncRecord | undefined, ctx: Context, env: Record<string, string | undefined>, platform: NodeJS.Platform, ms: number): Promise<Check[]> {
  let probe: { ok: boolean; message: string };
  if (t.type === 'ssh') probe = await runSshTarget(t, ctx.profile.name, null, env, ms);
  else if (t.type === 'webhook') probe = await runWebhookTarget(t, null, env, ms);
  else {
    const word = commandProgram(t.command);
    const found = word ? findProgram(word, env, platform) : null;
    probe = programProbe(found, word ?? t.command);
  }
  return targetChecks(id, probe, last);
}
