// Scenario plugin-loads: installed as the README says, the plugin's hooks and commands are registered by the real
// client (its debug log says so, and the hooks fire in a `-p` run), and `claude plugin validate --strict` is clean.
//
// Baselines: the same load checks fail with no plugin installed, and fail for a plugin whose hooks.json is broken —
// which `claude plugin validate --strict` does NOT catch (2.1.197 validates the manifests only), so the debug-log
// check is the guard for hooks.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, withSandbox, type Sandbox } from './harness.ts';

interface Expected {
  /** Where the client must read hooks.json from: the cache dir (GitHub source) or the marketplace folder. */
  root: string;
  hooks: number;
  events: string[];
  commands: number;
}

/** What this checkout's plugin should register: hook commands per hooks.json, commands per commands/*.md. */
function expectedFrom(repo: string, root: string): Expected {
  const hooksJson = JSON.parse(readFileSync(join(repo, 'hooks', 'hooks.json'), 'utf8')) as { hooks: Record<string, { hooks: unknown[] }[]> };
  const events = Object.keys(hooksJson.hooks);
  const hooks = Object.values(hooksJson.hooks).reduce((n, matchers) => n + matchers.reduce((m, x) => m + x.hooks.length, 0), 0);
  const dir = join(repo, 'commands');
  const commands = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).length : 0;
  return { root, hooks, events, commands };
}

/** The events a plain `claude -p` run fires, in order (others cannot be checked this way). */
const FIRED_IN_PRINT_MODE = ['SessionStart', 'UserPromptSubmit'];

/** Each expectation the debug log does not meet, in words (empty: the plugin loaded as it should). */
function loadProblems(log: string, x: Expected): string[] {
  const problems: string[] = [];
  const want = (re: RegExp, why: string) => {
    if (!re.test(log)) problems.push(why);
  };
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  want(new RegExp(`Read hooks\\.json for plugin cc-aws-keepalive \\(enabled=true\\): ${esc(join(x.root, 'hooks', 'hooks.json'))}`), `hooks.json not read from ${x.root}`);
  // 2.1.332 counts its three built-in plugins too ("from 4 plugins"); the line above names ours.
  want(new RegExp(`Registered ${x.hooks} hooks from \\d+ plugins`), `not "Registered ${x.hooks} hooks from N plugins"`);
  want(new RegExp(`Total plugin commands loaded: ${x.commands}\\b`), `not "Total plugin commands loaded: ${x.commands}"`);
  if (x.commands > 0) want(new RegExp(`Loaded ${x.commands} commands from plugin cc-aws-keepalive`), `commands of cc-aws-keepalive not loaded`);
  // With CLAUDE_CODE_DEBUG_LOG_LEVEL=verbose the client logs each event's hook matching.
  for (const event of x.events.filter((e) => FIRED_IN_PRINT_MODE.includes(e))) {
    want(new RegExp(`Getting matching hook commands for ${event} with query: .*\\n(?:.*\\n){0,3}?.*Matched [1-9]\\d* unique hooks`), `no ${event} hook matched`);
  }
  const failures = log.split('\n').filter((l) => /Failed to load hooks|Failed to load plugin|Failed to read plugin command|Invalid hooks in plugin/.test(l));
  problems.push(...failures.map((l) => `load error: ${l.slice(0, 200)}`));
  return problems;
}

