// Turns the text of config.json / config.toml into a Config plus the warnings to show.
// Never throws: a bad key costs only that key, a bad file costs the file, and the user is told which.
// The hot entries ask core/config/config-quick.ts first and come here (a file of its own, dist/code/lazy/config-parse.cjs)
// only for TOML, a sync target, or something to explain.
import * as v from 'valibot';
import { CONFIG_KEYS, ConfigFields, PROFILE_OVERRIDE_KEYS, type ProfileOverride, defaultConfig, rangeOf, type Config, type ConfigKey } from '../../schemas/config.ts';
import { ProfileOverrideSchema, SsoSessionHoursSchema } from '../../schemas/config-schema.ts';
import { syncTargetsProblem } from '../../schemas/sync-target.ts';
import { migrateUpstream } from './upstream-config.ts';
import { closest, describeValue, firstLine, jsonErrorPosition, stripBom, stripControl } from '../text.ts';

export interface ParsedConfig {
  config: Config;
  /** One line each, naming the file and the fix. */
  warnings: string[];
}

export type TomlParse = (text: string) => unknown;

export function parseConfigText(text: string, file: string, kind: 'json' | 'toml', parseToml?: TomlParse): ParsedConfig {
  const config = defaultConfig();
  const body = stripBom(text);
  if (body.trim() === '') return { config, warnings: [`${file} is empty — using defaults; copy config.example.json there to start`] };
  let raw: unknown;
  try {
    raw = kind === 'json' ? JSON.parse(body) : parseToml!(body);
  } catch (err) {
    return { config, warnings: [describeParseError(body, file, kind, err)] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, warnings: [`${file}: expected an object of settings, got ${describeValue(raw)} — using defaults`] };
  }
  const warnings: string[] = [];
  // A file the plugin we replace wrote keeps working, read as ours, until setup rewrites it.
  const old = migrateUpstream(raw as Record<string, unknown>);
  if (old) {
    raw = old.raw;
    if (old.changes.length) warnings.push(`${file}: settings of the cc-aws-keepalive plugin we replace, read as ours (${old.changes.join('; ')}) — /aws-keepalive setup --migrate writes them into the file, with a backup`);
    warnings.push(...old.refused.map((r) => `${file}: ${r}`));
  }
  const target = config as unknown as Record<ConfigKey, unknown>;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(CONFIG_KEYS as string[]).includes(key)) {
      const guess = closest(key, CONFIG_KEYS);
      warnings.push(`${file}: unknown key ${JSON.stringify(key)}${guess ? ` — did you mean "${guess}"?` : ' — it is ignored'}`);
      continue;
    }
    const k = key as ConfigKey;
    const clamped = clampNumber(k, value);
    if (clamped) {
      target[k] = clamped.value;
      if (clamped.note) warnings.push(`${file}: ${clamped.note}`);
      continue;
    }
    if (k === 'profiles' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      target[k] = parseProfiles(value as Record<string, unknown>, file, warnings);
      continue;
    }
    const r = checkValue(k, value);
    if (r.ok) target[k] = r.value;
    else if (k === 'syncTargets') warnings.push(`${file}: ${syncTargetsProblem(value)} — no credential sync until this is fixed`);
    else warnings.push(`${file}: "${k}" should be ${describeExpected(k)}, got ${describeValue(value)} — using the default ${k === 'backgroundLogin' ? '("once" for browser and MFA-push logins, else "auto")' : JSON.stringify(ConfigFields[k].default)}`);
  }
  // Key names and values are the user's text: no escape sequence of theirs reaches a terminal or the UI, and
  // each warning stays one line.
  return { config, warnings: warnings.map((w) => stripControl(w.replace(/[\r\n]+/g, ' '))) };
}

