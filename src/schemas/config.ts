// Our own config: every field has a default, so a broken or partial file degrades to defaults with a message.
// Checked by hand rather than with a schema library: it is read before every prompt and on every status-line repaint.

type Field = { kind: 'string'; default: string } | { kind: 'whole'; min: number; max: number; default: number };
const text: Field = { kind: 'string', default: '' };
const minutes = (d: number): Field => ({ kind: 'whole', min: 0, max: 24 * 60, default: d });

/** One check per key, so one bad value costs only that key, not the whole file. */
export const ConfigFields = {
  profile: text,
  expirationField: text,
  loginCmd: text,
  autoLoginCmd: text,
  autoLoginMinutes: minutes(30),
  warnMinutes: minutes(30),
  timerWarnMinutes: minutes(60),
  statusLineCmd: text,
  // Claude Code kills awsAuthRefresh at 180 s; our whole run must end by 170 s, so a login gets at most 160 s.
  loginTimeoutSeconds: { kind: 'whole', min: 10, max: 160, default: 150 } as Field,
} satisfies Record<string, Field>;

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
}

export const CONFIG_KEYS = Object.keys(ConfigFields) as ConfigKey[];

export function defaultConfig(): Config {
  const out: Record<string, unknown> = {};
  for (const k of CONFIG_KEYS) out[k] = ConfigFields[k].default;
  return out as unknown as Config;
}

/** Whether `value` is usable for `key`: a string, or a whole number in range. */
export function validConfigValue(key: ConfigKey, value: unknown): boolean {
  const f = ConfigFields[key];
  if (f.kind === 'string') return typeof value === 'string';
  return typeof value === 'number' && Number.isInteger(value) && value >= f.min && value <= f.max;
}

/** Human words for what each key expects, used in "expected X, got Y" messages. */
export function describeExpected(key: ConfigKey): string {
  const d = ConfigFields[key].default;
  if (typeof d === 'string') return 'a string';
  if (key === 'loginTimeoutSeconds') return 'a whole number of seconds from 10 to 160';
  return 'a whole number of minutes from 0 to 1440';
}
