// Node 22.1+ can keep compiled code between runs: our launchers turn that on for the bundles, with the cache in our
// state folder. It must never cost a failure, and older Nodes must not notice. Runs on the Nodes `.ci/node` has
// cached (CC_NODE_CACHE, default $TMPDIR/cc-node) besides this one and CC_TEST_NODE; it never downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFakeHome } from '../helpers/fake-home.ts';
import { DIST, NODE } from '../helpers/run-entry.ts';

const cacheRoot = process.env.CC_NODE_CACHE || join(process.env.TMPDIR || tmpdir(), 'cc-node');
const candidates = [NODE, process.execPath, ...(existsSync(cacheRoot) ? readdirSync(cacheRoot).map((v) => join(cacheRoot, v, 'bin', 'node')) : [])].filter((p) => existsSync(p));
const versionOf = (bin: string) => spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim().split('.').map(Number);
const nodes = candidates.map((bin) => ({ bin, v: versionOf(bin) }));
const withCache = nodes.find(({ v }) => v[0]! > 22 || (v[0] === 22 && v[1]! >= 1));
const withoutCache = nodes.filter(({ v }) => v[0] === 18 || v[0] === 20);

function setup(t: Parameters<typeof makeFakeHome>[0]) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ASIACACHE00000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 4 * 3600_000).toISOString()}\n`,
    '.config/cc-aws-keepalive/config.json': '{"profile":"work"}',
  });
  const dir = h.path('.local/state/cc-aws-keepalive/compile-cache');
  const statusline = (bin: string, extra: Record<string, string> = {}) =>
    spawnSync(bin, [`${DIST}/statusline.cjs`], { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', ...extra }, input: '{}', encoding: 'utf8', timeout: 20_000 });
  return { h, dir, statusline };
}
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));

test('Node 22.1+: the first run fills the cache in our state folder (0700), the next one uses it', { skip: withCache ? false : 'no Node 22.1+ here: run `.ci/node 22` once' }, (t) => {
  const { dir, statusline } = setup(t);
  const first = statusline(withCache!.bin);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^AWS: \d+h\d+m\n$/);
  assert.ok(filesUnder(dir).length > 0, 'cache files written');
  assert.equal(statSync(dir).mode & 0o777, 0o700);
  const second = statusline(withCache!.bin, { NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
  assert.equal(second.status, 0);
  assert.match(second.stderr, /code\/statusline\.cjs was accepted/);
});

test('Node 22.1+: a cache folder we cannot create is no failure', { skip: withCache ? false : 'no Node 22.1+ here: run `.ci/node 22` once' }, (t) => {
  const { h, statusline } = setup(t);
  // A file where the folder should be.
  h.write('.local/state/cc-aws-keepalive/compile-cache', 'not a folder');
  const r = statusline(withCache!.bin);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^AWS: \d+h\d+m\n$/);
});

test('Node 18 and 20: no cache, no folder, same output', { skip: withoutCache.length ? false : 'no Node 18/20 here' }, (t) => {
  for (const { bin, v } of withoutCache) {
    const { dir, statusline } = setup(t);
    const r = statusline(bin);
    assert.equal(r.status, 0, `${v.join('.')}: ${r.stderr}`);
    assert.match(r.stdout, /^AWS: \d+h\d+m\n$/);
    assert.equal(existsSync(dir), false, `Node ${v.join('.')}`);
  }
});
