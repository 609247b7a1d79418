// awsAuthRefresh's use case (dist/auth-refresh.cjs): our config and profile, then the refresh (refresh-flow.ts) or,
// with `--background`, the prompt hook's proactive login; valid credentials afterwards are copied to the sync
// targets. Returns the exit code.
import type { Budget } from '../../core/login/refresh-plan.ts';
import { pinnedProfile } from '../../core/aws/profile.ts';
import { loadContext } from '../../io/config/context.ts';
import type { RunContext } from '../run-context.ts';
import { refreshIo, runBackgroundLogin, runRefresh } from './refresh-flow.ts';
import { syncAfterLogin } from '../sync/sync-start.ts';

const PREFIX = 'cc-aws-keepalive: ';

export interface AuthRefreshInput extends RunContext {
  argv: readonly string[];
  budget: Budget;
  /** One line for the user (Claude Code shows awsAuthRefresh's stdout); the background run prints nothing. */
  out: (line: string) => void;
  signal: AbortSignal;
}

export async function runAuthRefresh(i: AuthRefreshInput): Promise<number> {
  const background = i.argv.includes('--background');
  // The background login is told its profile by the prompt hook that started it (core/aws/profile.ts).
  const ctx = await loadContext(i.env, i.paths, pinnedProfile(i.argv));
  const out = background ? () => {} : i.out;
  for (const w of ctx.loaded.warnings) out(`${PREFIX}${w}`);
  const deps = { ctx, env: i.env, budget: i.budget, out, signal: i.signal, now: i.now, sleep: i.sleep, io: refreshIo(ctx, i.env, i.now, i.sleep) };
  const code = await (background ? runBackgroundLogin(deps) : runRefresh(deps));
  // Valid credentials on disk (our login, or one we observed): copy them to the sync targets, detached.
  if (code === 0) syncAfterLogin(ctx, i.env);
  return code;
}
