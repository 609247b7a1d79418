// The expect template's macOS keychain read, on a model of macOS: the real template under the real `expect`, told
// it runs on Darwin (`expect -c 'set tcl_platform(os) Darwin'`), reading through tests/fixtures/bin/security, which
// answers as Apple's keychain_find.c does (-w prints hex for any non-ASCII byte; -g prints `password: 0x…`; exit 44
// not found, 36 locked keychain, 51 access denied), and logging in through the fake IdP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { ROOT } from '../../helpers/run-entry.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bin');
const TEMPLATE = join(ROOT, 'templates', 'login.exp');
const NON_ASCII = 'pässwörd-€\\x';

function mac(t: Parameters<typeof makeFakeHome>[0], password: string) {
  const h = makeFakeHome(t, { '.aws/credentials': '', 'kc/cc-aws-keepalive.dev': password });
  mkdirSync(h.path('bin'));
  symlinkSync(join(FIXTURES, 'fake-idp'), h.path('bin/saml2aws'));
  // LANG=C: a hook may run without a UTF-8 locale; the password must still reach the tool as UTF-8.
  const env: Record<string, string> = {
    HOME: h.home,
    LANG: 'C',
    PATH: `${h.path('bin')}:${FIXTURES}:${dirname(process.execPath)}:/usr/bin:/bin`,
    FAKE_KEYCHAIN_DIR: h.path('kc'),
    FAKE_KEYCHAIN_LOG: h.path('keychain.log'),
    FAKE_IDP_PASSWORD: password,
    FAKE_IDP_KEY: 'ASIAMACOSKEY00000001',
  };
  return { h, env };
}

function runOnMac(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const args = ['-c', 'set tcl_platform(os) Darwin', '-f', TEMPLATE, '--', 'dev', '20', 'saml2aws', 'login', '--profile', 'dev', '--role', 'Dev'];
    const child = spawn('expect', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 45_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

test('the fake security answers as Apple documents: -w turns a non-ASCII password into hex, -g says which form', (t) => {
  const { env } = mac(t, NON_ASCII);
  const w = spawnSync(join(FIXTURES, 'security'), ['find-generic-password', '-s', 'cc-aws-keepalive', '-a', 'dev', '-w'], { env, encoding: 'utf8' });
  assert.match(w.stdout, /^70ffffffc3ffffffa4/, 'hex, not the password: what the template used to type');
  const g = spawnSync(join(FIXTURES, 'security'), ['find-generic-password', '-s', 'cc-aws-keepalive', '-a', 'dev', '-g'], { env, encoding: 'utf8' });
  assert.match(g.stderr, /^password: 0x70C3A4[0-9A-F]+ {2}"p\\303\\244/m);
});

test('macOS: a non-ASCII password is read with -g, decoded and typed as UTF-8; the IdP accepts it; it is never printed', async (t) => {
  const { h, env } = mac(t, NON_ASCII);
  const r = await runOnMac(env);
  assert.equal(r.code, 0, r.out);
  assert.match(readFileSync(h.path('.aws/credentials'), 'utf8'), /aws_access_key_id = ASIAMACOSKEY00000001/);
  assert.match(readFileSync(h.path('keychain.log'), 'utf8'), /^security find-generic-password -s cc-aws-keepalive -a dev -g$/m);
  assert.ok(!r.out.includes(NON_ASCII) && !r.out.includes('70C3A4'), 'the password is never in the output');
});

test('macOS: an ASCII password with a quote still works (the "…" form of -g)', async (t) => {
  const { env } = mac(t, 'plain "quoted" pass');
  const r = await runOnMac(env);
  assert.equal(r.code, 0, r.out);
});

test('macOS: only exit 44 means "not stored"; a locked keychain (36) and a denied prompt (51) say so', async (t) => {
  const { env } = mac(t, 'hunter2');
  const missing = await runOnMac({ ...env, FAKE_KEYCHAIN_DIR: '/nonexistent' });
  assert.equal(missing.code, 2, missing.out);
  assert.match(missing.out, /no password for "dev" in the keychain — store it once with: security add-generic-password -U -s cc-aws-keepalive -a 'dev' -w/);

  const locked = await runOnMac({ ...env, FAKE_KEYCHAIN_STATUS: '36' });
  assert.equal(locked.code, 6, locked.out);
  assert.match(locked.out, /the macOS keychain is locked .* — unlock it with: security unlock-keychain/);
  assert.doesNotMatch(locked.out, /no password/);

  const denied = await runOnMac({ ...env, FAKE_KEYCHAIN_STATUS: '51' });
  assert.equal(denied.code, 6, denied.out);
  assert.match(denied.out, /access to the keychain entry for "dev" was denied/);
  assert.doesNotMatch(denied.out, /no password/);
});
