// Everything an entry needs to know about the user's setup, loaded once per run.
import { resolveProfile, type ProfileChoice } from '../../core/aws/profile.ts';
import { loadConfig, type LoadedConfig } from './config-file.ts';
import type { Paths } from '../system/paths.ts';

export interface Context {
  paths: Paths;
  loaded: LoadedConfig;
  profile: ProfileChoice;
}

/** `pinned`: the profile a detached run was started for (core/aws/profile.ts), never re-derived from env or config. */
export async function loadContext(env: Record<string, string | undefined>, paths: Paths, pinned: string | null = null): Promise<Context> {
  const loaded = await loadConfig(paths);
  const profile = resolveProfile(env, loaded.config.profile, pinned);
  // A profile's own entry in `profiles` wins over the top-level values, so each terminal's profile logs in its own way.
  const own = loaded.config.profiles[profile.name];
  return { paths, loaded: own ? { ...loaded, config: { ...loaded.config, ...own } } : loaded, profile };
}
