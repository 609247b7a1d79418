// Scenario install-offline: `claude plugin install` of what a clone of this repository holds (package.json,
// package-lock.json, .npmrc and .ci/toolchain included), behind a proxy that refuses and counts everything. Both
// clients run a package manager when the plugin folder holds package.json and a lockfile: 2.1.197 runs
// `npm ci --ignore-scripts` with no check; 2.1.332 plans from the lockfile first (dependencies and devDependencies
// alike), then runs `npm ci --ignore-scripts --workspaces=false --no-audit --no-fund`. The root package.json and
// lockfile list no packages (the toolchain is installed by root `npm ci`'s postinstall, which `--ignore-scripts`
// skips), so on both clients there is nothing to fetch. Baseline: the same packages listed in the root package.json
// and lockfile (the layout before) make both clients run `npm ci` against the registry until their 60 s limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENTS, type Client, type Sandbox, withSandbox } from './harness.ts';
import { startRefusingProxy, type RefusingProxy } from './refusing-proxy.ts';

const TOOLCHAIN = '.ci/toolchain';

/** Every proxy setting the client and npm read, pointed at the refusing proxy; loopback stays direct. */
function proxyEnv(proxy: RefusingProxy): Record<string, string> {
  const url = proxy.url;
  return { HTTP_PROXY: url, HTTPS_PROXY: url, http_proxy: url, https_proxy: url, npm_config_proxy: url, npm_config_https_proxy: url };
}

async function timedInstall(sb: Sandbox, mutate?: (dir: string) => void) {
  const started = Date.now();
  // Past the client's own 60 s limit on the package manager, so a slow install is measured, not killed.
  const plugin = await sb.installPlugin({ mutate, timeoutMs: 120_000 });
  const ms = Date.now() - started;
  // The client saw package.json beside a lockfile: a pass is not the harness leaving one out.
  for (const f of ['package.json', 'package-lock.json']) assert.ok(existsSync(join(plugin.cacheDir, f)), `the installed copy holds ${f}`);
  return { plugin, ms };
}

type Json = Record<string, unknown>;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Json;
const writeJson = (file: string, j: unknown) => writeFileSync(file, `${JSON.stringify(j, null, 2)}\n`);

/** The layout before: the toolchain's packages listed in the root package.json and lockfile, no postinstall. */
function rootListsPackages(dir: string): void {
  const pkg = readJson(join(dir, 'package.json'));
  const toolchain = readJson(join(dir, TOOLCHAIN, 'package.json'));
  delete (pkg.scripts as Json).postinstall;
  pkg.devDependencies = toolchain.devDependencies;
  writeJson(join(dir, 'package.json'), pkg);
  const lock = readJson(join(dir, TOOLCHAIN, 'package-lock.json')) as Json & { packages: Record<string, Json> };
  lock.name = pkg.name;
  lock.version = pkg.version;
  lock.packages[''] = { name: pkg.name, version: pkg.version, license: pkg.license, devDependencies: pkg.devDependencies, engines: pkg.engines };
  writeJson(join(dir, 'package-lock.json'), lock);
  rmSync(join(dir, TOOLCHAIN), { recursive: true });
}

for (const client of Object.keys(CLIENTS) as Client[]) {
  test(`install-offline (${client} client): the cloned repository installs with no registry request, quickly`, async (t) => {
    const proxy = await startRefusingProxy();
    t.after(() => proxy.close());
    await withSandbox(t, { scenario: `install-offline-${client}`, client }, async (sb) => {
      Object.assign(sb.env, proxyEnv(proxy));
      const { plugin, ms } = await timedInstall(sb);
      sb.keep('refused.txt', proxy.refused().join('\n'));
      assert.deepEqual(proxy.refused(), [], `no request tried to leave the machine:\n${plugin.output}`);
      // Generous for a loaded CI machine; a package manager behind this proxy alone takes the client's 60 s limit.
      assert.ok(ms < 40_000, `install took ${ms} ms`);
    });
  });
}

for (const client of Object.keys(CLIENTS) as Client[]) {
  test(`install-offline baseline (${client} client): with the packages listed in the root package.json and lockfile, npm runs against the registry`, async (t) => {
    const proxy = await startRefusingProxy();
    t.after(() => proxy.close());
    await withSandbox(t, { scenario: `install-offline-baseline-${client}`, client }, async (sb) => {
      Object.assign(sb.env, proxyEnv(proxy));
      const { ms } = await timedInstall(sb, rootListsPackages);
      sb.keep('refused.txt', proxy.refused().join('\n'));
      assert.ok(proxy.refused().some((r) => r.includes('registry.npmjs.org')), `npm asked the registry (${proxy.refused().length} refused)`);
      sb.note(`install with the packages in the root package.json: ${ms} ms, ${proxy.refused().length} refused registry connections`);
    });
  });
}
