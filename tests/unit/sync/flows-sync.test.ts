// The sync use cases (src/flows/sync/sync-run.ts, src/flows/sync/sync-cli.ts) on a fake clock and fake adapters: waiting for a
// target's lock until its deadline, what is read under each lock, what `auto` skips, and the slash command's wait for
// the detached run. The bundles are tested against real ssh, webhook and command targets in tests/integration/sync-*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ok, fail } from '../../../src/core/errors.ts';
import { defaultConfig } from '../../../src/schemas/config.ts';
import type { SyncTarget } from '../../../src/schemas/sync-target.ts';
import type { ProfileCredentials } from '../../../src/core/aws/credentials.ts';
import type { ProfileSnapshot } from '../../../src/core/aws/profile-snapshot.ts';
import type { SyncState } from '../../../src/core/sync/sync-plan.ts';
import type { Context } from '../../../src/io/config/context.ts';
import type { Paths } from '../../../src/io/system/paths.ts';
import { runSync, type SyncIo, type TargetRun } from '../../../src/flows/sync/sync-run.ts';
import { syncCommand, type SyncCliIo } from '../../../src/flows/sync/sync-cli.ts';

const T0 = Date.UTC(2026, 0, 1, 12);
const MIN = 60_000;

const keys = (expiresAt: number | null, id = 'ASIAOLD'): ProfileCredentials => ({
  accessKeyId: id,
  secretAccessKey: 'secret',
  sessionToken: 'token',
  expiry: { expiresAt, source: { kind: 'none' }, reason: 'test' },
});

const context = (syncTargets: SyncTarget[]): Context =>
  ({
    paths: { configJson: '/fake/config.json', awsCredentials: '/fake/credentials' } as Paths,
    loaded: { config: { ...defaultConfig(), syncTargets }, warnings: [], file: null },
    profile: { name: 'dev', source: 'config' },
  }) as Context;

/** Credentials on "disk", target locks another run may hold, the state file's sync records; a clock only sleep moves. */
function world(targets: SyncTarget[]) {
  const w = {
    t: T0,
    creds: keys(T0 + 60 * MIN),
    /** Lock keys held by another run until this time. */
    heldUntil: new Map<string, number>(),
    sync: undefined as SyncState | undefined,
    sent: [] as string[],
    profileReads: 0,
    sleeps: 0,
  };
  const io: SyncIo = {
    readProfile: (): ProfileSnapshot => {
      w.profileReads++;
      return { name: 'dev', source: 'config', profile: ok({ kind: 'file', file: '/fake/credentials', creds: w.creds, expiry: w.creds.expiry }), defaultLogin: null, loginHint: '', region: () => null };
    },
    credentialsStat: () => ({ size: 100, mtimeMs: T0 - MIN }),
    readSync: () => w.sync,
    updateSync: (fn) => void (w.sync = fn(w.sync ?? { targets: {} })),
    tryLock: (key) => ((w.heldUntil.get(key) ?? 0) > w.t ? { acquired: false } : { acquired: true, release: () => undefined }),
    send: async (t, creds) => {
      w.t += 1_000;
      w.sent.push(`${t.type === 'command' ? t.command : t.type}:${creds.accessKeyId}`);
      return { ok: true, message: 'delivered' };
    },
  };
  const deps = { ctx: context(targets), now: () => w.t, sleep: async (ms: number) => void ((w.t += ms), w.sleeps++), io };
  return { w, deps };
}

const cmd = (command: string, timeoutSeconds = 10): SyncTarget => ({ type: 'command', command, timeoutSeconds });

test('sync run: each target reads the credentials under its own lock and records its result', async () => {
  const { w, deps } = world([cmd('a'), cmd('b')]);
  const runs = await runSync(deps, 'force');
  assert.deepEqual(runs.map((r) => r.result), ['ok', 'ok']);
  assert.deepEqual(w.sent.sort(), ['a:ASIAOLD', 'b:ASIAOLD']);
  assert.equal(w.profileReads, 2, 'one read per target, under its lock');
  assert.deepEqual(Object.keys(w.sync!.targets).sort(), ['command:a', 'command:b']);
  assert.deepEqual(w.sync!.seen, { size: 100, mtimeMs: T0 - MIN });
});

test('sync run: a target locked by another run is waited for, then synced with what is on disk then', async () => {
  const { w, deps } = world([cmd('a')]);
  w.heldUntil.set('sync command a', T0 + 3_000);
  const runs = await runSync(deps, 'force');
  assert.equal(runs[0]!.result, 'ok');
  assert.ok(w.t >= T0 + 3_000, 'waited for the other run');
  assert.ok(w.sleeps >= 15 && w.sleeps <= 16, `polled every 200 ms (${w.sleeps} sleeps)`);
});

test('sync run: a lock held past the target deadline (+5 s grace) gives up as busy and sends nothing', async () => {
  const { w, deps } = world([cmd('a', 10)]);
  w.heldUntil.set('sync command a', T0 + 10 * MIN);
  const runs = await runSync(deps, 'force');
  assert.deepEqual(runs, [{ id: 'command:a', result: 'busy', message: 'another sync to this target is still running' }]);
  assert.deepEqual(w.sent, []);
  assert.ok(w.t >= T0 + 15_000 && w.t < T0 + 15_500, `gave up at +${w.t - T0} ms`);
});

