// UserPromptSubmit hook (hooks/hooks.json): before each prompt, warn the user on screen when the AWS session is
// about to expire or has, and start autoLoginCmd in the background inside the autoLoginMinutes window.
// Always exits 0 and never blocks a prompt meant for the model (a blocked prompt is discarded by Claude Code).
// A healthy session costs a few small file reads; the lock, STS and spawn code is loaded only when there is
// something to do.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { slashCommandWords } from '../core/cli-args.ts';
import { decideExpiry } from '../core/expiry.ts';
import { hookMessages } from '../core/hook-message.ts';
import { renderHookOutput } from '../core/hook-output.ts';
import { parseHookInput } from '../schemas/hook-input.ts';
import { loadContext } from '../io/context.ts';
import { processPaths } from '../io/paths.ts';
import { readSessionStatus } from '../flows/session-status.ts';
import { readStdin, writeStdout } from '../io/stdin.ts';

const STS_PROBE_FLAG = '--sts-probe';
// Claude Code's own test for a provider switch: 1, true, yes or on.
const onBedrock = (v: string | undefined) => ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());

async function main(): Promise<string> {
  if (process.argv.includes(STS_PROBE_FLAG)) {
    const { runProbe } = await import('../flows/sts-background.ts');
    await runProbe(process.argv, process.env, processPaths());
    return '';
  }
  const input = parseHookInput(await readStdin(1_000));
  // Our JSON names UserPromptSubmit; registered by hand under another event it would be rejected, so say nothing.
  if (input.hook_event_name && input.hook_event_name !== 'UserPromptSubmit') return '';
  // `/aws-keepalive …` is answered here: shown at once, no model turn (a command file's output reaches only the
  // model). Blocking is right for this one prompt: it is ours, not a message for the model.
  if (typeof input.prompt === 'string' && slashCommandWords(input.prompt)) {
    // The bundle next to ours, loaded at run time (a literal import would be inlined into this hot bundle).
    const { handleSlashCommand } = createRequire(import.meta.url)('./cli.cjs') as typeof import('../flows/slash-command.ts');
    const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
    const r = await handleSlashCommand(input.prompt, { env: process.env, paths: processPaths(), root, platform: process.platform, cwd: input.cwd ?? process.cwd(), now: Date.now, sleep: (ms: number) => new Promise((r) => setTimeout(r, ms)), nodeVersion: process.versions.node });
    if (r) return `${JSON.stringify({ decision: 'block', reason: r.reason })}\n`;
  }
  // The plugin's hook runs for every user; only Bedrock sessions have AWS credentials to look after.
  if (!onBedrock(process.env.CLAUDE_CODE_USE_BEDROCK)) return '';
  const ctx = await loadContext(process.env, processPaths());
  const cfg = ctx.loaded.config;
  const now = Date.now();
  const s = readSessionStatus(ctx);
  // Credentials renewed since the last sync (another terminal's login, say)? One stat, then a detached run.
  if (cfg.syncTargets.length > 0) {
    const { syncOnPrompt } = await import('../flows/sync-start.ts');
    syncOnPrompt(ctx, s.state, process.env, now);
  }
  const decision = decideExpiry({
    now,
    expiresAt: s.expiry.expiresAt,
    warnMinutes: cfg.warnMinutes,
    autoLoginMinutes: cfg.autoLoginMinutes,
    hasAutoLogin: cfg.autoLoginCmd.trim() !== '',
  });
  if (decision.action === 'ok' && ctx.loaded.warnings.length === 0) return '';
  const { assessPrompt, promptIo } = await import('../flows/prompt-flow.ts');
  const io = promptIo(ctx, process.env, [fileURLToPath(import.meta.url), STS_PROBE_FLAG]);
  return renderHookOutput(hookMessages(assessPrompt({ ctx, now, io }, s, decision)));
}

main().then(
  (out) => {
    writeStdout(out);
    process.exit(0);
  },
  (err: unknown) => {
    // Never break the prompt: one line on screen, no stack trace, exit 0.
    const msg = `cc-aws-keepalive: unexpected error in the prompt hook: ${err instanceof Error ? err.message : String(err)}`;
    writeStdout(`${JSON.stringify({ systemMessage: msg })}\n`);
    process.exit(0);
  },
);
