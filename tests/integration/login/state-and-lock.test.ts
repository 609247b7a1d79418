// The state file and the login lock on a real filesystem, in a fake HOME.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { readState, statePath, updateState } from '../../../src/io/system/state-file.ts';
import { lockPath } from '../../../src/io/login/lock.ts';
import { inspectLock, tryAcquireLock } from '../../../src/flows/login/login-lock.ts';

const pathsIn = (home: string) => ({ stateDir: join(home, 'state') });

test('state: missing and corrupt files read as empty; writes are 0600 and atomic', (t) => {
  const h = makeFakeHome(t);
  const paths = pathsIn(h.home);
  assert.deepEqual(readState(paths, 'dev'), {});
  updateState(paths, 'dev', (s) => ({ ...s, lastProactiveLoginAt: 5 }));
  assert.deepEqual(readState(paths, 'dev'), { lastProactiveLoginAt: 5 });
  if (process.platform !== 'win32') assert.equal(statSync(statePath(paths, 'dev')).mode & 0o777, 0o600);
  for (const junk of ['{', '[]', 'null', '{"sts":{"valid":"yes"},"lastLogin":{"trigger":"x"}}', '\u0000\u0001']) {
    writeFileSync(statePath(paths, 'dev'), junk);
    assert.deepEqual(readState(paths, 'dev'), {}, junk);
  }
  // A profile name that is not file-name safe still gets its own file.
  updateState(paths, 'team/dev', () => ({ lastProactiveLoginAt: 1 }));
  assert.deepEqual(readState(paths, 'team/dev'), { lastProactiveLoginAt: 1 });
  assert.deepEqual(readState(paths, 'team_dev'), {});
  assert.deepEqual(readdirSync(paths.stateDir).filter((f) => f.endsWith('.tmp')), []);
});

test('lock: exclusive, released only by its owner, inspectable', (t) => {
  const h = makeFakeHome(t);
  const paths = pathsIn(h.home);
  assert.equal(inspectLock(paths, 'dev', Date.now()).state, 'free');
  const a = tryAcquireLock(paths, 'dev', { deadline: Date.now() + 60_000 });
  assert.ok(a.acquired);
  const b = tryAcquireLock(paths, 'dev', { deadline: Date.now() + 60_000 });
  assert.equal(b.acquired, false);
  if (!b.acquired) assert.equal(b.lock.holder?.pid, process.pid);
  assert.equal(inspectLock(paths, 'dev', Date.now()).state, 'held');
  // Another profile has its own lock.
  assert.ok(tryAcquireLock(paths, 'prod', { deadline: Date.now() + 60_000 }).acquired);
  a.release();
  assert.equal(inspectLock(paths, 'dev', Date.now()).state, 'free');
  if (process.platform !== 'win32') {
    const c = tryAcquireLock(paths, 'dev', { deadline: Date.now() + 60_000 });
    assert.ok(c.acquired);
    assert.equal(statSync(lockPath(paths, 'dev')).mode & 0o777, 0o600);
  }
});

test('lock: a dead holder, a past deadline and a corrupt file are taken over', (t) => {
  const h = makeFakeHome(t);
  const paths = pathsIn(h.home);
  // A pid that surely existed and is surely gone: a child that already exited.
  const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
  const write = (rec: object | string) => {
    mkdirSync(paths.stateDir, { recursive: true });
    writeFileSync(lockPath(paths, 'dev'), typeof rec === 'string' ? rec : JSON.stringify(rec));
  };
  const now = Date.now();
  for (const [stale, why] of [
    [{ pid: deadPid, host: hostname(), profile: 'dev', startedAt: now - 1000, deadline: now + 60_000, nonce: 'x' }, /no longer running/],
    [{ pid: process.pid, host: hostname(), profile: 'dev', startedAt: now - 100_000, deadline: now - 1, nonce: 'x' }, /past its deadline/],
  ] as const) {
    write(stale);
    const got = tryAcquireLock(paths, 'dev', { deadline: now + 60_000 });
    assert.ok(got.acquired);
    if (got.acquired) {
      assert.match(got.tookOver ?? '', why);
      got.release();
    }
  }
  write('garbage');
  const old = new Date(Date.now() - 10_000);
  utimesSync(lockPath(paths, 'dev'), old, old);
  const got = tryAcquireLock(paths, 'dev', { deadline: now + 60_000 });
  assert.ok(got.acquired);
});