test('sync run: auto skips a target that already holds these credentials; force sends again', async () => {
  const { w, deps } = world([cmd('a')]);
  await runSync(deps, 'auto');
  assert.equal(w.sent.length, 1);
  const again: TargetRun[] = await runSync(deps, 'auto');
  assert.equal(again[0]!.result, 'unchanged');
  assert.equal(w.sent.length, 1);
  w.creds = keys(w.t + 60 * MIN, 'ASIANEW');
  await runSync(deps, 'auto');
  assert.deepEqual(w.sent, ['a:ASIAOLD', 'a:ASIANEW']);
  await runSync(deps, 'force');
  assert.equal(w.sent.length, 3);
});

test('sync run: expired keys, long-lived keys or no profile are skipped with the reason, nothing sent', async () => {
  const { w, deps } = world([cmd('a')]);
  w.creds = keys(T0 - MIN);
  assert.match((await runSync(deps, 'force'))[0]!.message, /have expired/);
  deps.io.readProfile = () => ({ name: 'dev', source: 'config', profile: fail('NO_SESSION_TOKEN', 'no token', 'hint'), defaultLogin: null, loginHint: '', region: () => null });
  const r = (await runSync(deps, 'force'))[0]!;
  assert.equal(r.result, 'skipped');
  assert.match(r.message, /long-lived keys/);
  assert.deepEqual(w.sent, []);
  assert.equal(w.sync!.targets['command:a']!.result, 'skipped');
});

function cli(targets: SyncTarget[], where: 'terminal' | 'slash') {
  const w = { t: T0, out: [] as string[], runs: [] as string[], started: 0, watchdog: null as number | null, sync: undefined as SyncState | undefined, startOk: true, onSleep: () => {} };
  const io: SyncCliIo = {
    runSync: async (mode) => {
      w.runs.push(mode);
      return targets.map((_, i) => ({ id: `t${i}`, result: 'ok' as const, message: 'delivered' }));
    },
    startRun: () => {
      w.started++;
      return w.startOk;
    },
    readSync: () => w.sync,
  };
  const deps = {
    ctx: context(targets),
    where,
    out: (l: string) => void w.out.push(l),
    now: () => w.t,
    sleep: async (ms: number) => {
      w.t += ms;
      w.onSleep();
    },
    watchdog: (ms: number) => void (w.watchdog = ms),
    io,
  };
  return { w, deps };
}

test('sync command --auto: the detached run, under a watchdog of twice the longest target deadline', async () => {
  const { w, deps } = cli([cmd('a', 10), cmd('b', 30)], 'terminal');
  assert.equal(await syncCommand(deps, ['--auto']), 0);
  assert.deepEqual(w.runs, ['auto']);
  assert.equal(w.watchdog, 2 * 30_000 + 15_000);
  assert.deepEqual(w.out, []);
});

test('sync command without targets: says where to add them, exit 1', async () => {
  const { w, deps } = cli([], 'terminal');
  assert.equal(await syncCommand(deps, []), 1);
  assert.match(w.out.join('\n'), /no syncTargets in \/fake\/config\.json/);
  assert.deepEqual(w.runs, []);
});

test('sync command in a terminal: every target now, each result printed', async () => {
  const { w, deps } = cli([cmd('a')], 'terminal');
  assert.equal(await syncCommand(deps, []), 0);
  assert.deepEqual(w.runs, ['force']);
  assert.deepEqual(w.out, ['Credential sync for profile "dev":', '✓ t0: delivered']);
});

test('slash sync: starts the detached run and shows what finished within 3.5 s; the rest as still running', async () => {
  const { w, deps } = cli([cmd('a'), cmd('b')], 'slash');
  // Target a finishes 1 s in; b never within the wait.
  w.onSleep = () => {
    if (w.t >= T0 + 1_000 && !w.sync) w.sync = { targets: { 'command:a': { at: w.t, result: 'ok', durationMs: 500, message: 'delivered to a', hash: 'h' } } };
  };
  assert.equal(await syncCommand(deps, []), 0);
  assert.equal(w.started, 1);
  assert.ok(w.t >= T0 + 3_500 && w.t < T0 + 3_700, `answered at +${w.t - T0} ms`);
  assert.deepEqual(w.out, ['Credential sync for profile "dev":', '✓ command:a: delivered to a', '… command:b: still running — /aws-keepalive status shows the result']);
});

test('slash sync: answers as soon as every target has a fresh record; a run that cannot start is said so', async () => {
  const { w, deps } = cli([cmd('a')], 'slash');
  w.sync = { targets: { 'command:a': { at: T0 - MIN, result: 'ok', durationMs: 1, message: 'old', hash: 'h' } } };
  w.onSleep = () => {
    if (w.t >= T0 + 300) w.sync = { targets: { 'command:a': { at: w.t, result: 'error', durationMs: 1, message: 'refused', hash: null } } };
  };
  assert.equal(await syncCommand(deps, []), 1);
  assert.ok(w.t < T0 + 1_000, 'did not wait out the 3.5 s');
  assert.match(w.out.join('\n'), /✗ command:a: refused/);

  const down = cli([cmd('a')], 'slash');
  down.w.startOk = false;
  assert.equal(await syncCommand(down.deps, []), 1);
  assert.match(down.w.out.join('\n'), /could not start the sync run/);
});
