// The project's own bad-input suite (issue #14): a few hundred seeded odd inputs, each run against the built
// bundles in a throwaway HOME, each checked for the promises every entry makes whatever it is fed:
// - the hook and the status line exit 0 with valid output and never block a prompt; other entries exit with a code
//   they document and a one-line message;
// - no stack trace, no entry past its wall-clock bound (a hang is killed and reported);
// - every file we planted is byte-identical afterwards, unless it is ours to change;
// - the planted secret appears nowhere but the export's stdout (not in other output, not in any file we wrote);
// - what we create is 0600 (files) / 0700 (folders).
// It prints `N passed, M failed` on a line of its own. CC_ROBUST_SEED replays or explores another seed.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cleanHome, makeFakeHome } from '../helpers/fake-home.ts';
import { ROOT, runEntry, type RunResult } from '../helpers/run-entry.ts';
import * as g from './generators.ts';

const SEED = Number(process.env.CC_ROBUST_SEED ?? 14);
const NOW = Date.now();
const SECRET = `RoBuStSeCrEt${SEED.toString(36)}Zq`;
const POSIX = process.platform !== 'win32';

const CREDS = '.aws/credentials';
const AWS_CONFIG = '.aws/config';
const CONFIG_JSON = '.config/cc-aws-keepalive/config.json';
const CONFIG_TOML = '.config/cc-aws-keepalive/config.toml';
const SETTINGS = '.claude/settings.json';
const STATE = '.local/state/cc-aws-keepalive/work.json';
const LOCK = '.local/state/cc-aws-keepalive/work.lock';
const OURS = ['.config/cc-aws-keepalive', '.local/state/cc-aws-keepalive'];

/** A planted file: its text, or a special kind of path where a file is expected. */
type Planted = string | { special: 'fifo' | 'dir' | 'device' | 'dangling' | 'loop' };

interface Case {
  name: string;
  entry: 'prompt-submit' | 'statusline' | 'export-credentials' | 'auth-refresh' | 'cli' | 'install' | 'session-start';
  args?: string[];
  stdin?: string;
  holdStdin?: boolean;
  files: Record<string, Planted>;
  env?: Record<string, string>;
  /** Planted files the entry may legitimately change (settings.json for install, credentials for a login). */
  mutable?: string[];
}

// Hooks read stdin for 1 s; the status line's own command gets 3 s; everything else is disk-only or has a deadline.
const BOUND_MS: Record<Case['entry'], number> = {
  'prompt-submit': 8_000,
  statusline: 10_000,
  'export-credentials': 8_000,
  'auth-refresh': 15_000,
  cli: 15_000,
  install: 8_000,
  'session-start': 8_000,
};

const healthy = () => `[work]\naws_access_key_id = ASIAROBUST0000000001\naws_secret_access_key = ${SECRET}\naws_session_token = ${SECRET}Token\nx_security_token_expires = ${new Date(NOW + 4 * 3_600_000).toISOString()}\n`;
const expired = () => healthy().replace(/x_security_token_expires = .*/, 'x_security_token_expires = 2020-01-01T00:00:00Z');
const fakeLogin = `node "${ROOT}tests/fixtures/bin/fake-login.mjs"`;
const HOOK = '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}';
const rotate = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** Each group has its own stream of random numbers, so adding a group never changes another's cases. */
function group(name: string, count: number, make: (r: g.Rng, i: number) => Omit<Case, 'name'>): Case[] {
  const r = g.makeRng(SEED ^ hash(name));
  return Array.from({ length: count }, (_, i) => ({ name: `${name}#${i}`, ...make(r, i) }));
}

const readers: Array<Pick<Case, 'entry' | 'args' | 'stdin'>> = [
  { entry: 'prompt-submit', stdin: HOOK },
  { entry: 'statusline', stdin: '{}' },
  { entry: 'export-credentials' },
  { entry: 'cli', args: ['status'] },
];

