// The hostile-environment group, state folders (issue 22, findings 1 and 2): what another local user or a hostile
// repository (the hook's working directory) can put where we keep state must never run as the user or steer us.
// A V8 code cache compiled from any source of the bundle's length is taken by V8 for the bundle (it checks only the
// length), so each case plants one that prints PLANTED where dist/statusline.cjs looks for its cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readState, updateState } from '../../src/io/system/state-file.ts';
import { makeFakeHome, type FakeHome } from '../helpers/fake-home.ts';
import { DIST, NODE } from '../helpers/run-entry.ts';

const unix = process.platform !== 'win32';
const isRoot = unix && process.getuid!() === 0;
const NODE_VERSION = spawnSync(NODE, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
const KEY = 'ASIAHOSTILE000000001';

function setup(t: Parameters<typeof makeFakeHome>[0]) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ${KEY}\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 4 * 3600_000).toISOString()}\n[repo]\naws_access_key_id = ASIAREPOCHOSEN000001\naws_secret_access_key = s\naws_session_token = t\n`,
    '.config/cc-aws-keepalive/config.json': '{"profile":"work"}',
  });
  const run = (entry: string, env: Record<string, string> = {}, cwd = h.home) =>
    spawnSync(NODE, [`${DIST}/${entry}.cjs`], { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', ...env }, cwd, input: '{}', encoding: 'utf8', timeout: 20_000 });
  return { h, run };
}

/** Plants, in `<stateRoot>/cc-aws-keepalive/code-cache`, a cache that dist/statusline.cjs would run as its own. */
function plantStatuslineCache(h: FakeHome, stateRoot: string): string {
  const bundle = readFileSync(`${DIST}/code/statusline.cjs`, 'utf8');
  // Named as build.mjs names it: the bundle's content hash.
  const hash = createHash('sha256').update(readFileSync(`${DIST}/code/statusline.cjs`)).digest('hex').slice(0, 16);
  const payload = "process.stdout.write('PLANTED\\n');";
  const source = h.write('planted.js', payload + ' '.repeat(bundle.length - payload.length));
  const dir = join(stateRoot, 'cc-aws-keepalive', 'code-cache');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `statusline-${hash}-${NODE_VERSION}-${process.arch}.bin`);
  const make = spawnSync(NODE, [
    '-e',
    "const fs = require('fs'); const s = new (require('vm').Script)('(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(process.argv[1], 'utf8') + '\\n})'); fs.writeFileSync(process.argv[2], s.createCachedData(), { mode: 0o600 });",
    source,
    file,
  ]);
  assert.equal(make.status, 0, String(make.stderr));
  return file;
}

const stamp = (f: string) => {
  const st = lstatSync(f);
  return `${st.ino}:${st.mtimeMs}:${st.size}:${st.uid}`;
};
const nobodyUid = () => Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim());
const HEALTHY = /^AWS: \d+h\d+m\n$/;

test('control: a cache in the user\'s own private state folder is what V8 runs (so the cases below would show a planted one)', (t) => {
  const { h, run } = setup(t);
  plantStatuslineCache(h, h.path('.local/state'));
  assert.equal(run('statusline').stdout, 'PLANTED\n');
});

test('finding 1: a cache planted by another user (nobody) in a shared XDG_STATE_HOME never runs', { skip: !isRoot && 'needs root to give files to nobody' }, (t) => {
  const { h, run } = setup(t);
  const nobody = nobodyUid();
  const shared = h.path('shared-state');
  const file = plantStatuslineCache(h, shared);
  for (const p of [shared, join(shared, 'cc-aws-keepalive'), join(shared, 'cc-aws-keepalive', 'code-cache'), file]) {
    chownSync(p, nobody, nobody);
    chmodSync(p, 0o777);
  }
  const before = stamp(file);
  const r = run('statusline', { XDG_STATE_HOME: shared });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, HEALTHY, 'the planted cache ran');
  assert.equal(stamp(file), before, 'neither read into use nor replaced');
});

test('finding 1: a cache behind a symlinked state folder never runs', { skip: !unix && 'symlinks' }, (t) => {
  const { h, run } = setup(t);
  const file = plantStatuslineCache(h, h.path('elsewhere'));
  mkdirSync(h.path('.local/state'), { recursive: true });
  symlinkSync(h.path('elsewhere/cc-aws-keepalive'), h.path('.local/state/cc-aws-keepalive'));
  const before = stamp(file);
  assert.match(run('statusline').stdout, HEALTHY);
  assert.equal(stamp(file), before);
});

test('finding 2: with XDG_STATE_HOME=st, a repository shipping st/cc-aws-keepalive/code-cache/… is not read', (t) => {
  const { h, run } = setup(t);
  const repo = h.path('repo');
  const file = plantStatuslineCache(h, join(repo, 'st'));
  const before = stamp(file);
  const r = run('statusline', { XDG_STATE_HOME: 'st' }, repo);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, HEALTHY, 'the repository\'s cache ran');
  assert.equal(stamp(file), before);
});

test('finding 2: with XDG_CONFIG_HOME=cfg, a repository shipping cfg/cc-aws-keepalive/config.json is not our config', (t) => {
  const { h, run } = setup(t);
  h.write('repo/cfg/cc-aws-keepalive/config.json', '{"profile":"repo"}');
  const r = run('export-credentials', { XDG_CONFIG_HOME: 'cfg' }, h.path('repo'));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).Credentials.AccessKeyId, KEY);
});

test('a symlinked state file is not read, and a write replaces the link, never its target', { skip: !unix && 'symlinks' }, (t) => {
  const h = makeFakeHome(t);
  const paths = { stateDir: h.path('.local/state/cc-aws-keepalive') };
  const victim = h.write('notes.json', '{"lastProactiveLoginAt": 1}\n');
  mkdirSync(paths.stateDir, { recursive: true });
  symlinkSync(victim, join(paths.stateDir, 'work.json'));
  assert.deepEqual(readState(paths, 'work'), {});
  updateState(paths, 'work', (s) => ({ ...s, lastProactiveLoginAt: 2 }));
  assert.equal(readFileSync(victim, 'utf8'), '{"lastProactiveLoginAt": 1}\n');
  assert.equal(lstatSync(join(paths.stateDir, 'work.json')).isFile(), true);
  assert.deepEqual(readState(paths, 'work'), { lastProactiveLoginAt: 2 });
});

test('a state file another user put in our state folder is not read', { skip: !isRoot && 'needs root to give files to nobody' }, (t) => {
  const h = makeFakeHome(t);
  const paths = { stateDir: h.path('shared/cc-aws-keepalive') };
  const planted = h.write('shared/cc-aws-keepalive/work.json', '{"lastProactiveLoginAt": 1}\n');
  chownSync(planted, nobodyUid(), nobodyUid());
  assert.deepEqual(readState(paths, 'work'), {});
  chownSync(planted, process.getuid!(), process.getgid!());
  assert.deepEqual(readState(paths, 'work'), { lastProactiveLoginAt: 1 }, 'the same file of ours is read');
});
