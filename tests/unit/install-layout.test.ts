// The plugin folder is the repository root, and Claude Code runs a package manager at install when it holds
// package.json and a lockfile (tests/e2e/install-offline.test.ts). The root therefore lists no packages: the
// toolchain is the workspace .ci/toolchain, which root `npm ci` installs and hoists into node_modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (p: string) => JSON.parse(readFileSync(`${ROOT}${p}`, 'utf8')) as Record<string, unknown>;
const LISTS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies', 'overrides'];

test('the root package.json and the lockfile root list no packages; the toolchain is the one workspace', () => {
  const pkg = readJson('package.json');
  for (const k of LISTS) assert.equal(pkg[k], undefined, `package.json must not have "${k}": add packages to .ci/toolchain (npm install -w .ci/toolchain <pkg>)`);
  assert.deepEqual(pkg.workspaces, ['.ci/toolchain']);
  const lock = readJson('package-lock.json') as { packages: Record<string, Record<string, unknown>> };
  for (const k of LISTS) assert.equal(lock.packages['']![k], undefined, `package-lock.json's root entry has "${k}": regenerate it`);
  const ws = readJson('.ci/toolchain/package.json');
  assert.equal(ws.private, true);
  assert.deepEqual(lock.packages['.ci/toolchain']?.devDependencies, ws.devDependencies, 'the lockfile matches the workspace');
});