const GROUPS: Record<string, Case[]> = {
  'config-json': group('config-json', 50, (r, i) => ({ ...rotate(readers, i), files: { [CREDS]: healthy(), [CONFIG_JSON]: g.oddConfigJson(r) } })),
  'config-toml': group('config-toml', 30, (r, i) => ({ ...rotate(readers, i), files: { [CREDS]: healthy(), [CONFIG_TOML]: g.oddConfigToml(r) } })),
  credentials: group('credentials', 60, (r, i) => ({
    ...rotate(readers, i),
    files: { [CREDS]: g.oddCredentials(r, NOW, SECRET), [CONFIG_JSON]: r.chance(0.3) ? '{"profile":"work","expirationField":"expiration"}' : '{"profile":"work"}' },
  })),
  'aws-config': group('aws-config', 25, (r, i) => ({
    ...rotate(readers, i),
    files: { ...(r.chance(0.5) ? { [CREDS]: '[other]\naws_access_key_id = A\n' } : {}), [AWS_CONFIG]: g.oddAwsConfig(r), [CONFIG_JSON]: '{"profile":"work"}' },
    env: { FAKE_AWS_MODE: r.pick(['ok', 'expired-token', 'garbage']) },
  })),
  'hook-stdin': group('hook-stdin', 40, (r) => ({
    entry: 'prompt-submit',
    stdin: g.oddHookStdin(r),
    holdStdin: r.chance(0.2),
    files: { [CREDS]: r.pick([healthy(), expired(), g.oddCredentials(r, NOW, SECRET)]), [CONFIG_JSON]: r.chance(0.5) ? '{"profile":"work","warnMinutes":1440}' : '{"profile":"work"}' },
  })),
  'statusline-stdin': group('statusline-stdin', 30, (r) => ({
    entry: 'statusline',
    stdin: g.oddStatusStdin(r),
    holdStdin: r.chance(0.2),
    files: { [CREDS]: r.pick([healthy(), expired()]), [CONFIG_JSON]: JSON.stringify({ profile: 'work', statusLineCmd: r.pick(g.SAFE_COMMANDS) }) },
  })),
  settings: group('settings', 40, (r, i) => {
    const run = rotate<Pick<Case, 'entry' | 'args'>>(
      [{ entry: 'install' }, { entry: 'install', args: ['--statusline'] }, { entry: 'install', args: ['--uninstall'] }, { entry: 'install', args: ['--dry-run'] }, { entry: 'cli', args: ['setup', '--force'] }, { entry: 'session-start' }, { entry: 'cli', args: ['doctor'] }],
      i,
    );
    return { ...run, files: { [CREDS]: healthy(), [SETTINGS]: g.oddSettings(r), ...(r.chance(0.3) ? { [CONFIG_JSON]: g.oddConfigJson(r) } : {}) }, mutable: [SETTINGS] };
  }),
  'lock-state': group('lock-state', 25, (r, i) => ({
    ...(i % 3 === 0 ? { entry: 'prompt-submit' as const, stdin: HOOK } : { entry: 'auth-refresh' as const }),
    files: {
      [CREDS]: expired(),
      [CONFIG_JSON]: JSON.stringify({ profile: 'work', autoLoginCmd: fakeLogin, loginTimeoutSeconds: 10 }),
      ...(r.chance(0.8) ? { [LOCK]: g.oddLock(r, NOW) } : {}),
      ...(r.chance(0.6) ? { [STATE]: g.oddState(r, NOW) } : {}),
    },
    // A lock held by a live process is waited on to the deadline: keep that short.
    env: { FAKE_LOGIN_PROFILE: 'work', FAKE_LOGIN_DELAY_MS: '50', CC_KEEPALIVE_DEADLINE_MS: '1500' },
    // The login rewrites the credentials; the lock and the state are ours.
    mutable: [CREDS, LOCK, STATE],
  })),
  'special-files': POSIX
    ? group('special-files', 35, (r, i) => {
        const where = rotate([CREDS, AWS_CONFIG, CONFIG_JSON, CONFIG_TOML, SETTINGS, STATE, LOCK], i);
        const special = rotate(['fifo', 'dir', 'device', 'dangling', 'loop'] as const, Math.floor(i / 7));
        const run = r.pick<Pick<Case, 'entry' | 'args' | 'stdin'>>([...readers, { entry: 'install' }, { entry: 'auth-refresh' }, { entry: 'session-start' }]);
        const files: Record<string, Planted> = { [CREDS]: where === CREDS ? healthy() : expired(), [CONFIG_JSON]: '{"profile":"work"}' };
        if (where === CONFIG_TOML) delete files[CONFIG_JSON];
        files[where] = { special };
        return { ...run, files, env: { CC_KEEPALIVE_DEADLINE_MS: '5000' } };
      })
    : [],
};

