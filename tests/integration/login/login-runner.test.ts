// runLogin against real shells: output streaming and cleaning, exit codes, and the deadline killing the whole tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { runLogin } from '../../../src/io/login/login-runner.ts';
import { pidAlive } from '../../../src/io/login/lock.ts';

const unix = process.platform !== 'win32';

/** Alive and not a zombie (a container's init may be slow to reap orphans). */
function running(pid: number): boolean {
  if (!pidAlive(pid)) return false;
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

test('login runner: streams cleaned lines from stdout and stderr, reports the exit code', async (t) => {
  const h = makeFakeHome(t);
  const lines: string[] = [];
  const r = await runLogin({
    command: `printf '\\033[32mPassword accepted\\033[0m\\n'; echo 'push sent' >&2; printf 'spin\\rspin\\rdone\\n'; echo 'key ASIAXYZ1234567890ABC'; exit 3`,
    env: h.env,
    timeoutMs: 10_000,
    onLine: (l) => lines.push(l),
  });
  assert.equal(r.exitCode, 3);
  assert.equal(r.timedOut, false);
  assert.ok(lines.includes('Password accepted'), lines.join('|'));
  assert.ok(lines.includes('push sent'));
  assert.ok(lines.includes('done'));
  assert.equal(lines.filter((l) => l === 'spin').length, 1, 'a repainted spinner line is shown once');
  assert.ok(!lines.join('\n').includes('ASIAXYZ'), 'key ids are redacted');
  assert.deepEqual(r.tail, lines.slice(-5));
});

test('login runner: stdin is closed, so a prompt reads EOF instead of hanging', async (t) => {
  const h = makeFakeHome(t);
  const r = await runLogin({ command: 'read answer; echo "got [$answer]"', env: h.env, timeoutMs: 5_000 });
  assert.equal(r.timedOut, false);
  assert.equal(r.exitCode, 0);
  assert.deepEqual(r.tail, ['got []']);
});

test('login runner: a hanging login is killed at the deadline with its children', { skip: !unix }, async (t) => {
  const h = makeFakeHome(t);
  const pidFile = h.path('grandchild.pid');
  const started = Date.now();
  // The grandchild ignores SIGTERM and keeps our stdout open: only a group SIGKILL ends it.
  const r = await runLogin({
    command: `sh -c 'trap "" TERM; echo $$ > "${pidFile}"; while :; do sleep 1; done' & echo waiting; wait`,
    env: h.env,
    timeoutMs: 800,
  });
  assert.equal(r.timedOut, true);
  assert.ok(Date.now() - started < 4_000, `returned after ${Date.now() - started} ms`);
  const gpid = Number(readFileSync(pidFile, 'utf8'));
  assert.equal(running(gpid), false, 'the grandchild is gone too');
});

test('login runner: a command that does not exist fails like a shell does', async (t) => {
  const h = makeFakeHome(t);
  const r = await runLogin({ command: 'definitely-not-a-login-tool-xyz', env: h.env, timeoutMs: 5_000 });
  assert.equal(r.exitCode, 127);
  assert.match(r.tail.join('\n'), /not found/);
});

test('startDetachedLogin: returns at once; the background run logs in and records trigger "hook"', async (t) => {
  const { ROOT } = await import('../../helpers/run-entry.ts');
  const fake = `${ROOT}tests/fixtures/bin/fake-login.mjs`;
  const h = makeFakeHome(t, {
    '.aws/credentials': '[dev]\naws_access_key_id = ASIAOLDKEY0000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = 2000-01-01T00:00:00Z\n',
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ autoLoginCmd: `"${process.execPath}" "${fake}"` }),
  });
  const { startDetachedLogin } = await import('../../../src/io/login/login-runner.ts');
  const started = Date.now();
  const r = startDetachedLogin({ profile: 'dev', env: { ...h.env, FAKE_LOGIN_PROFILE: 'dev', FAKE_LOGIN_DELAY_MS: '100' }, entryFile: `${ROOT}dist/auth-refresh.cjs` });
  assert.ok(r.ok);
  assert.ok(Date.now() - started < 500);
  const stateFile = h.path('.local/state/cc-aws-keepalive/dev.json');
  for (let i = 0; i < 100 && !/"hook"/.test(readIf(stateFile)); i++) await new Promise((res) => setTimeout(res, 100));
  assert.match(readIf(stateFile), /"trigger": "hook"/);
  assert.match(readFileSync(h.path('.aws/credentials'), 'utf8'), /ASIAFRESHKEY/);
  assert.deepEqual(startDetachedLogin({ profile: 'dev', env: h.env, entryFile: h.path('nope.mjs') }).ok, false);
});

function readIf(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
