// The config the prompt hook, status line and export read on every start, checked without the full parser: when
// config.json is plain JSON whose every value is already right (a string where a string goes, a whole number in
// range, sessions hours in range, profiles of those), the result is what core/config/config-parse.ts would return, with no
// warnings. Anything else (TOML, a sync target, a typo, a value to clamp or to explain) gets null, and the caller
// runs the full parser, which says what is wrong. tests/unit/config-quick.test.ts holds the two to the same answer.
import { BACKGROUND_LOGIN_CHOICES, ConfigFields, PROFILE_OVERRIDE_KEYS, SESSION_HOURS, defaultConfig, type Config, type ConfigKey } from '../../schemas/config.ts';

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const isHours = (x: unknown) => typeof x === 'number' && x >= SESSION_HOURS.min && x <= SESSION_HOURS.max;
// A `__proto__` key is left to the full parser, which decides what becomes of it.
const isRecord = (x: unknown): x is Record<string, unknown> => isObject(x) && !Object.hasOwn(x, '__proto__');

function fits(key: ConfigKey, value: unknown): boolean {
  const f = ConfigFields[key];
  if ('choices' in f) return typeof value === 'string' && f.choices.includes(value);
  if ('range' in f) return typeof value === 'number' && Number.isInteger(value) && value >= f.range.min && value <= f.range.max;
  if (typeof f.default === 'string' || typeof f.default === 'boolean') return typeof value === typeof f.default;
  if (key === 'syncTargets') return Array.isArray(value) && value.length === 0;
  if (key === 'ssoSessionHours') return isHours(value) || (isRecord(value) && Object.values(value).every(isHours));
  // profiles
  return (
    isRecord(value) &&
    Object.values(value).every(
      (p) =>
        isRecord(p) &&
        Object.entries(p).every(([k, x]) => (k === 'ssoSessionHours' ? isHours(x) : k === 'backgroundLogin' ? typeof x === 'string' && BACKGROUND_LOGIN_CHOICES.includes(x) : (PROFILE_OVERRIDE_KEYS as readonly string[]).includes(k) && typeof x === 'string')),
    )
  );
}

/** The config in `text` (config.json after its BOM), or null when only the full parser can tell. */
export function quickConfig(text: string): Config | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw)) return null;
  const config = defaultConfig() as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(ConfigFields, key) || !fits(key as ConfigKey, value)) return null;
    config[key] = value;
  }
  return config as unknown as Config;
}

/** The warning when both config.json and config.toml exist: neither wins, the defaults apply. */
export const bothConfigsWarning = (json: string, toml: string): string => `both ${json} and ${toml} exist — keep one of them (using defaults until then)`;