function plant(home: string, files: Record<string, Planted>): void {
  for (const [rel, what] of Object.entries(files)) {
    const p = join(home, rel);
    mkdirSync(dirname(p), { recursive: true });
    // Lone surrogates in a string become U+FFFD on disk, as any editor would write them.
    if (typeof what === 'string') writeFileSync(p, what);
    else if (what.special === 'dir') mkdirSync(p);
    else if (what.special === 'fifo') assert.equal(spawnSync('mkfifo', [p]).status, 0);
    else if (what.special === 'device') symlinkSync('/dev/zero', p);
    else if (what.special === 'dangling') symlinkSync(join(home, 'nowhere', 'x'), p);
    else symlinkSync(p, p);
  }
}

/** Every path under `dir` (not following links), relative to it. */
function walk(dir: string, base = dir): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    const st = lstatSync(p);
    return [relative(base, p), ...(st.isDirectory() ? walk(p, base) : [])];
  });
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$|node:internal|Maximum call stack|\bTypeError\b|\bReferenceError\b|\bRangeError\b/m;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const CONTROL_BUT_SGR = /[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]/;

function statusLineCmdOf(c: Case): string {
  try {
    const v = (JSON.parse(String(c.files[CONFIG_JSON])) as { statusLineCmd?: unknown }).statusLineCmd;
    return typeof v === 'string' ? v.trim() : '';
  } catch {
    return '';
  }
}

function contractProblems(c: Case, r: RunResult): string[] {
  const p: string[] = [];
  const out = r.stdout;
  const oneLineMessages = (s: string) => s.split('\n').filter(Boolean).every((l) => l.startsWith('cc-aws-keepalive') || l.startsWith('  '));
  switch (c.entry) {
    case 'prompt-submit': {
      if (r.code !== 0) p.push(`exit ${r.code}`);
      if (out !== '') {
        let j: unknown;
        try {
          j = JSON.parse(out);
        } catch {
          p.push(`stdout is not JSON: ${JSON.stringify(out.slice(0, 200))}`);
          break;
        }
        if (out.trimEnd().includes('\n')) p.push('more than one line of output');
        if (typeof j !== 'object' || j === null || Array.isArray(j)) p.push('stdout is not a JSON object');
        else {
          const o = j as Record<string, unknown>;
          if ('decision' in o) p.push(`a prompt was blocked: ${JSON.stringify(o.reason ?? '').slice(0, 200)}`);
          if ('systemMessage' in o && (typeof o.systemMessage !== 'string' || CONTROL.test(o.systemMessage.replace(/\n/g, '')))) p.push('systemMessage is not plain text');
        }
      }
      break;
    }
    case 'statusline': {
      if (r.code !== 0) p.push(`exit ${r.code}`);
      // Only the user's own status line command may bring colours (or anything else) into the bar.
      const ownOnly = statusLineCmdOf(c) === '';
      if ((ownOnly ? CONTROL : CONTROL_BUT_SGR).test(out.replace(/\n/g, '').replace(/\t/g, ''))) p.push(`status line has control characters: ${JSON.stringify(out.slice(0, 200))}`);
      if (ownOnly && !/^(AWS: [^\n]+\n)?$/.test(out)) p.push(`status line is not "AWS: …": ${JSON.stringify(out.slice(0, 200))}`);
      break;
    }
    case 'export-credentials':
      if (r.code === 0) {
        try {
          const j = JSON.parse(out) as { Credentials?: Record<string, unknown> };
          if (typeof j.Credentials?.AccessKeyId !== 'string' || typeof j.Credentials.SessionToken !== 'string' || !j.Credentials.SessionToken) p.push('exit 0 without STS-shaped credentials');
        } catch {
          p.push('exit 0 with stdout that is not JSON');
        }
      } else if (r.code === 1) {
        if (out !== '') p.push('failed but wrote to stdout');
        if (!r.stderr.trim() || !oneLineMessages(r.stderr)) p.push(`stderr is not our one-line messages: ${JSON.stringify(r.stderr.slice(0, 300))}`);
      } else p.push(`exit ${r.code}`);
      break;
    case 'session-start':
      if (r.code !== 0) p.push(`exit ${r.code}`);
      if (out !== '') {
        try {
          if (typeof (JSON.parse(out) as { systemMessage?: unknown }).systemMessage !== 'string') p.push('output without systemMessage');
        } catch {
          p.push('stdout is not JSON');
        }
      }
      break;
    case 'install':
      if (r.code !== 0 && r.code !== 1) p.push(`exit ${r.code}`);
      if (r.stderr && !oneLineMessages(r.stderr)) p.push(`stderr is not our one-line messages: ${JSON.stringify(r.stderr.slice(0, 300))}`);
      break;
    case 'auth-refresh':
    case 'cli':
      if (r.code === null || r.code > 2) p.push(`exit ${r.code}`);
      if (r.stderr) p.push(`stderr: ${JSON.stringify(r.stderr.slice(0, 300))}`);
      break;
  }
  return p;
}

