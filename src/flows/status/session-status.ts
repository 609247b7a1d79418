// What the prompt hook and the status line both need to know, read from disk only: the profile's expiry, its keys
// (to match a cached STS verdict; never printed), the login command its kind implies, and its state file.
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import type { Expiry } from '../../core/aws/expiry.ts';
import type { Context } from '../../io/config/context.ts';
import { readState, type ProfileState } from '../../io/system/state-file.ts';
import { readProfileSnapshot, type ProfileSnapshot } from '../aws/profile-snapshot.ts';

export interface SessionStatus {
  expiry: Expiry;
  /** Keys from ~/.aws/credentials, or null (profile defined in ~/.aws/config, or no usable keys). */
  creds: ProfileCredentials | null;
  /** `aws sso login --profile x` and the like, for loginHint when the user set no loginCmd. */
  defaultLogin: string | null;
  state: ProfileState;
  /** The run's profile snapshot, for whatever else the run needs (the STS probe's region). */
  snapshot: ProfileSnapshot;
}

export function readSessionStatus(ctx: Context): SessionStatus {
  const state = readState(ctx.paths, ctx.profile.name);
  const snapshot = readProfileSnapshot(ctx);
  const p = snapshot.profile;
  // No usable profile: the expiry is unknown and only a cached STS verdict (if any) can speak.
  if (!p.ok) return { expiry: { expiresAt: null, source: { kind: 'none' }, reason: p.error.message }, creds: null, defaultLogin: null, state, snapshot };
  return { expiry: p.value.expiry, creds: p.value.kind === 'file' ? p.value.creds : null, defaultLogin: snapshot.defaultLogin, state, snapshot };
}
