// Spawns dist/statusline.cjs the way Claude Code runs a status line: the captured payload on stdin, fake HOME.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { runEntry } from '../../helpers/run-entry.ts';
import { credentialFingerprint } from '../../../src/core/aws/sts-plan.ts';

const PAYLOAD = readFileSync(new URL('../../fixtures/payloads/statusline-after-turn.json', import.meta.url), 'utf8');
const MIN = 60_000;
const KEY = 'ASIASTATUSLINE000001';
const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
const creds = (msFromNow: number | null) =>
  `[work]\naws_access_key_id = ${KEY}\naws_secret_access_key = s\naws_session_token = t==\n` + (msFromNow === null ? '' : `x_security_token_expires = ${iso(msFromNow)}\n`);

function home(t: TestContext, remainingMs: number | null, config: Record<string, unknown> = {}): FakeHome {
  return makeFakeHome(t, {
    '.aws/credentials': creds(remainingMs),
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', ...config }),
  });
}

async function statusline(h: FakeHome, env: Record<string, string | undefined> = {}, stdin = PAYLOAD) {
  const fullEnv = { ...h.env, ...env };
  for (const k of Object.keys(fullEnv)) if (fullEnv[k] === undefined) delete fullEnv[k];
  const r = await runEntry('statusline', { env: fullEnv as Record<string, string>, stdin });
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '', 'never an error text');
  return r;
}

test('standalone: AWS: 4h23m, one line', async (t) => {
  const h = home(t, (4 * 60 + 23) * MIN + 30_000);
  assert.equal((await statusline(h)).stdout, 'AWS: 4h23m\n');
});

test('colours: yellow inside timerWarnMinutes, red when expired, none with NO_COLOR', async (t) => {
  const warn = home(t, 45 * MIN + 30_000);
  assert.equal((await statusline(warn, { NO_COLOR: undefined })).stdout, '\x1b[33mAWS: 45m\x1b[0m\n');
  assert.equal((await statusline(warn)).stdout, 'AWS: 45m\n');
  const expired = home(t, -MIN);
  assert.equal((await statusline(expired, { NO_COLOR: undefined })).stdout, '\x1b[31mAWS: EXPIRED\x1b[0m\n');
  const custom = home(t, 45 * MIN + 30_000, { timerWarnMinutes: 30 });
  assert.equal((await statusline(custom, { NO_COLOR: undefined })).stdout, 'AWS: 45m\n');
});

test('nothing usable: prints nothing rather than an error', async (t) => {
  const homes: Array<Record<string, string>> = [{}, { '.aws/credentials': 'garbage' }, { '.aws/credentials': creds(MIN), '.config/cc-aws-keepalive/config.json': '{oops' }];
  for (const files of homes) {
    const h = makeFakeHome(t, files);
    const r = await statusline(h, { AWS_PROFILE: 'work' });
    assert.ok(r.stdout === '' || /^AWS: /.test(r.stdout), JSON.stringify(r.stdout));
    assert.doesNotMatch(r.stdout, /error|Error|at /);
  }
});

test('unknown expiry: the cached STS verdict about these keys, else nothing', async (t) => {
  const h = home(t, null);
  assert.equal((await statusline(h)).stdout, '');
  const write = (v: Record<string, unknown>) => h.write('.local/state/cc-aws-keepalive/work.json', JSON.stringify({ sts: v }));
  write({ checkedAt: Date.now() - MIN, valid: false, reason: 'STS rejected the credentials (ExpiredToken)', key: credentialFingerprint(KEY) });
  assert.equal((await statusline(h)).stdout, 'AWS: EXPIRED\n');
  write({ checkedAt: Date.now() - MIN, valid: true, reason: 'ok', key: credentialFingerprint(KEY) });
  assert.equal((await statusline(h)).stdout, 'AWS: ok\n');
  write({ checkedAt: Date.now() - MIN, valid: false, reason: 'x', key: credentialFingerprint('ASIAOTHERKEY00000000') });
  assert.equal((await statusline(h)).stdout, '', 'a verdict about other keys says nothing about these');
});

test('statusLineCmd gets the very stdin Claude Code sent, and its output comes first', async (t) => {
  const h = home(t, (4 * 60 + 23) * MIN + 30_000);
  h.write('bin/theirs.sh', `cat > "${h.path('got.json')}"\nprintf 'Sonnet 4.5 | ~/project\\nsecond line\\n'\n`);
  h.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: 'work', statusLineCmd: `sh "${h.path('bin/theirs.sh')}"` }));
  const r = await statusline(h);
  assert.equal(r.stdout, 'Sonnet 4.5 | ~/project | AWS: 4h23m\nsecond line\n');
  assert.equal(readFileSync(h.path('got.json'), 'utf8'), PAYLOAD, 'byte for byte');
});

