// The settings files that can give Claude Code its AWS_PROFILE: the `env` of ~/.claude/settings.json, the project's
// .claude/settings.json and .claude/settings.local.json, in Claude Code's order (core/settings/profile-mismatch.ts decides
// which wins). Read-only, files only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paths } from '../system/paths.ts';

function envOf(file: string): Record<string, unknown> | null {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as { env?: unknown };
    return o && typeof o.env === 'object' && o.env !== null && !Array.isArray(o.env) ? (o.env as Record<string, unknown>) : null;
  } catch {
    return null; // missing or broken: Claude Code would not apply it either
  }
}

/** Each settings file and its `env` object (null when missing, broken or without one), earliest first. */
export function claudeSettingsEnvs(paths: Pick<Paths, 'claudeSettings'>, cwd: string): { file: string; env: Record<string, unknown> | null }[] {
  const files = [paths.claudeSettings, join(cwd, '.claude', 'settings.json'), join(cwd, '.claude', 'settings.local.json')];
  const unique = files.filter((f, i) => files.indexOf(f) === i);
  return unique.map((file) => ({ file, env: envOf(file) }));
}
