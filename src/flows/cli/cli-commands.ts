// status / doctor / login / setup / help, shared by dist/cli.cjs (a terminal) and the slash-command answer in
// the prompt hook (no terminal, a few seconds at most), so both say exactly the same things.
import { join } from 'node:path';
import { CLI_USAGE, parseCliArgs } from '../../core/cli/cli-args.ts';
import { displayCommand } from '../../core/settings/command-path.ts';
import { renderDoctor, runDoctor } from '../../core/status/doctor.ts';
import { parseSetupArgs, SETUP_USAGE } from '../../core/cli/setup-args.ts';
import { pinArg, pinnedProfile, PINNED_PROFILE_FLAG } from '../../core/aws/profile.ts';
import { profileProblem } from '../../core/login/safe-name.ts';
import { renderStatus } from '../../core/status/status-report.ts';
import { runCliLogin } from '../login/cli-login.ts';
import { runLoginTest } from '../login/login-test.ts';
import { runGuidedSetup } from '../settings/setup-guide.ts';
import { gatherDoctor, gatherStatus } from '../status/status-facts.ts';
import { loadContext, type Context } from '../../io/config/context.ts';
import { startDetachedNode } from '../../io/system/detached.ts';
import { syncCliIo, syncCommand, syncDoctorChecks, syncStatusLines } from '../sync/sync-cli.ts';
import { syncAfterLogin } from '../sync/sync-start.ts';
import { readProfileSnapshot } from '../aws/profile-snapshot.ts';
import type { RunContext } from '../run-context.ts';
import { VERSION } from '../../version.ts';
import { stripControl } from '../../core/text.ts';
import { backgroundLogin } from '../../core/login/login-text.ts';

export interface CommandContext extends RunContext {
  /** This plugin directory. */
  root: string;
  /** The project folder (Claude Code runs hooks there). */
  cwd: string;
  /** 'terminal': login runs here with its output; 'slash': it starts in the background and we answer at once. */
  where: 'terminal' | 'slash';
  /** Whether a person can answer prompts (loginCmd may then run interactively). */
  interactive: boolean;
  out: (line: string) => void;
  signal: AbortSignal;
  /** The Node.js running us. */
  nodeVersion: string;
  /** Ends this process after `ms` whatever still runs (a detached run's last guard); a no-op inside the prompt hook. */
  watchdog: (ms: number) => void;
}

/** Runs one subcommand, printing through `out`; returns the exit code. */
export async function runCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  // Everything printed echoes some of the user's text (commands, profiles, paths): no escape sequence gets through.
  const c = { ...ctx, out: (line: string) => ctx.out(stripControl(line)) };
  // A run we started in the background is told its profile; it is no subcommand argument.
  const pinned = pinnedProfile(argv);
  const parsed = parseCliArgs(argv.filter((a) => !a.startsWith(`${PINNED_PROFILE_FLAG}=`)));
  if (!parsed.ok) {
    c.out(`cc-aws-keepalive: ${parsed.message}`);
    c.out(CLI_USAGE);
    return 2;
  }
  // Our config and the profile it names: read once for the whole command, and only by commands that need them.
  let loaded: Promise<Context> | null = null;
  const context = () => (loaded ??= loadContext(c.env, c.paths, pinned));
  switch (parsed.sub) {
    case 'help':
      c.out(CLI_USAGE);
      return 0;
    case 'status': {
      const ctx = await context();
      renderStatus(await gatherStatus({ ...c, ctx, profile: readProfileSnapshot(ctx) })).forEach(c.out);
      syncStatusLines(ctx, c.now()).forEach(c.out);
      return 0;
    }
    case 'doctor': {
      // Inside the prompt hook the whole answer must come within seconds: the user waits for it.
      const slash = c.where === 'slash';
      const ctx = await context();
      const [facts, syncChecks] = await Promise.all([
        gatherDoctor({ ...c, ctx, profile: readProfileSnapshot(ctx), stsTimeoutMs: slash ? 2_000 : 5_000 }),
        syncDoctorChecks(ctx, c.env, c.platform, slash ? 2_500 : 10_000),
      ]);
      const checks = [...runDoctor(facts), ...syncChecks];
      renderDoctor(checks, VERSION).forEach(c.out);
      return checks.some((x) => x.status === 'fail') ? 1 : 0;
    }
    case 'login': {
      const ctx = await context();
      if (parsed.args.includes('--test')) return runLoginTest({ ...c, ctx });
      if (c.where === 'slash') return startBackgroundLogin(c, ctx);
      const code = await runCliLogin({ ...c, ctx, profile: readProfileSnapshot(ctx) });
      if (code === 0) syncAfterLogin(ctx, c.env);
      return code;
    }
    case 'sync': {
      const ctx = await context();
      return syncCommand({ ctx, where: c.where, out: c.out, now: c.now, sleep: c.sleep, watchdog: c.watchdog, io: syncCliIo(ctx, c.env, c.now, c.sleep) }, parsed.args);
    }
    case 'setup': {
      const args = parseSetupArgs(parsed.args);
      if (!args.ok) {
        c.out(`cc-aws-keepalive: ${args.message}`);
        c.out(SETUP_USAGE);
        return 2;
      }
      if (args.value.help) {
        c.out(SETUP_USAGE);
        return 0;
      }
      const r = await runGuidedSetup({ ...c, args: args.value });
      r.lines.forEach(c.out);
      if (r.error) c.out(r.error);
      if (r.error || !r.testLogin) return r.error ? 1 : 0;
      // The login it just wrote, tried the way Claude Code will run it (from a terminal; the slash command says how).
      // Setup itself succeeded: the test's verdict is shown, not returned.
      await runLoginTest({ ...c, ctx: await context() });
      return 0;
    }
  }
}

/** From the prompt hook: the login runs on in its own process (it may wait minutes for MFA); status shows how it went. */
function startBackgroundLogin(c: CommandContext, ctx: Context): number {
  const { loaded } = ctx;
  if (!loaded.config.autoLoginCmd.trim()) {
    const manual = loaded.config.loginCmd.trim();
    c.out(backgroundLogin.noAutoLogin(loaded.file ?? c.paths.configJson, manual ? displayCommand(manual) : null));
    return 1;
  }
  // Said here, where the user reads it: the detached run would refuse too, but silently.
  const bad = profileProblem(ctx.profile);
  if (bad) {
    c.out(`cc-aws-keepalive: ${bad}; no login was started`);
    return 1;
  }
  const started = startDetachedNode([join(c.root, 'dist', 'cli.cjs'), 'login', pinArg(ctx.profile.name)], c.env);
  if (!started.ok) {
    c.out(backgroundLogin.notStarted(started.reason));
    return 1;
  }
  c.out(backgroundLogin.started);
  return 0;
}
