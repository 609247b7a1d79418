// Seeded generators of the odd inputs a new user's machine can hold: our config (JSON and TOML), AWS credentials
// and config files, hook and status line stdin, settings.json and lock/state files. The same seed always gives
// the same cases, so a failure can be replayed (CC_ROBUST_SEED picks another seed to explore).

/** mulberry32: small, fast, good enough to pick test inputs. */
export function makeRng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof makeRng>;

/** Text a user (or a broken tool) can put in a string: escapes, NULs, lone surrogates, long runs, shell syntax. */
export const ODD_STRINGS = [
  '',
  ' ',
  'work',
  'default',
  'team.dev',
  'x'.repeat(5_000),
  '\u001b[31mred\u001b[0m',
  '\u001b]0;title\u0007',
  '\u009b2J',
  'nul\u0000byte',
  'lone \ud800 surrogate',
  'é ü 😀 字',
  'line\nbreak',
  'tab\there',
  'cr\rreturn',
  '"quoted"',
  "'single'",
  '${HOME}',
  '$(whoami)',
  '../../etc/passwd',
  'a=b',
  '[section]',
  '# comment',
  '; comment',
  '\\',
  '\u202eRTL override',
];

/** Numbers at and beyond every edge of our ranges. */
export const ODD_NUMBERS = ['-1', '0', '1', '9', '10', '2.5', '160', '161', '1440', '1441', '1e308', '-1e308', '1e-9', '9007199254740993', '-0', '0.0000001', '99999999999999999999999'];

/** Commands we may really run (autoLoginCmd, statusLineCmd): harmless, but failing, slow or noisy in odd ways. */
export const SAFE_COMMANDS = ['', '   ', 'true', 'false', 'exit 3', 'echo hi', "printf '\\033[31mred\\033[0m\\n'", 'no-such-command-cckh', 'sleep 30', 'cat', 'echo; echo; echo', 'yes | head -c 200000'];

/** What login tools (and broken ones) write as an expiry. */
export function oddExpiry(r: Rng, now: number): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  return r.pick([
    () => iso(now + r.int(1, 600) * 60_000),
    () => iso(now - r.int(1, 600) * 60_000),
    () => String(Math.floor(now / 1000) + r.int(-10_000, 10_000)),
    () => String(now + r.int(-1e7, 1e7)),
    () => '2027-02-30T00:00:00Z',
    () => '2027-13-01T00:00:00Z',
    () => '2027-01-01T24:00:00Z',
    () => '2027-01-01T23:60:00Z',
    () => '2999-01-01T00:00:00Z',
    () => '0001-01-01T00:00:00Z',
    () => '2027-01-01T00:00:00',
    () => '2027-01-01T00:00:00+25:00',
    () => '2027-01-01T00:00:00+0530',
    () => '0',
    () => '-1',
    () => '99999999999999999999',
    () => '1e10',
    () => 'tomorrow',
    () => '',
    () => `"${iso(now + 3_600_000)}"`,
    () => r.pick(ODD_STRINGS),
  ])();
}

const SECTION_NAMES = ['work', 'default', 'profile work', 'team.dev', ' work ', 'WORK', 'work ; comment', 'other'];

/** A credentials file: sections with some, all or none of the keys, odd names, odd expiry, odd line endings. */
export function oddCredentials(r: Rng, now: number, secret: string): string {
  const sections: string[] = [];
  for (let i = r.int(0, 3); i >= 0; i--) {
    const name = r.chance(0.6) ? 'work' : r.pick(SECTION_NAMES);
    const lines = [`[${name}]`];
    if (r.chance(0.9)) lines.push(`aws_access_key_id = ASIA${r.int(1e9, 9e9)}ROBUST`);
    if (r.chance(0.9)) lines.push(`aws_secret_access_key = ${secret}`);
    if (r.chance(0.85)) lines.push(`${r.chance(0.9) ? 'aws_session_token' : 'aws_security_token'} = ${secret}Token${r.chance(0.2) ? '==' : ''}`);
    if (r.chance(0.8)) lines.push(`${r.pick(['x_security_token_expires', 'aws_expiration', 'aws_session_expiration', 'expiration', 'x-expiration', 'Expiration'])} = ${oddExpiry(r, now)}`);
    if (r.chance(0.2)) lines.push(r.pick(['=novalue', 'novalue', 'key =', ' = ', `k = ${r.pick(ODD_STRINGS)}`, '[', ']]', '[unclosed']));
    if (r.chance(0.15)) lines.splice(1, 0, `# Expires: ${oddExpiry(r, now)}`);
    sections.push(lines.join('\n'));
  }
  let text = sections.join('\n\n');
  if (r.chance(0.2)) text = text.replace(/\n/g, '\r\n');
  if (r.chance(0.1)) text = `\ufeff${text}`;
  if (r.chance(0.1)) text = text.slice(0, r.int(0, text.length)); // caught mid-write
  return `${text}\n`;
}