async function runCase(c: Case): Promise<string[]> {
  const h = makeFakeHome(null);
  try {
    plant(h.home, c.files);
    const before = new Map<string, Buffer>();
    for (const [rel, what] of Object.entries(c.files)) if (typeof what === 'string') before.set(rel, readFileSync(join(h.home, rel)));
    const planted = new Set(Object.keys(c.files).flatMap((rel) => rel.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    const env = {
      ...h.env,
      PATH: `${ROOT}tests/fixtures/bin:/usr/bin:/bin`,
      CLAUDE_CODE_USE_BEDROCK: '1',
      // Nothing here may reach AWS: a refused loopback port answers every STS call at once.
      AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_REGION: 'us-east-1',
      ...c.env,
    };
    const bound = BOUND_MS[c.entry];
    const r = await runEntry(c.entry, { env, args: c.args, stdin: c.stdin, holdStdin: c.holdStdin, timeoutMs: bound + 5_000 });
    const p = contractProblems(c, r);
    if (r.code === null || r.ms > bound) p.push(`ran ${r.ms} ms (bound ${bound} ms)${r.code === null ? ', killed' : ''}`);
    if (STACK.test(r.stdout) || STACK.test(r.stderr)) p.push(`stack trace or crash text: ${JSON.stringify((r.stderr || r.stdout).slice(0, 300))}`);
    for (const [rel, bytes] of before) {
      if (c.mutable?.includes(rel)) continue;
      let now: Buffer | null;
      try {
        now = readFileSync(join(h.home, rel));
      } catch {
        now = null;
      }
      if (!now || !now.equals(bytes)) p.push(`${rel} changed`);
    }
    const leaks = [c.entry === 'export-credentials' ? '' : r.stdout, r.stderr].filter((s) => s.includes(SECRET));
    if (leaks.length) p.push('the secret was printed');
    for (const rel of walk(h.home)) {
      if (planted.has(rel)) continue;
      const abs = join(h.home, rel);
      const st = lstatSync(abs);
      if (st.isFile() && readFileSync(abs).includes(SECRET)) p.push(`the secret was written to ${rel}`);
      if (POSIX && OURS.some((d) => rel === d || rel.startsWith(`${d}/`))) {
        const mode = st.mode & 0o777;
        if (st.isFile() && mode !== 0o600) p.push(`${rel} has mode ${mode.toString(8)}`);
        if (st.isDirectory() && mode !== 0o700) p.push(`${rel}/ has mode ${mode.toString(8)}`);
      }
    }
    return p.map((x) => `${c.name} (${c.entry}${c.args ? ` ${c.args.join(' ')}` : ''}): ${x}`);
  } finally {
    await cleanHome(h.home);
  }
}

/** Runs cases a few at a time: the machine is shared and each case is a Node start. */
async function runAll(cases: Case[]): Promise<string[]> {
  const queue = [...cases];
  const problems: string[] = [];
  // Two per core: many cases spend their time waiting on a deadline, not on the CPU.
  const workers = Array.from({ length: Math.min(4, availableParallelism() * 2) }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const p = await runCase(c);
      problems.push(...p);
      if (p.length) failed++;
      else passed++;
    }
  });
  await Promise.all(workers);
  return problems;
}

let passed = 0;
let failed = 0;

for (const [name, cases] of Object.entries(GROUPS)) {
  test(`${name}: ${cases.length} generated inputs (seed ${SEED})`, { skip: cases.length === 0 && 'not on this platform' }, async () => {
    const problems = await runAll(cases);
    assert.deepEqual(problems.slice(0, 15), [], `${problems.length} problems; replay with CC_ROBUST_SEED=${SEED}`);
  });
}

after(() => {
  // The count the issue asks for, on a line of its own.
  console.log(`\n${passed} passed, ${failed} failed`);
});