/** Whether `value` is right for a key that is not a number (numbers are clampNumber's). */
function checkValue(key: ConfigKey, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const f = ConfigFields[key];
  if ('choices' in f) return typeof value === 'string' && f.choices.includes(value) ? { ok: true, value } : { ok: false };
  const d = f.default;
  if (typeof d === 'string' || typeof d === 'boolean') return typeof value === typeof d ? { ok: true, value } : { ok: false };
  if (key === 'syncTargets') return syncTargetsProblem(value) === null ? { ok: true, value } : { ok: false };
  if (key === 'ssoSessionHours') {
    const r = v.safeParse(SsoSessionHoursSchema, value);
    return r.success ? { ok: true, value: r.output } : { ok: false };
  }
  return { ok: false };
}

/** Human words for what each key expects, used in "expected X, got Y" messages. */
function describeExpected(key: ConfigKey): string {
  const d = ConfigFields[key].default;
  if (key === 'backgroundLogin') return '"auto", "once" or "off"';
  if (typeof d === 'string') return 'a string';
  if (typeof d === 'boolean') return 'true or false';
  if (key === 'loginTimeoutSeconds') return 'a whole number of seconds from 10 to 160';
  if (key === 'syncCooldownSeconds') return 'a whole number of seconds from 0 to 86400';
  if (key === 'syncTargets') return 'a list of sync targets';
  if (key === 'ssoSessionHours') return 'hours from 0.25 to 2160, or an object of them by sso-session name';
  if (key === 'profiles') return `an object of profile name → { ${PROFILE_OVERRIDE_KEYS.join(', ')} }`;
  return 'a whole number of minutes from 0 to 1440';
}

/**
 * A number for a numeric key always counts: outside its range it is clamped (a 5 s login timeout becomes 10 s, not
 * the 150 s default), a fraction is rounded. null when the value is no number, or not for a numeric key.
 */
function clampNumber(key: ConfigKey, value: unknown): { value: number; note: string | null } | null {
  const range = rangeOf(key);
  // TOML integers can arrive as bigint.
  const n = typeof value === 'bigint' ? Number(value) : value;
  if (!range || typeof n !== 'number' || Number.isNaN(n)) return null;
  const used = Math.min(range.max, Math.max(range.min, Math.round(n)));
  if (used === n) return { value: used, note: null };
  const why = n < range.min || n > range.max ? `outside ${range.min}–${range.max}` : 'not a whole number';
  return { value: used, note: `"${key}" is ${String(n)}, ${why} — using ${used}` };
}

/** Each profile's entry on its own: a mistake in one costs that profile's overrides, never the others'. */
function parseProfiles(raw: Record<string, unknown>, file: string, warnings: string[]): Record<string, ProfileOverride> {
  const out: Record<string, ProfileOverride> = {};
  for (const [name, entry] of Object.entries(raw)) {
    const r = v.safeParse(ProfileOverrideSchema, entry);
    if (r.success) {
      out[name] = r.output;
      continue;
    }
    const issue = r.issues[0];
    const at = issue.path?.map((p) => String(p.key)).join('.');
    const where = at ? `profiles.${name}.${at}` : `profiles.${name}`;
    const keys = PROFILE_OVERRIDE_KEYS;
    let what: string;
    if (!at) what = `expected an object of ${keys.join(', ')}, got ${describeValue(entry)}`;
    else if (issue.type === 'strict_object') {
      const guess = closest(String(issue.input), keys);
      what = `unknown key${guess ? ` — did you mean "${guess}"?` : `; a profile may set ${keys.join(', ')}`}`;
    } else what = `got ${describeValue(issue.input)}`;
    warnings.push(`${file}: "${where}" is not usable (${what}) — profile "${name}" uses the top-level settings until this is fixed`);
  }
  return out;
}

function describeParseError(text: string, file: string, kind: 'json' | 'toml', err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  let where: { line: number; col: number } | null;
  if (kind === 'json') where = jsonErrorPosition(text, err);
  else {
    const e = err as { line?: number; col?: number };
    where = typeof e.line === 'number' && typeof e.col === 'number' ? { line: e.line + 1, col: e.col + 1 } : null;
  }
  const reason = firstLine(msg).replace(/ at row \d+, col \d+, pos \d+:?$/, '');
  const pos = where ? `:${where.line}:${where.col}` : '';
  return `${file}${pos}: not valid ${kind.toUpperCase()} (${reason}) — fix that line; using defaults until then`;
}
