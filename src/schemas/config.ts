// Our own config: every field has a default, so a broken or partial file degrades to defaults with a message.
// The keys, their types, defaults and ranges; no valibot here: this module is in every hot bundle, and a config
// that core/config/config-quick.ts accepts needs nothing more. The schemas that explain a bad value are in config-schema.ts.
import type { SyncTarget } from './sync-target.ts';

const MINUTES = { min: 0, max: 24 * 60 } as const;
// IAM Identity Center allows sessions from 15 minutes to 90 days.
export const SESSION_HOURS = { min: 0.25, max: 90 * 24 } as const;

/** What one AWS profile may set for itself in `profiles`, over the top-level values. */
export interface ProfileOverride {
  loginCmd?: string;
  autoLoginCmd?: string;
  expirationField?: string;
  ssoSessionHours?: number;
  backgroundLogin?: BackgroundLogin;
}
export const PROFILE_OVERRIDE_KEYS = ['loginCmd', 'autoLoginCmd', 'expirationField', 'ssoSessionHours', 'backgroundLogin'] as const;

/** How the prompt hook may log in before expiry: "auto" retries with backoff, "once" one start per expiry, "off" never. */
export type BackgroundLogin = 'auto' | 'once' | 'off';
export const BACKGROUND_LOGIN_CHOICES: readonly string[] = ['auto', 'once', 'off'];

/** One entry per key, so one bad value costs only that key, not the whole file. */
export const ConfigFields = {
  profile: { default: '' },
  expirationField: { default: '' },
  loginCmd: { default: '' },
  autoLoginCmd: { default: '' },
  autoLoginMinutes: { default: 30, range: MINUTES },
  warnMinutes: { default: 30, range: MINUTES },
  timerWarnMinutes: { default: 60, range: MINUTES },
  statusLineCmd: { default: '' },
  // Claude Code kills awsAuthRefresh at 180 s; our whole run must end by 170 s, so a login gets at most 160 s.
  loginTimeoutSeconds: { default: 150, range: { min: 10, max: 160 } },
  // A desktop notification (with the number, for number matching) when a running login waits for MFA approval.
  notify: { default: true },
  // '' (unset): "once" for a login that opens a browser or waits on MFA (core/login/login-presets.ts), else "auto".
  backgroundLogin: { default: '' as BackgroundLogin | '', choices: BACKGROUND_LOGIN_CHOICES },
  syncTargets: { default: [] as SyncTarget[] },
  // The sync schedule's floor: a prompt starts no sync run within this many seconds of the last one (0: none).
  syncCooldownSeconds: { default: 0, range: { min: 0, max: 86_400 } },
  // One length for every sso-session, or one per sso-session name (`{ "corp": 12 }`; others get the default 8).
  ssoSessionHours: { default: 8 as number | Record<string, number> },
  profiles: { default: {} as Record<string, ProfileOverride> },
} as const;

export type ConfigKey = keyof typeof ConfigFields;

export interface Config {
  profile: string;
  expirationField: string;
  loginCmd: string;
  autoLoginCmd: string;
  autoLoginMinutes: number;
  warnMinutes: number;
  timerWarnMinutes: number;
  statusLineCmd: string;
  loginTimeoutSeconds: number;
  notify: boolean;
  backgroundLogin: BackgroundLogin | '';
  syncTargets: SyncTarget[];
  syncCooldownSeconds: number;
  ssoSessionHours: number | Record<string, number>;
  profiles: Record<string, ProfileOverride>;
}

export const CONFIG_KEYS = Object.keys(ConfigFields) as ConfigKey[];

/** The allowed range of a numeric key (a number outside it is clamped into it), or null for a string key. */
export function rangeOf(key: ConfigKey): { min: number; max: number } | null {
  const f = ConfigFields[key];
  return 'range' in f ? f.range : null;
}

export function defaultConfig(): Config {
  const out: Record<string, unknown> = {};
  for (const k of CONFIG_KEYS) out[k] = ConfigFields[k].default;
  return out as unknown as Config;
}
