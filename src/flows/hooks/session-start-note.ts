// What the SessionStart hook adds to the self-heal answer: a line when the profile we export is not the one Claude
// Code itself sees, on screen (systemMessage) and for the model (additionalContext, the only channel in `claude -p`).
import { profileMismatch, profileNoteForModel, seenAwsProfile } from '../../core/settings/profile-mismatch.ts';
import { claudeSettingsEnvs } from '../../io/settings/claude-aws-profile.ts';
import { loadContext } from '../../io/config/context.ts';
import type { Paths } from '../../io/system/paths.ts';

const onBedrock = (v: string | undefined) => ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());

export async function withProfileNote(healOutput: string, env: Record<string, string | undefined>, paths: Paths, cwd: string): Promise<string> {
  if (!onBedrock(env.CLAUDE_CODE_USE_BEDROCK)) return healOutput;
  const ctx = await loadContext(env, paths);
  const note = profileMismatch(ctx.profile, seenAwsProfile(env.AWS_PROFILE, claudeSettingsEnvs(paths, cwd)));
  if (!note) return healOutput;
  let prior = '';
  try {
    prior = healOutput.trim() ? String((JSON.parse(healOutput) as { systemMessage?: unknown }).systemMessage ?? '') : '';
  } catch {
    /* self-heal prints one JSON line; anything else is not ours to merge */
  }
  const systemMessage = prior ? `${prior}\n${note}` : note;
  return `${JSON.stringify({ systemMessage, hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: profileNoteForModel(note) } })}\n`;
}
