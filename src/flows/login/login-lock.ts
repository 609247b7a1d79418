// The per-profile login lock (and the sync targets' locks) with its judge: io/login/lock.ts creates, reads and deletes
// the lock file; whether a lock found there is held, stale or free is core/login/lock-state.ts's decision.
import { decideLockState } from '../../core/login/lock-state.ts';
import * as lock from '../../io/login/lock.ts';
import type { Paths } from '../../io/system/paths.ts';

export type { AcquireResult, LockState } from '../../io/login/lock.ts';

export const tryAcquireLock = (paths: Pick<Paths, 'stateDir'>, key: string, opts: { deadline: number; now?: number; trigger?: string }): lock.AcquireResult =>
  lock.tryAcquireLock(paths, key, { ...opts, judge: decideLockState });

/** The lock as status, doctor and waiting sessions see it. */
export const inspectLock = (paths: Pick<Paths, 'stateDir'>, key: string, now: number) => lock.inspectLock(paths, key, now, decideLockState);
