// The prompt hook never waits on the network: when the expiry is unknown and the cached STS verdict is stale, it
// starts its own bundle again as a probe (`probeArgs`), detached, and answers the current prompt from what it knows.
// The probe records its verdict in the state file for the next prompt and the status line.
import { pinArg, pinnedProfile } from '../../core/aws/profile.ts';
import { stsTarget } from '../../core/aws/sts-plan.ts';
import { loadContext } from '../../io/config/context.ts';
import { startDetachedNode } from '../../io/system/detached.ts';
import type { Paths } from '../../io/system/paths.ts';
import { probeAndCache } from '../../io/aws/sts.ts';
import { readSessionStatus } from '../status/session-status.ts';

/** The background probe's own deadline; nobody waits on it. */
const PROBE_TIMEOUT_MS = 5_000;

export function startDetachedProbe(probeArgs: string[], profile: string, env: Record<string, string | undefined>): void {
  // The probe is told the profile the hook looked at, whatever the config says by the time it runs. Not started: no
  // verdict this time; the next prompt tries again.
  startDetachedNode([...probeArgs, pinArg(profile)], env);
}

/** The probe run itself (`argv` names its profile): only keys from ~/.aws/credentials can be probed without the AWS CLI. */
export async function runProbe(argv: readonly string[], env: Record<string, string | undefined>, paths: Paths): Promise<void> {
  const ctx = await loadContext(env, paths, pinnedProfile(argv));
  const s = readSessionStatus(ctx);
  if (s.creds) await probeAndCache(ctx.paths, ctx.profile.name, s.creds, stsTarget(env, s.snapshot.region(), ctx.profile.name, s.snapshot.caBundle?.() ?? null), PROBE_TIMEOUT_MS);
}
