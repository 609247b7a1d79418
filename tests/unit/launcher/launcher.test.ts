// build/launcher.cjs on its own: filled in for a one-line bundle in a throwaway HOME, so each case runs in a few
// milliseconds of Node start. V8 takes a code cache compiled from any source of the same length (it checks only the
// length), so a cache made from bundle B and then offered to bundle A shows exactly whether the launcher read it:
// A's start prints B's text. That is how "accepted" and "refused" are told apart below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertEs5, fillLauncher, readLauncher } from '../../../build/fill-launcher.mjs';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { NODE } from '../../helpers/run-entry.ts';

const OWN = "process.stdout.write('own-code\\n');";
const PLANTED = "process.stdout.write('PLANTED!\\n');";
assert.equal(OWN.length, PLANTED.length);
const unix = process.platform !== 'win32';
const isRoot = unix && process.getuid!() === 0;

type Channel = 'hook' | 'status' | 'fail';

/** A plugin folder holding dist/x.cjs (the launcher) and dist/code/x.cjs (`code`), in a fake HOME. */
function plugin(t: Parameters<typeof makeFakeHome>[0], channel: Channel = 'fail', code = OWN) {
  const h = makeFakeHome(t);
  h.write('plugin/dist/x.cjs', fillLauncher(readLauncher(), { entry: 'x', hash: '0123456789abcdef', channel }));
  const setCode = (src: string) => h.write('plugin/dist/code/x.cjs', src);
  setCode(code);
  const run = (env: Record<string, string> = {}, opts: { cwd?: string; args?: string[] } = {}) =>
    spawnSync(NODE, [...(opts.args ?? []), h.path('plugin/dist/x.cjs')], { env: { ...h.env, ...env }, cwd: opts.cwd ?? h.home, encoding: 'utf8', timeout: 20_000 });
  const cacheDir = (state = h.path('.local/state')) => join(state, 'cc-aws-keepalive', 'code-cache');
  const cacheFile = (state?: string) => {
    const files = existsSync(cacheDir(state)) ? readdirSync(cacheDir(state)).filter((n) => n.endsWith('.bin')) : [];
    assert.equal(files.length, 1, `one cache file in ${cacheDir(state)}: ${files.join(', ')}`);
    return join(cacheDir(state), files[0]!);
  };
  return { h, setCode, run, cacheDir, cacheFile };
}

/** A cache of PLANTED's code where bundle OWN's launcher looks for its own; returns the file. */
function plantCache(p: ReturnType<typeof plugin>, env: Record<string, string> = {}, state?: string): string {
  p.setCode(PLANTED);
  const first = p.run(env);
  assert.equal(first.stdout, 'PLANTED!\n', first.stderr);
  p.setCode(OWN);
  return p.cacheFile(state);
}

const stamp = (f: string) => {
  const st = lstatSync(f);
  return `${st.ino}:${st.mtimeMs}:${st.size}:${st.mode}:${st.uid}`;
};

