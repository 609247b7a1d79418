// The launchers keep V8's compiled code for their bundle between starts (build/launcher.cjs says why; tests/unit/launcher/ tests it on its own), on every Node from 18.
// It must never cost a failure or a wrong answer: a cache from another build or another Node is never read, a
// broken one is replaced, a folder we cannot write only means no cache. Runs on the Nodes `.ci/node` has cached
// (CC_NODE_CACHE, default $TMPDIR/cc-node) besides this one and CC_TEST_NODE; it never downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { DIST, NODE } from '../../helpers/run-entry.ts';

const cacheRoot = process.env.CC_NODE_CACHE || join(process.env.TMPDIR || tmpdir(), 'cc-node');
const candidates = [NODE, process.execPath, ...(existsSync(cacheRoot) ? readdirSync(cacheRoot).map((v) => join(cacheRoot, v, 'bin', 'node')) : [])].filter((p) => existsSync(p));
const versionOf = (bin: string) => spawnSync(bin, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
// One binary per version, Node 18 and later.
const nodes = [...new Map(candidates.map((bin) => [versionOf(bin), bin])).entries()]
  .filter(([v]) => Number(v.slice(1).split('.')[0]) >= 18)
  .map(([version, bin]) => ({ version, bin }));

function setup(t: Parameters<typeof makeFakeHome>[0]) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ASIACACHE00000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 4 * 3600_000).toISOString()}\n`,
    '.config/cc-aws-keepalive/config.json': '{"profile":"work"}',
  });
  const dir = h.path('.local/state/cc-aws-keepalive/code-cache');
  const statusline = (bin: string, extra: Record<string, string> = {}) =>
    spawnSync(bin, [`${DIST}/statusline.cjs`], { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', ...extra }, input: '{}', encoding: 'utf8', timeout: 20_000 });
  return { h, dir, statusline };
}
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const stamp = (f: string) => {
  const st = statSync(f);
  return `${st.ino}:${st.mtimeMs}`;
};

test('every Node from 18: the first start writes the cache (0600 in a 0700 folder), later starts read it and leave it alone', (t) => {
  assert.ok(nodes.length > 0);
  for (const { version, bin } of nodes) {
    const { dir, statusline } = setup(t);
    const first = statusline(bin);
    assert.equal(first.status, 0, `${version}: ${first.stderr}`);
    assert.match(first.stdout, /^AWS: \d+h\d+m\n$/);
    const files = filesIn(dir);
    assert.equal(files.length, 1, `${version}: ${files.join(', ')}`);
    // Named by the bundle's content, the Node and the CPU: another build or another Node never reads it.
    assert.match(files[0]!, new RegExp(`^statusline-[0-9a-f]{16}-${version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`));
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, files[0]!)).mode & 0o777, 0o600);
    const before = stamp(join(dir, files[0]!));
    const second = statusline(bin);
    assert.equal(second.status, 0);
    assert.equal(second.stdout, first.stdout);
    // V8 took it: nothing was written again.
    assert.equal(stamp(join(dir, files[0]!)), before, `${version}: the cache was rewritten, so V8 rejected it`);
  }
});

test('a broken cache file is replaced, and the answer is right meanwhile', (t) => {
  const { dir, statusline } = setup(t);
  assert.equal(statusline(NODE).status, 0);
  const [name] = filesIn(dir);
  writeFileSync(join(dir, name!), 'not V8 code');
  const r = statusline(NODE);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^AWS: \d+h\d+m\n$/);
  assert.notEqual(readFileSync(join(dir, name!), 'utf8'), 'not V8 code');
});

test('a cache folder we cannot create is no failure, and NODE_DISABLE_COMPILE_CACHE means no cache', (t) => {
  const { h, dir, statusline } = setup(t);
  h.write('.local/state/cc-aws-keepalive/code-cache', 'not a folder');
  const r = statusline(NODE);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^AWS: \d+h\d+m\n$/);

  const other = setup(t);
  const off = other.statusline(NODE, { NODE_DISABLE_COMPILE_CACHE: '1' });
  assert.equal(off.status, 0, off.stderr);
  assert.match(off.stdout, /^AWS: \d+h\d+m\n$/);
  assert.equal(existsSync(other.dir), false);
  assert.ok(dir);
});

test("a previous build's cache goes once it is a day old; a recent one stays (a session may still run that build)", (t) => {
  const { h, dir, statusline } = setup(t);
  const old = join(dir, 'statusline-0000000000000000-v1.0.0-x64.bin');
  const recent = join(dir, 'statusline-1111111111111111-v1.0.0-x64.bin');
  const otherEntry = join(dir, 'prompt-submit-0000000000000000-v1.0.0-x64.bin');
  h.write('.local/state/cc-aws-keepalive/code-cache/statusline-0000000000000000-v1.0.0-x64.bin', 'old');
  h.write('.local/state/cc-aws-keepalive/code-cache/statusline-1111111111111111-v1.0.0-x64.bin', 'recent');
  h.write('.local/state/cc-aws-keepalive/code-cache/prompt-submit-0000000000000000-v1.0.0-x64.bin', 'other entry');
  const dayAgo = (Date.now() - 2 * 86_400_000) / 1000;
  utimesSync(old, dayAgo, dayAgo);
  utimesSync(otherEntry, dayAgo, dayAgo);
  assert.equal(statusline(NODE).status, 0);
  assert.equal(existsSync(old), false);
  assert.equal(existsSync(recent), true);
  // Each launcher tidies only its own entry's files.
  assert.equal(existsSync(otherEntry), true);
});

test('something other than a cache file in its place (a FIFO, a folder) holds no start and is left alone; an oversized file is replaced', { skip: process.platform === 'win32' ? 'no FIFOs' : false }, (t) => {
  const first = setup(t);
  assert.equal(first.statusline(NODE).status, 0);
  const [name] = filesIn(first.dir);
  for (const kind of ['fifo', 'folder'] as const) {
    const { h, dir, statusline } = setup(t);
    const where = join(dir, name!);
    h.write('.local/state/cc-aws-keepalive/code-cache/.keep', '');
    if (kind === 'fifo') assert.equal(spawnSync('mkfifo', [where]).status, 0);
    else h.write(`.local/state/cc-aws-keepalive/code-cache/${name}/inside`, 'x');
    const r = statusline(NODE);
    assert.equal(r.error, undefined, `${kind}: ${r.error?.message}`);
    assert.equal(r.status, 0, `${kind}: ${r.stderr}`);
    assert.match(r.stdout, /^AWS: \d+h\d+m\n$/);
    assert.equal(kind === 'fifo' ? statSync(where).isFIFO() : statSync(where).isDirectory(), true, `${kind} left alone`);
  }
  const { h, dir, statusline } = setup(t);
  h.write(`.local/state/cc-aws-keepalive/code-cache/${name}`, '');
  truncateSync(join(dir, name!), 20 * 1024 * 1024);
  const r = statusline(NODE);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(statSync(join(dir, name!)).size < 1024 * 1024, 'replaced by a real cache');
});
