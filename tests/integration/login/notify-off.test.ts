// `notify: false` on the paths Claude Code actually takes: awsAuthRefresh (dist/auth-refresh.cjs after a 403) and
// the prompt hook's background login (auth-refresh.cjs --background). The login prints an MFA push line and takes
// longer than the push wait; with notify on, the fake notify-send is called once (the control), with it off never.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bin');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

function setup(t: Parameters<typeof makeFakeHome>[0], notify: boolean, expiresInMs: number) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[dev]\naws_access_key_id = ASIAOLDKEY0000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${iso(Date.now() + expiresInMs)}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({
      profile: 'dev',
      autoLoginCmd: `"${process.execPath}" "${join(FIXTURES, 'fake-login.mjs')}"`,
      loginTimeoutSeconds: 20,
      notify,
    }),
  });
  const log = h.path('notify.log');
  const env = { ...h.env, PATH: `${FIXTURES}:${h.env.PATH}`, FAKE_NOTIFY_LOG: log, FAKE_LOGIN_PROFILE: 'dev', FAKE_LOGIN_DELAY_MS: '2500' };
  // The notifier runs on its own after the login: give it time to write before counting.
  const notifications = async (expect: number) => {
    for (let i = 0; i < 30 && (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0) < Math.max(expect, 1); i++) await sleep(100);
    return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
  };
  return { h, env, notifications };
}

for (const [path, args, expiresInMs] of [
  ['awsAuthRefresh (after a 403)', [], -60_000],
  ['the background login (prompt hook)', ['--background'], 5 * 60_000],
] as const) {
  test(`notify: ${path} notifies with notify on, never with notify: false`, async (t) => {
    for (const notify of [true, false]) {
      const s = setup(t, notify, expiresInMs);
      const r = await runEntry('auth-refresh', { env: s.env, args: [...args], timeoutMs: 30_000 });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(readFileSync(s.h.path('.aws/credentials'), 'utf8'), /ASIAFAKE|aws_access_key_id = (?!ASIAOLDKEY)/, 'the login ran');
      assert.equal(await s.notifications(notify ? 1 : 0), notify ? 1 : 0, `notify: ${notify}`);
    }
  });
}
