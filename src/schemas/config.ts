// Our own config: every field has a default, so a broken or partial file degrades to defaults with a message.
import * as v from 'valibot';
import { syncTargetsProblem, type SyncTarget } from './sync-target.ts';

const MINUTES = { min: 0, max: 24 * 60 } as const;
const minutes = () => v.pipe(v.number(), v.integer(), v.minValue(MINUTES.min), v.maxValue(MINUTES.max));
// IAM Identity Center allows sessions from 15 minutes to 90 days.
const sessionHours = v.pipe(v.number(), v.minValue(0.25), v.maxValue(90 * 24));

/** What one AWS profile may set for itself in `profiles`, over the top-level values. */
export const ProfileOverrideSchema = v.strictObject({
  loginCmd: v.optional(v.string()),
  autoLoginCmd: v.optional(v.string()),
  expirationField: v.optional(v.string()),
  ssoSessionHours: v.optional(sessionHours),
});
export type ProfileOverride = v.InferOutput<typeof ProfileOverrideSchema>;

/** One schema per key, so one bad value costs only that key, not the whole file. */
export const ConfigFields = {
  profile: { schema: v.string(), default: '' },
  expirationField: { schema: v.string(), default: '' },
  loginCmd: { schema: v.string(), default: '' },
  autoLoginCmd: { schema: v.string(), default: '' },
  autoLoginMinutes: { schema: minutes(), default: 30, range: MINUTES },
  warnMinutes: { schema: minutes(), default: 30, range: MINUTES },
  timerWarnMinutes: { schema: minutes(), default: 60, range: MINUTES },
  statusLineCmd: { schema: v.string(), default: '' },
  // Claude Code kills awsAuthRefresh at 180 s; our whole run must end by 170 s, so a login gets at most 160 s.
  loginTimeoutSeconds: { schema: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(160)), default: 150, range: { min: 10, max: 160 } },
  // A desktop notification (with the number, for number matching) when a running login waits for MFA approval.
  notify: { schema: v.boolean(), default: true },
  syncTargets: { schema: v.custom<SyncTarget[]>((x) => syncTargetsProblem(x) === null), default: [] as SyncTarget[] },
  // One length for every sso-session, or one per sso-session name (`{ "corp": 12 }`; others get the default 8).
  ssoSessionHours: { schema: v.union([sessionHours, v.record(v.string(), sessionHours)]), default: 8 as number | Record<string, number> },
  profiles: { schema: v.record(v.string(), ProfileOverrideSchema), default: {} as Record<string, ProfileOverride> },
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
  syncTargets: SyncTarget[];
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

/** Human words for what each key expects, used in "expected X, got Y" messages. */
export function describeExpected(key: ConfigKey): string {
  const d = ConfigFields[key].default;
  if (typeof d === 'string') return 'a string';
  if (typeof d === 'boolean') return 'true or false';
  if (key === 'loginTimeoutSeconds') return 'a whole number of seconds from 10 to 160';
  if (key === 'syncTargets') return 'a list of sync targets';
  if (key === 'ssoSessionHours') return 'hours from 0.25 to 2160, or an object of them by sso-session name';
  if (key === 'profiles') return 'an object of profile name → { loginCmd, autoLoginCmd, expirationField, ssoSessionHours }';
  return 'a whole number of minutes from 0 to 1440';
}