test('statusLineCmd failing or too slow: its last good output is kept', async (t) => {
  const h = home(t, (4 * 60 + 23) * MIN + 30_000);
  // Succeeds while the flag file exists, then fails; later hangs.
  h.write('bin/flaky.sh', `if [ -f "${h.path('ok')}" ]; then echo "theirs v1"; exit 0; fi\nif [ -f "${h.path('hang')}" ]; then sleep 30; fi\necho "broken" >&2; exit 1\n`);
  h.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: 'work', statusLineCmd: `sh "${h.path('bin/flaky.sh')}"` }));
  h.write('ok', '');
  assert.equal((await statusline(h)).stdout, 'theirs v1 | AWS: 4h23m\n');
  spawnSync('rm', [h.path('ok')]);
  assert.equal((await statusline(h)).stdout, 'theirs v1 | AWS: 4h23m\n', 'failure: last good output');
  h.write('hang', '');
  const slow = await statusline(h);
  assert.equal(slow.stdout, 'theirs v1 | AWS: 4h23m\n', 'timeout: last good output');
  assert.ok(slow.ms < 4_500, `answered at the deadline, not after the command (${slow.ms} ms)`);
  const left = spawnSync('pgrep', ['-f', `sleep 30`], { encoding: 'utf8' }).stdout.trim();
  // Another test's `sleep 30` may end between pgrep and the read: a process that is gone is not ours.
  const environ = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'latin1');
    } catch {
      return '';
    }
  };
  const ours = left.split('\n').filter((pid) => pid && environ(pid).includes(`HOME=${h.home}`));
  assert.deepEqual(ours, [], 'the slow command was killed');
});

test('another session does not see this session\'s cached output', async (t) => {
  const h = home(t, (4 * 60 + 23) * MIN + 30_000);
  h.write('bin/once.sh', `if [ -f "${h.path('ok')}" ]; then echo "session A view"; exit 0; fi\nexit 1\n`);
  h.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: 'work', statusLineCmd: `sh "${h.path('bin/once.sh')}"` }));
  h.write('ok', '');
  await statusline(h, {}, JSON.stringify({ session_id: 'A' }));
  spawnSync('rm', [h.path('ok')]);
  assert.equal((await statusline(h, {}, JSON.stringify({ session_id: 'B' }))).stdout, 'AWS: 4h23m\n');
  assert.equal((await statusline(h, {}, JSON.stringify({ session_id: 'A' }))).stdout, 'session A view | AWS: 4h23m\n');
});

test('oh-my-claudecode HUD: aws:5h23m inside its first line, its agent tree untouched', async (t) => {
  const h = home(t, (5 * 60 + 23) * MIN + 30_000);
  h.write('.claude/hud/omc-hud.mjs', `process.stdin.resume(); process.stdin.on('end', () => console.log('[OMC] ralph:3/10 | ctx:67%\\n├─ O architect    2m   analyzing\\n└─ e explore     45s   searching'));\n`);
  h.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: 'work', statusLineCmd: `node "${h.path('.claude/hud/omc-hud.mjs')}"` }));
  const r = await statusline(h);
  assert.equal(r.stdout, '[OMC] ralph:3/10 | ctx:67% | aws:5h23m\n├─ O architect    2m   analyzing\n└─ e explore     45s   searching\n');
});

test('a failed login for the keys on disk: AWS: 9m · login failed; about other keys or another command, nothing', async (t) => {
  const h = home(t, 9 * MIN + 30_000, { autoLoginCmd: 'corp-login' });
  const expiresAt = Date.parse(readFileSync(h.path('.aws/credentials'), 'utf8').match(/expires = (.*)/)![1]!);
  const write = (mark: string, cmd = 'corp-login') =>
    h.write('.local/state/cc-aws-keepalive/work.json', JSON.stringify({ guard: { failedAt: [Date.now() - MIN], last: { kind: 'auth', line: 'Invalid password', at: Date.now() - MIN, trigger: 'hook', mark, cmd, streak: 1, nextAt: null } } }));
  write(`exp:${expiresAt}`);
  assert.equal((await statusline(h)).stdout, 'AWS: 9m · login failed\n');
  write('exp:1');
  assert.equal((await statusline(h)).stdout, 'AWS: 9m\n');
  write(`exp:${expiresAt}`, 'other-login');
  assert.equal((await statusline(h)).stdout, 'AWS: 9m\n');
});
