// Starting a sync run without waiting for it: `node <dist>/cli.cjs sync --auto`, detached, as the background login
// is. Used after every successful login (awsAuthRefresh, the background login, /aws-keepalive login) and by a
// prompt whose cheap check (file size + mtime against the state file) says the credentials may have changed.
import { fileURLToPath } from 'node:url';
import { pinArg } from '../../core/aws/profile.ts';
import { autoSyncDue, targetIds } from '../../core/sync/sync-plan.ts';
import { credentialsStat } from '../../io/aws/aws-credentials-file.ts';
import type { Context } from '../../io/config/context.ts';
import { startDetachedNode } from '../../io/system/detached.ts';
import type { ProfileState } from '../../io/system/state-file.ts';
import { updateState } from '../../io/system/state-file.ts';

export const AUTO_SYNC_ARGS = ['sync', '--auto'];

/** Starts the run and returns at once; false when node could not be started (the next trigger tries again). */
export function startSyncRun(profile: string, env: Record<string, string | undefined>, args = AUTO_SYNC_ARGS): boolean {
  // Told its profile: the run must sync the credentials of the session that asked.
  return startDetachedNode([fileURLToPath(new URL('./cli.cjs', import.meta.url)), ...args, pinArg(profile)], env).ok;
}

/** After a successful login: sync when targets are configured (the run skips those already up to date). */
export function syncAfterLogin(ctx: Context, env: Record<string, string | undefined>): void {
  if (ctx.loaded.config.syncTargets.length > 0) startSyncRun(ctx.profile.name, env);
}

/** On a prompt: start a run only when the credentials file moved, a target was never synced, or a retry is due. */
export function syncOnPrompt(ctx: Context, state: ProfileState, env: Record<string, string | undefined>, now: number): void {
  const { config } = ctx.loaded;
  const due = autoSyncDue({
    now,
    ids: targetIds(config.syncTargets),
    state: state.sync,
    stat: credentialsStat(ctx.paths.awsCredentials),
    floorMs: config.syncCooldownSeconds * 1000,
  });
  if (!due.due) return;
  // Recorded before the spawn, so the next prompt (or another session) does not start a second run meanwhile.
  updateState(ctx.paths, ctx.profile.name, (s) => ({ ...s, sync: { targets: {}, ...s.sync, startedAt: now } }));
  startSyncRun(ctx.profile.name, env);
}
