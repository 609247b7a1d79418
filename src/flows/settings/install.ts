// `node <plugin>/dist/install.cjs [options]`: the guided setup (setup-guide.ts) from a terminal, with its usage and
// banner; an autoLoginCmd it just wrote is tried at once, as `/aws-keepalive setup` does. Prints through `out`/`err`
// as it goes (the login test streams the tool's lines) and returns the exit code.
import { parseSetupArgs, SETUP_USAGE } from '../../core/cli/setup-args.ts';
import type { RunContext } from '../run-context.ts';
import { VERSION } from '../../version.ts';
import { runGuidedSetup } from './setup-guide.ts';
import { runLoginTest } from '../login/login-test.ts';
import { loadContext } from '../../io/config/context.ts';

export interface InstallInput extends RunContext {
  argv: readonly string[];
  /** This version's plugin directory: the one settings.json must point at. */
  root: string;
  out: (line: string) => void;
  err: (line: string) => void;
  signal: AbortSignal;
}

export async function runInstall(i: InstallInput): Promise<number> {
  const args = parseSetupArgs(i.argv);
  if (!args.ok) {
    [`cc-aws-keepalive: ${args.message}`, SETUP_USAGE].forEach(i.err);
    return 2;
  }
  if (args.value.help) {
    i.out(SETUP_USAGE);
    return 0;
  }
  const report = await runGuidedSetup({ ...i, args: args.value });
  [`cc-aws-keepalive ${VERSION} (${i.root})`, ...report.lines].forEach(i.out);
  if (report.error) {
    i.err(report.error);
    return 1;
  }
  // Setup itself succeeded: the login test's verdict is shown, not returned.
  if (report.testLogin) await runLoginTest({ ...i, ctx: await loadContext(i.env, i.paths), where: 'terminal' });
  return 0;
}
