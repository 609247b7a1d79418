// The AWS_PROFILE Claude Code runs with: its environment, then the `env` of ~/.claude/settings.json, the project's
// .claude/settings.json and .claude/settings.local.json (later wins, as in Claude Code). Read-only, files only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seenAwsProfile, type SeenProfile } from '../core/profile-mismatch.ts';
import type { Paths } from './paths.ts';

function envOf(file: string): Record<string, unknown> | null {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as { env?: unknown };
    return o && typeof o.env === 'object' && o.env !== null && !Array.isArray(o.env) ? (o.env as Record<string, unknown>) : null;
  } catch {
    return null; // missing or broken: Claude Code would not apply it either
  }
}

export function claudeAwsProfile(env: Record<string, string | undefined>, paths: Pick<Paths, 'claudeSettings'>, cwd: string): SeenProfile {
  const files = [paths.claudeSettings, join(cwd, '.claude', 'settings.json'), join(cwd, '.claude', 'settings.local.json')];
  const unique = files.filter((f, i) => files.indexOf(f) === i);
  return seenAwsProfile(env.AWS_PROFILE, unique.map((file) => ({ file, env: envOf(file) })));
}