/** An ~/.aws/config: SSO, `aws login`, credential_process (never run: the fake aws answers), broken lines. */
export function oddAwsConfig(r: Rng): string {
  const name = r.pick(['profile work', 'work', 'default', 'profile  work', 'sso-session s']);
  const lines = [`[${name}]`];
  const kind = r.pick(['sso', 'sso-session', 'login', 'process', 'role', 'junk']);
  if (kind === 'sso') lines.push(`sso_start_url = ${r.pick(['https://x.awsapps.com/start', '', r.pick(ODD_STRINGS)])}`, 'sso_region = us-east-1', 'sso_account_id = 1', 'sso_role_name = r');
  if (kind === 'sso-session') lines.push('sso_session = s', '', '[sso-session s]', `sso_start_url = ${r.pick(ODD_STRINGS)}`);
  if (kind === 'login') lines.push(`login_session = ${r.pick(ODD_STRINGS)}`);
  if (kind === 'process') lines.push('credential_process = cckh-never-run');
  if (kind === 'role') lines.push('role_arn = arn:aws:iam::1:role/r', `source_profile = ${r.pick(['work', 'other', ''])}`);
  if (kind === 'junk') lines.push(r.pick(ODD_STRINGS), '[', 'region');
  if (r.chance(0.5)) lines.push(`region = ${r.pick(['us-east-1', '', 'nowhere-9', r.pick(ODD_STRINGS)])}`);
  return `${lines.join('\n')}\n`;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A JSON value of odd shape, with a raw-text hook for numbers JSON.stringify cannot write. */
export function oddJsonValue(r: Rng, depth = 0): Json {
  const k = r.int(0, depth > 2 ? 3 : 5);
  if (k === 0) return null;
  if (k === 1) return r.chance(0.5);
  if (k === 2) return Number(r.pick(ODD_NUMBERS));
  if (k === 3) return r.pick(ODD_STRINGS);
  if (k === 4) return Array.from({ length: r.int(0, 3) }, () => oddJsonValue(r, depth + 1));
  const o: Record<string, Json> = {};
  for (let i = r.int(0, 3); i > 0; i--) o[r.pick(ODD_STRINGS)] = oddJsonValue(r, depth + 1);
  return o;
}

const CONFIG_KEYS = ['profile', 'expirationField', 'loginCmd', 'autoLoginCmd', 'autoLoginMinutes', 'warnMinutes', 'timerWarnMinutes', 'statusLineCmd', 'loginTimeoutSeconds'];
const NUMBER_KEYS = new Set(['autoLoginMinutes', 'warnMinutes', 'timerWarnMinutes', 'loginTimeoutSeconds']);
const COMMAND_KEYS = new Set(['autoLoginCmd', 'statusLineCmd']);

/** Our config.json: valid keys with odd values, misspelt keys, broken syntax, BOM, deep nesting. */
export function oddConfigJson(r: Rng): string {
  const body: string[] = [];
  for (let i = r.int(0, 6); i > 0; i--) {
    const key = r.chance(0.85) ? r.pick(CONFIG_KEYS) : r.pick(['warnMinute', 'Profile', 'login_cmd', ...ODD_STRINGS]);
    let raw: string;
    if (COMMAND_KEYS.has(key)) raw = JSON.stringify(r.chance(0.85) ? r.pick(SAFE_COMMANDS) : r.int(-5, 5));
    else if (NUMBER_KEYS.has(key) && r.chance(0.7)) raw = r.pick(ODD_NUMBERS);
    else raw = JSON.stringify(oddJsonValue(r));
    body.push(`${JSON.stringify(key)}: ${raw}`);
  }
  let text = `{${body.join(',\n  ')}}`;
  const twist = r.int(0, 9);
  if (twist === 0) text = text.slice(0, r.int(0, text.length));
  if (twist === 1) text = `\ufeff${text}`;
  if (twist === 2) text = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
  if (twist === 3) text = r.pick(['', ' ', 'null', '[]', '"x"', '42', '{"a":1}{"b":2}', '{,}', '{"profile": "work",}']);
  return text;
}

/** Our config.toml: odd values (inf, nan, dates, arrays, tables), broken syntax. */
export function oddConfigToml(r: Rng): string {
  const lines: string[] = [];
  for (let i = r.int(0, 6); i > 0; i--) {
    const key = r.chance(0.85) ? r.pick(CONFIG_KEYS) : r.pick(['warn-minutes', 'Profile', '"quoted key"']);
    let value: string;
    if (COMMAND_KEYS.has(key)) value = JSON.stringify(r.pick(SAFE_COMMANDS));
    else
      value = r.pick([
        r.pick(ODD_NUMBERS),
        'inf',
        '-inf',
        'nan',
        '1979-05-27T07:32:00Z',
        '1979-05-27',
        '[1, 2]',
        '{ a = 1 }',
        'true',
        JSON.stringify(r.pick(ODD_STRINGS)),
        "'''multi\nline'''",
        '0x1F',
        '1_000',
        '',
      ]);
    lines.push(`${key} = ${value}`);
  }
  if (r.chance(0.15)) lines.push(r.pick(['[table]', '[[array]]', 'x = = 1', '= 1', '[', `${'a = { b = '.repeat(2_000)}1${' }'.repeat(2_000)}`]));
  if (r.chance(0.1)) lines.unshift('\ufeff');
  return `${lines.join(r.chance(0.2) ? '\r\n' : '\n')}\n`;
}

/** A settings.json: our keys with odd values, other keys we must keep, broken syntax, depth, duplicates. */
export function oddSettings(r: Rng): string {
  const members: string[] = [];
  const ours = ['awsCredentialExport', 'awsAuthRefresh', 'statusLine', 'hooks', 'env', 'model'];
  for (let i = r.int(0, 5); i > 0; i--) {
    const key = r.chance(0.7) ? r.pick(ours) : r.pick(ODD_STRINGS);
    let value: string;
    if (key === 'statusLine' && r.chance(0.5)) value = JSON.stringify({ type: 'command', command: r.pick(SAFE_COMMANDS), refreshInterval: Number(r.pick(ODD_NUMBERS)) });
    else if (key === 'hooks' && r.chance(0.5)) value = JSON.stringify({ UserPromptSubmit: r.chance(0.5) ? [{ hooks: [{ type: 'command', command: r.pick(SAFE_COMMANDS) }] }] : oddJsonValue(r) });
    else if ((key === 'awsCredentialExport' || key === 'awsAuthRefresh') && r.chance(0.6)) value = JSON.stringify(r.pick(['node "/gone/dist/export-credentials.mjs"', 'aws sso login', ...ODD_STRINGS]));
    else value = JSON.stringify(oddJsonValue(r));
    members.push(`${JSON.stringify(key)}: ${value}`);
  }
  let text = `{\n  ${members.join(',\n  ')}\n}\n`;
  const twist = r.int(0, 11);
  if (twist === 0) text = text.slice(0, r.int(1, text.length - 1));
  if (twist === 1) text = `\ufeff${text}`;
  if (twist === 2) text = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  if (twist === 3) text = r.pick(['', '   \n', '[]', 'null', '"str"', '{"a":1,}', '// comment\n{}', '{"statusLine":1,"statusLine":2}']);
  if (twist === 4) text = text.replace(/\n/g, '\r\n');
  return text;
}

/** Hook stdin: truncated, wrong types, not JSON, huge; never our own slash command (that answer blocks by design). */
export function oddHookStdin(r: Rng): string {
  const prompt = r.pick([...ODD_STRINGS.filter((s) => !s.startsWith('/')), 'hello', 'aws-keepalive status', ' /other-command']);
  const base: Record<string, unknown> = {
    session_id: r.pick(['s', ...ODD_STRINGS]),
    hook_event_name: r.chance(0.8) ? 'UserPromptSubmit' : r.pick(['SessionStart', '', 'userpromptsubmit', 42]),
    prompt: r.chance(0.9) ? prompt : r.pick([null, 42, ['x'], { p: 1 }]),
    cwd: r.pick(['/tmp', '', '/no/such/dir', 42]),
  };
  if (r.chance(0.2)) base.transcript_path = r.pick(ODD_STRINGS);
  let text = JSON.stringify(base);
  const twist = r.int(0, 9);
  if (twist === 0) text = text.slice(0, r.int(0, text.length));
  if (twist === 1) text = r.pick(['', 'not json', '[]', 'null', '"x"', '\u0000\u0001', `{"prompt":"${'a'.repeat(2_000_000)}"}`]);
  if (twist === 2) text = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
  if (twist === 3) text = `${text}\n${text}`;
  return text;
}

/** Status line stdin: Claude Code's payload with odd values, or something else entirely. */
export function oddStatusStdin(r: Rng): string {
  const base: Record<string, unknown> = {
    session_id: r.pick(['s', ...ODD_STRINGS]),
    model: r.chance(0.7) ? { id: 'm', display_name: r.pick(ODD_STRINGS) } : r.pick(ODD_STRINGS),
    workspace: { current_dir: r.pick(['/tmp', ...ODD_STRINGS]) },
    cost: r.chance(0.5) ? { total_cost_usd: Number(r.pick(ODD_NUMBERS)) } : null,
  };
  let text = JSON.stringify(base);
  const twist = r.int(0, 7);
  if (twist === 0) text = text.slice(0, r.int(0, text.length));
  if (twist === 1) text = r.pick(['', 'garbage', '[]', '0', '\u001b[2J']);
  if (twist === 2) text = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  return text;
}

/** A login lock record as a crashed, foreign, future or garbled holder leaves it. */
export function oddLock(r: Rng, now: number): string {
  const rec = {
    pid: r.pick([1, 999_999, -1, 0, 2 ** 31, 'x', process.pid]),
    host: r.pick(['here', '', 'other-host', 42]),
    profile: 'work',
    startedAt: r.pick([now, now - 3_600_000, now + 3_600_000, 0, -1, 'x']),
    deadline: r.pick([now + 60_000, now - 1, now + 10 * 3_600_000, 0, null]),
    nonce: r.pick(['n', '', 42]),
  };
  return r.pick([JSON.stringify(rec), JSON.stringify(rec).slice(0, 20), '', 'garbage', '\u0000'.repeat(10), '[]', 'null']);
}

/** A state file a crash, a hand edit or an older version left. */
export function oddState(r: Rng, now: number): string {
  const s = {
    sts: r.chance(0.5) ? { checkedAt: r.pick([now, now + 1e9, -1, 'x']), valid: r.pick([true, false, 'yes']), reason: r.pick(ODD_STRINGS), key: r.pick(ODD_STRINGS) } : r.pick(ODD_STRINGS),
    lastLogin: r.chance(0.5)
      ? { trigger: r.pick(['hook', 'refresh', 'x']), startedAt: now - 1e5, endedAt: r.pick([now, now + 1e9, 'x']), exitCode: r.pick([0, 1, null, 'x']), timedOut: r.pick([true, false, 1]), outputTail: r.pick([[r.pick(ODD_STRINGS)], 'x', null]) }
      : null,
    lastProactiveLoginAt: r.pick([now, now + 1e9, -1, 'x', null]),
  };
  const text = JSON.stringify(s);
  return r.pick([text, text.slice(0, r.int(0, text.length)), '', '[]', 'null', `${'['.repeat(10_000)}${']'.repeat(10_000)}`]);
}