test('the launcher is ES5 with exactly one BUILD line; the build refuses newer syntax and a template without it', () => {
  const src = readLauncher();
  assertEs5(src);
  assert.throws(() => assertEs5(src.replace('var DAY_MS', 'const DAY_MS')), /not ES5/);
  assert.throws(() => assertEs5(`${src}\nvar late = process.env.X ?? '';\n`), /not ES5/);
  assert.throws(() => assertEs5(`${src}\nprocess.once('exit', () => 0);\n`), /not ES5/);
  const filled = fillLauncher(src, { entry: 'statusline', hash: 'abc', channel: 'status' });
  assert.match(filled, /^"use strict";var \w+=\{entry:"statusline",hash:"abc",channel:"status"\}/m);
  // What dist/ gets is ES5 too, without the comments Node would scan on every start.
  assertEs5(filled);
  assert.match(src, /V8 does not check the source/);
  assert.doesNotMatch(filled, /V8 does not check the source|@ts-check|@param/);
  assert.throws(() => fillLauncher(src.replace(/^var BUILD = /m, 'var BILD = '), { entry: 'x', hash: 'h', channel: 'fail' }), /expected one `var BUILD/);
});

test('a Node older than 18: each channel answers in its caller\'s form and the bundle never runs', (t) => {
  const replies: Record<Channel, (r: ReturnType<typeof spawnSync>) => void> = {
    hook: (r) => {
      assert.equal(r.status, 0);
      assert.equal(r.stderr, '');
      assert.match(JSON.parse(String(r.stdout)).systemMessage, /^cc-aws-keepalive needs Node\.js 18 or later, but the node on PATH is v16\.20\.2 \(.*\): install a current Node\.js/);
    },
    status: (r) => {
      assert.equal(r.status, 0);
      assert.equal(r.stdout, 'AWS: needs Node.js 18+ (node on PATH is v16.20.2)\n');
    },
    fail: (r) => {
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(String(r.stderr), /^cc-aws-keepalive needs Node\.js 18 or later, but the node on PATH is v16\.20\.2 [^\n]*\n$/);
    },
  };
  for (const channel of Object.keys(replies) as Channel[]) {
    const p = plugin(t, channel);
    // A preload that makes this Node say it is 16 (the real one: CC_TEST_OLD_NODE below and in node-guard.test.ts).
    const pretend = p.h.write('pretend-16.cjs', "Object.defineProperty(process, 'version', { value: 'v16.20.2' });\nObject.defineProperty(process.versions, 'node', { value: '16.20.2' });\n");
    const r = p.run({}, { args: ['--require', pretend] });
    replies[channel](r);
    assert.doesNotMatch(String(r.stdout), /own-code/, channel);
    assert.equal(existsSync(p.cacheDir()), false, `${channel}: no cache written`);
  }
});

test('a real Node older than 18 parses the launcher (CC_TEST_OLD_NODE, e.g. `.ci/node 16`)', { skip: !process.env.CC_TEST_OLD_NODE }, (t) => {
  const p = plugin(t, 'status');
  const r = spawnSync(process.env.CC_TEST_OLD_NODE!, [p.h.path('plugin/dist/x.cjs')], { env: p.h.env, encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^AWS: needs Node\.js 18\+ \(node on PATH is v1[0-7]\./);
});

test('accepted: a cache of ours in folders of ours is read (the same-length swap runs the cached code) and not rewritten', (t) => {
  const p = plugin(t);
  const file = plantCache(p);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  for (const d of [p.h.path('.local/state/cc-aws-keepalive'), p.cacheDir()]) assert.equal(statSync(d).mode & 0o777, 0o700, d);
  const before = stamp(file);
  assert.equal(p.run().stdout, 'PLANTED!\n', 'V8 took the cache');
  assert.equal(stamp(file), before);
});

test('rejected: a cache V8 does not take is replaced, and the run is right meanwhile', (t) => {
  const p = plugin(t);
  assert.equal(p.run().stdout, 'own-code\n');
  const file = p.cacheFile();
  writeFileSync(file, 'not V8 code');
  const r = p.run();
  assert.deepEqual([r.status, r.stdout, r.stderr], [0, 'own-code\n', '']);
  assert.notEqual(readFileSync(file, 'utf8'), 'not V8 code');
  // An oversized file of ours is no cache either: replaced too.
  truncateSync(file, 17 * 1024 * 1024);
  assert.equal(p.run().stdout, 'own-code\n');
  assert.ok(statSync(file).size < 1024 * 1024);
});

/** Runs OWN's launcher against a planted cache after `spoil`: the cache must be neither read nor written. */
function refused(
  t: Parameters<typeof makeFakeHome>[0],
  what: string,
  spoil: (p: ReturnType<typeof plugin>, file: string) => string,
  envOf: (h: FakeHome) => Record<string, string> = () => ({}),
) {
  const p = plugin(t);
  const env = envOf(p.h);
  const file = plantCache(p, env, env.XDG_STATE_HOME);
  const watched = spoil(p, file);
  const before = stamp(watched);
  const r = p.run(env);
  assert.deepEqual([r.status, r.stdout, r.stderr], [0, 'own-code\n', ''], `${what}: the planted cache ran`);
  assert.equal(stamp(watched), before, `${what}: left alone`);
  // Still not taken on the next start: nothing was written in its place.
  assert.equal(p.run(env).stdout, 'own-code\n', what);
}

test('refused: a cache file or folder others can write, or a link in the way, is neither read nor written', { skip: !unix && 'no uids or modes on Windows' }, (t) => {
  refused(t, 'group-writable file', (_, f) => (chmodSync(f, 0o620), f));
  refused(t, 'world-writable file', (_, f) => (chmodSync(f, 0o606), f));
  refused(t, 'group-writable cache folder', (p, f) => (chmodSync(p.cacheDir(), 0o770), f));
  refused(t, 'world-writable state root', (p, f) => (chmodSync(p.h.path('.local/state'), 0o777), f));
  refused(t, 'cache file is a link', (p, f) => {
    const elsewhere = p.h.path('elsewhere.bin');
    renameSync(f, elsewhere);
    symlinkSync(elsewhere, f);
    return f;
  });
  refused(t, 'our state folder is a link', (p, f) => {
    const ours = p.h.path('.local/state/cc-aws-keepalive');
    const moved = p.h.path('moved-state');
    renameSync(ours, moved);
    symlinkSync(moved, ours);
    return join(moved, 'code-cache', f.split('/').pop()!);
  });
});

test('refused: a cache another user owns, and a shared state folder where nobody planted one (issue 22, finding 1)', { skip: !isRoot && 'needs root to give files to nobody' }, (t) => {
  const nobody = Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim());
  refused(t, 'file owned by nobody, 0600', (_, f) => (chownSync(f, nobody, nobody), f));
  const shared = (h: FakeHome) => h.path('shared-state');
  refused(
    t,
    'shared state folder, all nobody\'s and 0777',
    (p, f) => {
      const s = shared(p.h);
      for (const d of [s, join(s, 'cc-aws-keepalive'), join(s, 'cc-aws-keepalive', 'code-cache'), f]) {
        chownSync(d, nobody, nobody);
        chmodSync(d, 0o777);
      }
      return f;
    },
    (h) => ({ XDG_STATE_HOME: shared(h) }),
  );
});

test('a relative XDG_STATE_HOME is ignored: a repository shipping st/cc-aws-keepalive/code-cache/… is never read (issue 22, finding 2)', (t) => {
  const p = plugin(t);
  const repo = p.h.path('repo');
  mkdirSync(repo);
  // The repository's cache, made as if by the user (a clone is the user's own files: no owner check can tell).
  const file = plantCache(p, { XDG_STATE_HOME: join(repo, 'st') }, join(repo, 'st'));
  const before = stamp(file);
  const r = p.run({ XDG_STATE_HOME: 'st' }, { cwd: repo });
  assert.deepEqual([r.status, r.stdout, r.stderr], [0, 'own-code\n', '']);
  assert.equal(stamp(file), before);
  // The cache went where an unset XDG_STATE_HOME puts it.
  assert.ok(p.cacheFile());
  for (const bad of ['st/', './st', '~st']) assert.equal(p.run({ XDG_STATE_HOME: bad }, { cwd: repo }).stdout, 'own-code\n', bad);
  assert.equal(stamp(file), before);
});

test('odd things in the cache file\'s place (a FIFO, a folder) hold no start and are left alone', { skip: !unix && 'no FIFOs' }, (t) => {
  for (const kind of ['fifo', 'folder'] as const) {
    const p = plugin(t);
    assert.equal(p.run().stdout, 'own-code\n');
    const file = p.cacheFile();
    renameSync(file, `${file}.gone`);
    if (kind === 'fifo') assert.equal(spawnSync('mkfifo', [file]).status, 0);
    else mkdirSync(file);
    const r = p.run();
    assert.equal(r.error, undefined, `${kind}: ${r.error?.message}`);
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, 'own-code\n', ''], kind);
    assert.equal(kind === 'fifo' ? lstatSync(file).isFIFO() : lstatSync(file).isDirectory(), true, `${kind} left alone`);
  }
});

test('NODE_DISABLE_COMPILE_CACHE: no cache read or written', (t) => {
  const p = plugin(t);
  plantCache(p);
  assert.equal(p.run({ NODE_DISABLE_COMPILE_CACHE: '1' }).stdout, 'own-code\n');
});
