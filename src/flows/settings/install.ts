// `node <plugin>/dist/install.cjs [options]`: the setup (setup.ts) from a terminal, with its usage and banner.
// Returns what to print on each stream and the exit code.
import { parseSetupArgs, SETUP_USAGE } from '../../core/cli/setup-args.ts';
import type { RunContext } from '../run-context.ts';
import { VERSION } from '../../version.ts';
import { runGuidedSetup } from './setup-guide.ts';

export interface InstallInput extends RunContext {
  argv: readonly string[];
  /** This version's plugin directory: the one settings.json must point at. */
  root: string;
}

export async function runInstall(i: InstallInput): Promise<{ stdout: string[]; stderr: string[]; code: number }> {
  const args = parseSetupArgs(i.argv);
  if (!args.ok) return { stdout: [], stderr: [`cc-aws-keepalive: ${args.message}`, SETUP_USAGE], code: 2 };
  if (args.value.help) return { stdout: [SETUP_USAGE], stderr: [], code: 0 };
  const report = await runGuidedSetup({ ...i, args: args.value });
  return { stdout: [`cc-aws-keepalive ${VERSION} (${i.root})`, ...report.lines], stderr: report.error ? [report.error] : [], code: report.error ? 1 : 0 };
}
