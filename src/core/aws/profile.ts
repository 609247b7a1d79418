// Which AWS profile we manage. Order: CC_KEEPALIVE_PROFILE > config `profile` > AWS_PROFILE (what Claude Code
// itself uses) > "default". A named profile that does not exist is an error, never a fallback to another account.
// A run we start in the background (STS probe, sync, login) is told its profile on its command line instead.

export type ProfileSource = 'CC_KEEPALIVE_PROFILE' | 'config' | 'AWS_PROFILE' | 'default' | 'pinned';

/** The argument that hands a detached run the profile of the session that started it. */
export const PINNED_PROFILE_FLAG = '--pinned-profile';

/** `--pinned-profile=<name>` among the arguments, or null. */
export function pinnedProfile(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith(`${PINNED_PROFILE_FLAG}=`));
  const name = arg?.slice(PINNED_PROFILE_FLAG.length + 1).trim();
  return name ? name : null;
}

export const pinArg = (profile: string): string => `${PINNED_PROFILE_FLAG}=${profile}`;

export interface ProfileChoice {
  name: string;
  source: ProfileSource;
}

export function resolveProfile(env: Record<string, string | undefined>, configProfile: string, pinned: string | null = null): ProfileChoice {
  if (pinned) return { name: pinned, source: 'pinned' };
  const pick = (v: string | undefined) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  const fromEnv = pick(env.CC_KEEPALIVE_PROFILE);
  if (fromEnv) return { name: fromEnv, source: 'CC_KEEPALIVE_PROFILE' };
  const fromConfig = pick(configProfile);
  if (fromConfig) return { name: fromConfig, source: 'config' };
  const fromAws = pick(env.AWS_PROFILE);
  if (fromAws) return { name: fromAws, source: 'AWS_PROFILE' };
  return { name: 'default', source: 'default' };
}

export function describeProfileSource(p: ProfileChoice): string {
  switch (p.source) {
    case 'CC_KEEPALIVE_PROFILE':
      return 'env CC_KEEPALIVE_PROFILE';
    case 'config':
      return 'config "profile"';
    case 'AWS_PROFILE':
      return 'env AWS_PROFILE';
    case 'default':
      return 'default (nothing set)';
    case 'pinned':
      return 'the session that started this run';
  }
}

/** A file-name-safe stem for per-profile state and lock files, stable and distinct for any profile name. */
export function profileStem(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);
  if (safe === name) return safe;
  // Different odd names can sanitise alike (`a.b`, `a/b`); a short hash of the real name keeps them apart.
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `${safe}-${h.toString(16).padStart(8, '0')}`;
}
