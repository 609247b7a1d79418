// Docs, example config and manifests must agree with the code: users copy from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT } from '../../helpers/run-entry.ts';
import { CONFIG_KEYS, defaultConfig } from '../../../src/schemas/config.ts';
import { parseConfigText } from '../../../src/core/config/config-parse.ts';

const read = (p: string) => readFileSync(`${ROOT}${p}`, 'utf8');

test('package.json, plugin.json and marketplace.json carry the same version', () => {
  const pkg = JSON.parse(read('package.json')).version;
  const plugin = JSON.parse(read('.claude-plugin/plugin.json')).version;
  const market = JSON.parse(read('.claude-plugin/marketplace.json'));
  assert.equal(plugin, pkg);
  assert.equal(market.plugins[0].version, pkg);
  assert.equal(market.metadata.version, pkg);
  assert.equal(market.plugins[0].name, 'cc-aws-keepalive');
  assert.equal(market.name, 'cc-aws-keepalive');
  assert.equal(market.plugins[0].source, './');
});

test('config.example.json has every config key, each valid', () => {
  const text = read('config.example.json');
  assert.deepEqual(Object.keys(JSON.parse(text)).sort(), [...CONFIG_KEYS].sort());
  assert.deepEqual(parseConfigText(text, 'config.example.json', 'json').warnings, []);
});

test("docs/configuration.md's config table lists every key with its real default", () => {
  const readme = read('docs/configuration.md');
  const table = readme.slice(readme.indexOf('<!-- config-table:start -->'), readme.indexOf('<!-- config-table:end -->'));
  const rows = [...table.matchAll(/^\| `([^`]+)` \| `([^`]*)` \|/gm)].map((m) => [m[1]!, m[2]!] as const);
  assert.deepEqual(rows.map(([k]) => k).sort(), [...CONFIG_KEYS].sort());
  const defaults = defaultConfig() as unknown as Record<string, unknown>;
  for (const [key, shown] of rows) assert.equal(shown, JSON.stringify(defaults[key]), `docs/configuration.md default for ${key}`);
});

test('hooks/hooks.json runs each hook through the same node guard settings.json gets', async () => {
  const { guardedCommand } = await import('../../../src/core/settings/command-path.ts');
  const hooks = JSON.parse(read('hooks/hooks.json')).hooks;
  assert.equal(hooks.UserPromptSubmit[0].hooks[0].command, guardedCommand('prompt-submit', '"${CLAUDE_PLUGIN_ROOT}/dist/prompt-submit.cjs"'));
  assert.equal(hooks.SessionStart[0].hooks[0].command, guardedCommand('session-start', '"${CLAUDE_PLUGIN_ROOT}/dist/session-start.cjs"'));
});

test('hooks/hooks.json asks for bash: on Windows without Git Bash the client then names the fix instead of a PowerShell parse error', () => {
  // Claude Code runs a hook with Git Bash, else PowerShell, which cannot parse the node guard (docs/platforms.md).
  const hooks = JSON.parse(read('hooks/hooks.json')).hooks;
  for (const event of ['UserPromptSubmit', 'SessionStart']) assert.equal(hooks[event][0].hooks[0].shell, 'bash', event);
});

test("hooks/hooks.json's timeouts are the ones setup writes into settings.json", async () => {
  const { HOOK_TIMEOUT_SECONDS } = await import('../../../src/core/settings/wiring.ts');
  const hooks = JSON.parse(read('hooks/hooks.json')).hooks;
  assert.equal(hooks.UserPromptSubmit[0].hooks[0].timeout, HOOK_TIMEOUT_SECONDS.UserPromptSubmit);
  assert.equal(hooks.SessionStart[0].hooks[0].timeout, HOOK_TIMEOUT_SECONDS.SessionStart);
});