async function printRun(sb: Sandbox) {
  const r = await sb.claudePrint('hello', { name: 'print-verbose', env: { CLAUDE_CODE_DEBUG_LOG_LEVEL: 'verbose' }, timeoutMs: 60_000 });
  assert.equal(r.code, 0, `claude -p failed:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /PONG-1/);
  return r.debugLog();
}

function validate(sb: Sandbox, path: string) {
  return sb.run(sb.claudeBin, ['plugin', 'validate', '--strict', path], { allowFail: true });
}

test('plugin-loads: installed from GitHub, hooks and commands register, validate --strict is clean', async (t) => {
  await withSandbox(t, { scenario: 'plugin-loads' }, async (sb) => {
    const plugin = await sb.installPlugin();
    // Measured layout: <HOME>/.claude/plugins/cache/<marketplace>/<plugin>/<version>/ holding the committed files.
    assert.equal(plugin.cacheDir, join(sb.home, '.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive', plugin.version));
    const installed = JSON.parse(sb.read('.claude/plugins/installed_plugins.json')) as { plugins: Record<string, { installPath: string; version: string }[]> };
    assert.equal(installed.plugins['cc-aws-keepalive@cc-aws-keepalive']?.[0]?.installPath, plugin.cacheDir);
    assert.ok(!existsSync(join(plugin.cacheDir, 'node_modules')), 'no node_modules in the installed plugin');
    for (const f of ['dist/export-credentials.cjs', 'hooks/hooks.json', '.claude-plugin/plugin.json']) assert.ok(existsSync(join(plugin.cacheDir, f)), `${f} installed`);

    const list = sb.run(sb.claudeBin, ['plugin', 'list']);
    assert.match(list.stdout, /cc-aws-keepalive@cc-aws-keepalive/);
    assert.match(list.stdout, /enabled/i);

    const log = await printRun(sb);
    assert.deepEqual(loadProblems(log, expectedFrom(ROOT, plugin.cacheDir)), []);
    assert.deepEqual(sb.sshCalls(), [], 'no ssh attempted');
    assert.deepEqual(sb.bedrock.log().filter((e) => e.kind === 'stray'), [], 'no request left 127.0.0.1');

    for (const path of [ROOT, plugin.cacheDir]) {
      const v = validate(sb, path);
      assert.equal(v.code, 0, v.out);
      assert.match(v.stdout, /Validation passed/);
      // 2.1.332 adds advisory "plugin directory checks" (the submission catalog's, e.g. ICON_MISSING), which by its
      // own words "do not change the result"; the validation itself must stay free of warnings.
      const own = v.out.replace(/Plugin directory checks for[\s\S]*?These plugin directory checks do not change the result below\./, '');
      assert.doesNotMatch(own, /warning/i, v.out);
    }
  });
});

test('plugin-loads: from a local folder (directory marketplace) the hooks run from that folder', async (t) => {
  await withSandbox(t, { scenario: 'plugin-loads-directory' }, async (sb) => {
    const plugin = await sb.installPlugin({ source: 'directory' });
    assert.ok(existsSync(join(plugin.cacheDir, '.claude-plugin', 'plugin.json')), 'a copy still lands in the cache');
    const log = await printRun(sb);
    assert.deepEqual(loadProblems(log, expectedFrom(ROOT, plugin.marketplaceDir)), []);
  });
});

test('plugin-loads baseline: with no plugin installed the same checks fail', async (t) => {
  await withSandbox(t, { scenario: 'plugin-loads-baseline-noplugin' }, async (sb) => {
    const log = await printRun(sb);
    const cacheDir = join(sb.home, '.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.0.0');
    const problems = loadProblems(log, expectedFrom(ROOT, cacheDir));
    t.diagnostic(`load checks that fail: ${problems.join('; ')}`);
    assert.ok(problems.some((p) => /hooks\.json not read/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /Registered/.test(p)), problems.join('\n'));
  });
});

test('plugin-loads baseline: a broken hooks.json passes validate --strict but fails the load checks', async (t) => {
  await withSandbox(t, { scenario: 'plugin-loads-baseline-broken' }, async (sb) => {
    const plugin = await sb.installPlugin({ mutate: (dir) => writeFileSync(join(dir, 'hooks', 'hooks.json'), '{"hooks": {"UserPromptSubmit": [\n') });
    const v = validate(sb, plugin.marketplaceDir);
    t.diagnostic(`validate --strict on a plugin with a truncated hooks.json: exit ${v.code}`);
    const log = await printRun(sb);
    const problems = loadProblems(log, expectedFrom(ROOT, plugin.cacheDir));
    t.diagnostic(`load checks that fail: ${problems.join('; ')}`);
    assert.ok(problems.some((p) => /Registered|load error|no UserPromptSubmit hook/.test(p)), problems.join('\n'));
  });
});
