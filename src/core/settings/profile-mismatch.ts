// Exporting another account's keys must never happen silently: when the profile we export is not the AWS_PROFILE
// Claude Code itself sees, Bedrock is called with our profile's keys (awsCredentialExport wins over the profile).
// Pure: the profile we chose and what Claude Code sees come in.
import { describeProfileSource, type ProfileChoice } from '../aws/profile.ts';

/** Claude Code's AWS_PROFILE: its environment, overridden by the `env` of its settings files. */
export interface SeenProfile {
  /** null: not set anywhere, so the SDK uses the "default" profile. */
  name: string | null;
  /** `the environment` or the settings file that set it. */
  from: string;
}

/** Settings layers lowest first (user, project, project local): the last one that sets AWS_PROFILE wins. */
export function seenAwsProfile(envValue: string | undefined, layers: { file: string; env: Record<string, unknown> | null }[]): SeenProfile {
  let seen: SeenProfile = envValue?.trim() ? { name: envValue.trim(), from: 'the environment' } : { name: null, from: 'nowhere (AWS_PROFILE unset)' };
  for (const l of layers) {
    const v = l.env?.AWS_PROFILE;
    if (typeof v === 'string' && v.trim()) seen = { name: v.trim(), from: l.file };
  }
  return seen;
}

/**
 * One line when Claude Code has an AWS_PROFILE and we export another, naming both, where each came from, and the
 * fix; null when they agree or Claude Code has none (then our config's choice is the only one the user made).
 */
export function profileMismatch(ours: ProfileChoice, seen: SeenProfile): string | null {
  if (seen.name === null || ours.name === seen.name) return null;
  const theirs = `AWS_PROFILE "${seen.name}" (from ${seen.from})`;
  return `cc-aws-keepalive exports profile "${ours.name}" (${describeProfileSource(ours)}) while Claude Code itself has ${theirs}: Bedrock is called with "${ours.name}"'s keys — if that is not the account you meant, set CC_KEEPALIVE_PROFILE or "profile" in the config (empty follows AWS_PROFILE)`;
}

/** The mismatch line as the SessionStart hook hands it to the model (`claude -p` shows the user nothing else). */
export const profileNoteForModel = (note: string): string => `cc-aws-keepalive notice for the user (not a task): ${note}`;
