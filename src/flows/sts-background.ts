// The prompt hook never waits on the network: when the expiry is unknown and the cached STS verdict is stale, it
// starts its own bundle again as a probe (`probeArgs`), detached, and answers the current prompt from what it knows.
// The probe records its verdict in the state file for the next prompt and the status line.
import type { Context } from '../io/context.ts';
import { startDetachedNode } from '../io/detached.ts';
import { readSessionStatus } from './session-status.ts';
import { probeAndCache, resolveStsTarget } from '../io/sts.ts';

/** The background probe's own deadline; nobody waits on it. */
const PROBE_TIMEOUT_MS = 5_000;

export function startDetachedProbe(probeArgs: string[], profile: string, env: NodeJS.ProcessEnv): void {
  // Pin the profile the hook looked at, whatever the config says by the time the probe runs. Not started: no
  // verdict this time; the next prompt tries again.
  startDetachedNode(probeArgs, { ...env, CC_KEEPALIVE_PROFILE: profile });
}

/** The probe run itself: only keys from ~/.aws/credentials can be probed without the AWS CLI. */
export async function runProbe(ctx: Context, env: NodeJS.ProcessEnv): Promise<void> {
  const s = readSessionStatus(ctx);
  if (s.creds) await probeAndCache(ctx.paths, ctx.profile.name, s.creds, resolveStsTarget(env, ctx.paths, ctx.profile.name), PROBE_TIMEOUT_MS);
}
