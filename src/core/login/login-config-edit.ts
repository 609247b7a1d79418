// The edit `setup --login` makes to our config: loginCmd, autoLoginCmd, expirationField (and profile), in JSON or
// TOML, keeping every other byte. Pure: refuses text that does not parse, and checks its own result by parsing it.
import { parseStrictJson, setJson, type JSONPath } from '../settings/json-edit.ts';
import { isRecord } from '../settings/wiring.ts';

export interface LoginValues {
  profile: string;
  loginCmd: string;
  autoLoginCmd: string;
  expirationField: string;
}

export type TomlParse = (text: string) => unknown;

export type EditPlan =
  | { ok: true; text: string; changes: string[] }
  | { ok: false; message: string };

const KEYS = ['profile', 'loginCmd', 'autoLoginCmd', 'expirationField'] as const;

/** `text` null: a new file. The keys go to the top level, or into `profiles.<profile>` when that table exists. */
export function planLoginEdit(text: string | null, file: string, kind: 'json' | 'toml', want: LoginValues, parseToml?: TomlParse): EditPlan {
  if (kind === 'json') return planJson(text, file, want);
  return planToml(text, file, want, parseToml!);
}

function planJson(text: string | null, file: string, want: LoginValues): EditPlan {
  let body = text !== null && text.trim() !== '' ? text : '{\n}\n';
  const parsed = parseStrictJson(body);
  if (!parsed.ok) return { ok: false, message: `${file}:${parsed.line}:${parsed.col}: not valid JSON (${parsed.reason}) — fix it first; nothing was changed` };
  if (!isRecord(parsed.value)) return { ok: false, message: `${file}: expected an object of settings — fix it first; nothing was changed` };
  const root = parsed.value;
  // An empty `profiles` (config.example.json has one) is no table in use: the keys go to the top level.
  const profiles = isRecord(root.profiles) && Object.keys(root.profiles).length > 0 ? root.profiles : null;
  const base: JSONPath = profiles ? ['profiles', want.profile] : [];
  const current = profiles ? (isRecord(profiles[want.profile]) ? (profiles[want.profile] as Record<string, unknown>) : {}) : root;
  const changes: string[] = [];
  for (const k of KEYS) {
    // Inside a profiles table the entry is already per profile.
    if (k === 'profile' && profiles) continue;
    if (current[k] === want[k]) continue;
    body = setJson(body, [...base, k], want[k]);
    changes.push(describe(base, k, want[k]));
  }
  return { ok: true, text: body, changes };
}

function planToml(text: string | null, file: string, want: LoginValues, parse: TomlParse): EditPlan {
  const body = text ?? '';
  let before: unknown;
  try {
    before = parse(body);
  } catch (err) {
    return { ok: false, message: `${file}: not valid TOML (${firstLine(err)}) — fix it first; nothing was changed` };
  }
  if (!isRecord(before)) return { ok: false, message: `${file}: expected a table of settings; nothing was changed` };
  if (isRecord(before.profiles)) {
    return { ok: false, message: `${file} has a [profiles] table, which we do not edit in TOML — set these under [profiles.${JSON.stringify(want.profile)}] by hand: ${KEYS.filter((k) => k !== 'profile').map((k) => `${k} = ${JSON.stringify(want[k])}`).join(', ')}` };
  }
  const lines = body === '' ? [] : body.split('\n');
  // Top-level keys live before the first [table] header; new ones go after the last of them.
  const found = lines.findIndex((l) => /^\s*\[/.test(l));
  let end = found < 0 ? lines.length : found;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  const changes: string[] = [];
  for (const k of KEYS) {
    if (before[k] === want[k]) continue;
    // JSON's string escapes are all valid in a TOML basic string.
    const line = `${k} = ${JSON.stringify(want[k])}`;
    const at = lines.slice(0, end).findIndex((l) => new RegExp(`^\\s*"?${k}"?\\s*=`).test(l));
    if (at >= 0) {
      if (/=\s*("""|''')/.test(lines[at]!)) return { ok: false, message: `${file}: ${k} is a multi-line string, which we do not edit — set it to ${JSON.stringify(want[k])} by hand` };
      lines[at] = line;
    } else {
      lines.splice(end, 0, line);
      end++;
    }
    changes.push(describe([], k, want[k]));
  }
  const out = lines.join('\n');
  let after: unknown;
  try {
    after = parse(out);
  } catch (err) {
    return { ok: false, message: `${file}: our edit would not parse (${firstLine(err)}) — set the values by hand; nothing was changed` };
  }
  if (!isRecord(after) || KEYS.some((k) => after[k] !== want[k])) {
    return { ok: false, message: `${file}: our edit did not give the expected values (an unusual layout?) — set them by hand; nothing was changed` };
  }
  return { ok: true, text: out.endsWith('\n') || out === '' ? out : `${out}\n`, changes };
}

function describe(base: JSONPath, k: string, v: string): string {
  return `${[...base, k].join('.')} = ${JSON.stringify(v)}`;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
