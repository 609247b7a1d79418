// Scenario install-offline: `claude plugin install` behind a proxy that refuses everything (and counts). Both
// clients run a package manager in the plugin folder when it holds package.json AND a lockfile: 2.1.197 runs
// `npm ci --ignore-scripts` as is; 2.1.332 first plans from the lockfile, but the plan includes devDependencies, so
// moving the bundled packages there does not stop it. Only a plugin folder without a lockfile (or without
// package.json) installs without asking a registry. These tests pin that rule on both clients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENTS, ROOT, withSandbox, type Client, type Sandbox } from './harness.ts';
import { startRefusingProxy, type RefusingProxy } from './refusing-proxy.ts';

/** Every proxy setting the client and npm read, pointed at the refusing proxy; loopback stays direct. */
function proxyEnv(proxy: RefusingProxy): Record<string, string> {
  const url = proxy.url;
  return { HTTP_PROXY: url, HTTPS_PROXY: url, http_proxy: url, https_proxy: url, npm_config_proxy: url, npm_config_https_proxy: url };
}

async function timedInstall(sb: Sandbox, mutate?: (dir: string) => void) {
  const started = Date.now();
  // Past the client's own 60 s limit on the package manager, so a slow install is measured, not killed.
  const plugin = await sb.installPlugin({ mutate, timeoutMs: 120_000 });
  return { plugin, ms: Date.now() - started };
}

for (const client of Object.keys(CLIENTS) as Client[]) {
  test(`install-offline (${client} client): the plugin's files without a lockfile install with no registry request, quickly`, async (t) => {
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
  test(`install-offline baseline (${client} client): with package-lock.json beside package.json, npm runs against the registry although every package is a devDependency`, async (t) => {
    const proxy = await startRefusingProxy();
    t.after(() => proxy.close());
    await withSandbox(t, { scenario: `install-offline-baseline-${client}`, client }, async (sb) => {
      Object.assign(sb.env, proxyEnv(proxy));
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
      assert.equal(pkg.dependencies, undefined, 'package.json lists no runtime dependencies');
      // What a git clone of this repository gives the client: the lockfile is committed beside package.json.
      const { ms } = await timedInstall(sb, (dir) => cpSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json')));
      sb.keep('refused.txt', proxy.refused().join('\n'));
      assert.ok(proxy.refused().some((r) => r.includes('registry.npmjs.org')), `npm asked the registry (${proxy.refused().length} refused)`);
      sb.note(`install with the lockfile: ${ms} ms, ${proxy.refused().length} refused registry connections`);
    });
  });
}
