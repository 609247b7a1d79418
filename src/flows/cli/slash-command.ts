// The prompt hook's answer to `/aws-keepalive …` (and `/cc-aws-keepalive:aws-keepalive …`): the command file's
// own output would only reach the model, so the hook runs the command and shows the result as its block reason —
// on screen at once, no model turn. Loaded lazily: ordinary prompts never pay for it.
import { slashCommandWords } from '../../core/cli/cli-args.ts';
import { runCommand } from './cli-commands.ts';
import type { RunContext } from '../run-context.ts';

export interface SlashContext extends RunContext {
  /** The plugin directory of the running hook. */
  root: string;
  cwd: string;
  /** The Node.js running us. */
  nodeVersion: string;
}

/** The text to show for one of our slash commands, or null when the prompt is something else. */
export async function handleSlashCommand(prompt: string, c: SlashContext): Promise<{ reason: string } | null> {
  const words = slashCommandWords(prompt);
  if (!words) return null;
  const lines: string[] = [];
  try {
    // The hook's own timeout bounds it; nothing here may end the hook itself.
    await runCommand(words, { ...c, where: 'slash', interactive: false, out: (l) => lines.push(l), signal: new AbortController().signal, watchdog: () => undefined });
  } catch (err) {
    lines.push(`cc-aws-keepalive: ${words[0] ?? 'status'} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { reason: lines.join('\n') };
}
