// The plugin folder is the repository root, and Claude Code runs `npm ci --ignore-scripts` there at install when it
// holds package.json and a lockfile (tests/e2e/install-offline.test.ts). So the root package.json and lockfile list
// no packages; root `npm ci`'s postinstall (skipped by --ignore-scripts) installs the toolchain from .ci/toolchain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const read = (p: string) => readFileSync(`${ROOT}${p}`, 'utf8');
const readJson = (p: string) => JSON.parse(read(p)) as Record<string, unknown>;
const LISTS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies', 'overrides', 'workspaces'];

test('the root package.json and package-lock.json list no packages; .ci/toolchain holds them', () => {
  const pkg = readJson('package.json');
  for (const k of LISTS) assert.equal(pkg[k], undefined, `package.json must not have "${k}": add packages with npm install --prefix .ci/toolchain -D -E <pkg>`);
  assert.equal((pkg.scripts as Record<string, string>).postinstall, 'node .ci/toolchain/install.mjs');
  const lock = readJson('package-lock.json') as { packages: Record<string, unknown> };
  assert.deepEqual(Object.keys(lock.packages), [''], 'package-lock.json lists no package: regenerate it');
  const toolchain = readJson('.ci/toolchain/package.json');
  assert.equal(toolchain.private, true);
  const toolchainLock = readJson('.ci/toolchain/package-lock.json') as { packages: Record<string, Record<string, unknown>> };
  assert.deepEqual(toolchainLock.packages['']!.devDependencies, toolchain.devDependencies, '.ci/toolchain/package-lock.json matches its package.json');
  // npm's own version check is the one request `npm ci` of an empty lockfile would make.
  assert.match(read('.npmrc'), /^update-notifier=false$/m);
});
