// The prompt hook (UserPromptSubmit), before each prompt: `/aws-keepalive …` answered at once, then, on Bedrock, a
// warning on screen when the AWS session is about to expire or has, and autoLoginCmd started in the background inside
// the autoLoginMinutes window. A healthy session costs a few small file reads: the sync check, the lock, STS and
// spawn code and the warning texts load only when there is something to do (dist/code/lazy/, see build.mjs).
import { slashCommandWords } from '../../core/cli/cli-args.ts';
import { decideExpiry } from '../../core/aws/expiry.ts';
import { hookMessages } from '../../core/status/hook-message.ts';
import { renderHookOutput } from '../../core/status/hook-output.ts';
import { parseHookInput } from '../../schemas/hook-input.ts';
import { loadContext } from '../../io/config/context.ts';
import type { RunContext } from '../run-context.ts';
import { readSessionStatus } from '../status/session-status.ts';

export interface PromptHookDeps extends Pick<RunContext, 'now' | 'env' | 'paths'> {
  stdin: string;
  /** The command that starts this hook's STS probe (our own bundle with its flag): worked out only when needed. */
  probeCommand(): string[];
  /** Answers `/aws-keepalive …` (the CLI bundle, loaded only for such a prompt), or null when it is not ours after all. */
  slashCommand(prompt: string, cwd: string | undefined): Promise<{ reason: string } | null>;
}

// Claude Code's own test for a provider switch: 1, true, yes or on.
const onBedrock = (v: string | undefined) => ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());

/** What the hook prints: nothing, a message for the screen, or the block that answers our slash command. */
export async function promptHook(d: PromptHookDeps): Promise<string> {
  const input = parseHookInput(d.stdin);
  // Our JSON names UserPromptSubmit; registered by hand under another event it would be rejected, so say nothing.
  if (input.hook_event_name && input.hook_event_name !== 'UserPromptSubmit') return '';
  // `/aws-keepalive …` is answered here: shown at once, no model turn (a command file's output reaches only the
  // model). Blocking is right for this one prompt: it is ours, not a message for the model.
  if (typeof input.prompt === 'string' && slashCommandWords(input.prompt)) {
    const r = await d.slashCommand(input.prompt, input.cwd);
    if (r) return `${JSON.stringify({ decision: 'block', reason: r.reason })}\n`;
  }
  // The plugin's hook runs for every user; only Bedrock sessions have AWS credentials to look after.
  if (!onBedrock(d.env.CLAUDE_CODE_USE_BEDROCK)) return '';
  const ctx = await loadContext(d.env, d.paths);
  const cfg = ctx.loaded.config;
  const now = d.now();
  const s = readSessionStatus(ctx);
  // Credentials renewed since the last sync (another terminal's login, say)? One stat, then a detached run.
  if (cfg.syncTargets.length > 0) {
    const { syncOnPrompt } = await import('../sync/sync-start.ts');
    syncOnPrompt(ctx, s.state, d.env, now);
  }
  const decision = decideExpiry({
    now,
    expiresAt: s.expiry.expiresAt,
    warnMinutes: cfg.warnMinutes,
    autoLoginMinutes: cfg.autoLoginMinutes,
    hasAutoLogin: cfg.autoLoginCmd.trim() !== '',
  });
  if (decision.action === 'ok' && ctx.loaded.warnings.length === 0) return '';
  const { assessPrompt, promptIo } = await import('./prompt-flow.ts');
  const io = promptIo(ctx, d.env, d.probeCommand());
  return renderHookOutput(hookMessages(assessPrompt({ ctx, now, io }, s, decision)));
}
