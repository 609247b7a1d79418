// The settings.json patcher: random real-looking files keep every foreign byte; ours are right; twice is a no-op;
// uninstall gives back the original.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planSettings, type PlanOptions } from '../../../src/core/settings/settings-plan.ts';
import { parseTree } from '../../../src/core/settings/json-edit.ts';
import { scriptCommand, type OurScript } from '../../../src/core/settings/command-path.ts';

const ROOT_A = '/home/u/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.1.0';
const ROOT_B = '/home/u/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.2.0';
const CLONE = '/home/u/src/cc-aws-keepalive';
const OURS = ['awsCredentialExport', 'awsAuthRefresh', 'statusLine', 'hooks'];
/** The full command we write for a script (the node guard around `node "<root>/dist/<script>.cjs"`). */
const cmd = (root: string, script: OurScript) => scriptCommand(root, script, 'linux');

const opts = (over: Partial<PlanOptions> = {}): PlanOptions => ({
  mode: 'install',
  root: ROOT_A,
  platform: 'linux',
  statusLine: false,
  force: false,
  record: null,
  statusLineCmd: '',
  refreshIntervalSeconds: 30,
  hookTimeoutSeconds: 5,
  ...over,
});

function plan(text: string | null, o: Partial<PlanOptions> = {}) {
  const r = planSettings(text, '/home/u/.claude/settings.json', opts(o));
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

// ---- a small seeded generator of settings files people really have ----
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}
const STRINGS = ['', 'plain', 'ünïcödé ✓', '日本語', 'emoji 🚀👍🏽', 'rtl שלום', 'quote " and \\ backslash', 'tab\tnew\nline', '\u2028sep', '$HOME/`x`'];
function gen(r: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const kind = depth > 2 ? Math.floor(r() * 4) : Math.floor(r() * 6);
  switch (kind) {
    case 0:
      return pick(STRINGS);
    case 1:
      return pick([0, -1, 3.25, 1e21, 12345678901234, -0.5]);
    case 2:
      return pick([true, false, null]);
    case 3:
      return pick(STRINGS) + String(Math.floor(r() * 100));
    case 4:
      return Array.from({ length: Math.floor(r() * 4) }, () => gen(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 4); i > 0; i--) o[pick(['k', 'ключ', '9', 'a b', 'x.y', '__proto_', 'env'])! + i] = gen(r, depth + 1);
      return o;
    }
  }
}
function randomSettings(seed: number): Record<string, unknown> {
  const r = rng(seed);
  const s: Record<string, unknown> = {};
  const keys = ['model', 'env', 'permissions', '10', 'theme', 'ünï', 'enabledPlugins', 'cleanupPeriodDays', 'feedbackSurveyState', 'x'];
  for (const k of keys) if (r() < 0.5) s[k] = gen(r, 0);
  if (r() < 0.4) s.hooks = { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'echo pre' }] }], ...(r() < 0.5 ? { UserPromptSubmit: [{ hooks: [{ type: 'command', command: 'other-hook' }] }] } : {}) };
  if (r() < 0.4) s.statusLine = { type: 'command', command: `npx ccstatusline@latest --x ${Math.floor(r() * 9)}`, padding: 0 };
  return s;
}
function serialize(v: unknown, seed: number): string {
  const r = rng(seed * 7 + 1);
  const style = Math.floor(r() * 5);
  let text = style === 0 ? JSON.stringify(v) : JSON.stringify(v, null, style === 1 ? '\t' : style === 2 ? 4 : 2);
  if (style === 3) text = text.replace(/\n/g, '\r\n');
  if (style === 4 && r() < 0.5) text = `\ufeff${text}`;
  return r() < 0.7 ? `${text}\n` : text;
}

/** Top-level keys in the order they appear in the text, with each value's exact bytes. */
function members(text: string): [string, string][] {
  const body = text.replace(/^\ufeff/, '');
  return (parseTree(body).props ?? []).map((p) => [p.key, body.slice(p.value.start, p.value.end)]);
}

test('property: foreign keys keep their bytes and order, ours are right, twice is a no-op, uninstall restores', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const original = randomSettings(seed);
    const text = serialize(original, seed);
    const withStatusLine = seed % 3 === 0;
    const root = seed % 5 === 0 ? CLONE : ROOT_A;
    const first = plan(text, { statusLine: withStatusLine, root });
    const after = JSON.parse(first.text.replace(/^\ufeff/, '')) as Record<string, any>;
    const ctx = `seed ${seed}`;

    // Foreign keys: same order, byte-identical values (apart from statusLine, which we own with --statusline).
    const foreign = (t: string) => members(t).filter(([k]) => !OURS.includes(k));
    assert.deepEqual(foreign(first.text), foreign(text), ctx);
    assert.deepEqual(after.hooks?.PreToolUse, (original.hooks as any)?.PreToolUse, ctx);
    assert.equal(first.text.startsWith('\ufeff'), text.startsWith('\ufeff'), `${ctx}: BOM kept`);
    assert.equal(first.text.includes('\r\n'), text.includes('\r\n'), `${ctx}: line endings kept`);
    if (!/\n/.test(text.trim())) assert.ok(!/\n/.test(first.text.trim()), `${ctx}: a one-line file stays one line`);

    // Ours.
    assert.equal(after.awsCredentialExport, cmd(root, 'export-credentials'), ctx);
    assert.equal(after.awsAuthRefresh, cmd(root, 'auth-refresh'), ctx);
    if (withStatusLine) {
      assert.equal(after.statusLine.command, cmd(root, 'statusline'), ctx);
      assert.equal(after.statusLine.refreshInterval, 30, ctx);
      assert.equal(first.statusLineCmd, (original.statusLine as any)?.command ?? null, ctx);
    } else {
      assert.deepEqual(after.statusLine, original.statusLine, ctx);
    }
    const ourHooks = JSON.stringify(after.hooks?.UserPromptSubmit ?? []).match(/prompt-submit\.cjs/g) ?? [];
    assert.equal(ourHooks.length, root === CLONE ? 1 : 0, `${ctx}: prompt hook only for a clone`);

    // Idempotent.
    const second = plan(first.text, { statusLine: withStatusLine, root, record: first.record, statusLineCmd: first.statusLineCmd ?? '' });
    assert.deepEqual(second.changes, [], ctx);
    assert.equal(second.text, first.text, ctx);

    // Uninstall gives back exactly the original object (keys, values, order).
    const un = plan(first.text, { mode: 'uninstall', root, record: first.record, statusLineCmd: first.statusLineCmd ?? '' });
    const restored = JSON.parse(un.text.replace(/^\ufeff/, '') || '{}');
    assert.deepEqual(restored, original, ctx);
    assert.deepEqual(Object.keys(restored), Object.keys(original), ctx);
    assert.equal(un.record, null, ctx);
    // Nothing of the user's was replaced: uninstall gives back the very bytes.
    if (!withStatusLine && root !== CLONE) assert.equal(un.text, text, `${ctx}: bytes restored`);
  }
});

test('missing and empty files become a pretty file with our two keys', () => {
  for (const text of [null, '', '  \n']) {
    const p = plan(text);
    assert.equal(
      p.text,
      `{\n  "awsCredentialExport": ${JSON.stringify(cmd(ROOT_A, 'export-credentials'))},\n  "awsAuthRefresh": ${JSON.stringify(cmd(ROOT_A, 'auth-refresh'))}\n}\n`,
    );
  }
});

test('invalid JSON, a non-object and duplicate keys are refused with the position', () => {
  const bad = planSettings('{\n  "model": "x",\n  "env": {,}\n}\n', '/s.json', opts());
  assert.ok(!bad.ok);
  assert.equal(bad.error.code, 'SETTINGS_PARSE');
  assert.match(bad.error.message, /^\/s\.json:3:11: not valid JSON/);
  assert.match(bad.error.hint, /nothing was changed/);
  const comment = planSettings('{\n  // no comments in JSON\n}\n', '/s.json', opts());
  assert.ok(!comment.ok && /\/s\.json:2:3:/.test(comment.error.message));
  const arr = planSettings('[]', '/s.json', opts());
  assert.ok(!arr.ok && arr.error.code === 'SETTINGS_NOT_OBJECT');
  const dup = planSettings('{"awsAuthRefresh":"a","x":{"awsAuthRefresh":1},"awsAuthRefresh":"b"}', '/s.json', opts());
  assert.ok(!dup.ok && dup.error.code === 'SETTINGS_DUPLICATE');
  const nested = plan('{"x":{"awsAuthRefresh":1,"awsAuthRefresh":2}}');
  assert.equal(nested.changes.length, 2, 'a duplicate inside a foreign object is not ours to judge');
});

test("someone else's command is refused without --force; --force saves it and --uninstall puts it back", () => {
  const text = '{\n  "awsAuthRefresh": "aws sso login --profile work",\n  "model": "opus"\n}\n';
  const refused = planSettings(text, '/s.json', opts());
  assert.ok(!refused.ok);
  assert.equal(refused.error.code, 'SETTINGS_CONFLICT');
  assert.match(refused.error.message, /awsAuthRefresh already runs "aws sso login --profile work"/);
  assert.match(refused.error.hint, /autoLoginCmd/);
  const forced = plan(text, { force: true });
  assert.deepEqual(forced.record, { replaced: { awsAuthRefresh: 'aws sso login --profile work' } });
  assert.match(JSON.parse(forced.text).awsAuthRefresh, /auth-refresh\.cjs/);
  const un = plan(forced.text, { mode: 'uninstall', record: forced.record });
  assert.equal(un.text, text);
});

test('upgrade: only the path inside a wrapped command changes; legacy scripts are taken over', () => {
  const text = JSON.stringify(
    {
      awsCredentialExport: `AWS_REGION=eu-west-1 node ${ROOT_A}/dist/export-credentials.mjs --debug`,
      awsAuthRefresh: 'node ~/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.3.0/aws-auth-refresh.mjs',
      statusLine: { type: 'command', command: `node "${ROOT_A}/dist/statusline.mjs"`, padding: 1 },
    },
    null,
    2,
  );
  const p = plan(text, { root: ROOT_B });
  const after = JSON.parse(p.text);
  assert.equal(after.awsCredentialExport, `AWS_REGION=eu-west-1 node "${ROOT_B}/dist/export-credentials.cjs" --debug`);
  assert.equal(after.awsAuthRefresh, cmd(ROOT_B, 'auth-refresh'));
  assert.deepEqual(after.statusLine, { type: 'command', command: cmd(ROOT_B, 'statusline'), padding: 1 });
  assert.deepEqual(p.changes.map((c) => [c.key, c.action]), [['awsCredentialExport', 'update'], ['awsAuthRefresh', 'update'], ['statusLine', 'update']]);
});

test('heal touches only the keys it is given and never adds', () => {
  const text = JSON.stringify({ awsCredentialExport: `node "${ROOT_A}/dist/export-credentials.mjs"`, awsAuthRefresh: `node "${CLONE}/dist/auth-refresh.mjs"` });
  const p = plan(text, { mode: 'heal', root: ROOT_B, healKeys: ['awsCredentialExport'] });
  const after = JSON.parse(p.text);
  assert.equal(after.awsCredentialExport, cmd(ROOT_B, 'export-credentials'));
  assert.equal(after.awsAuthRefresh, `node "${CLONE}/dist/auth-refresh.mjs"`);
  assert.equal(after.statusLine, undefined);
  assert.deepEqual(plan('{}', { mode: 'heal', root: ROOT_B }).changes, []);
});

test('prompt hook: added for a clone, removed once the plugin provides it, containers made by us go with it', () => {
  const clone = plan('{\n  "hooks": {\n    "Stop": []\n  }\n}\n', { root: CLONE });
  const hooks = JSON.parse(clone.text).hooks;
  assert.deepEqual(hooks.UserPromptSubmit, [{ hooks: [{ type: 'command', command: cmd(CLONE, 'prompt-submit'), timeout: 5 }] }]);
  assert.deepEqual(clone.record, { hookContainer: 'hooks.UserPromptSubmit' });
  // Same clone, now also an enabled plugin: the settings copy would make the hook run twice.
  const enabled = clone.text.replace('{\n', '{\n  "enabledPlugins": { "cc-aws-keepalive@cc-aws-keepalive": true },\n');
  const migrated = plan(enabled, { root: CLONE, record: clone.record });
  assert.deepEqual(JSON.parse(migrated.text).hooks, { Stop: [] });
  assert.ok(migrated.changes.some((c) => c.key === 'hooks.UserPromptSubmit' && c.action === 'remove'));
  // The seed's manual install registered aws-cred-check.mjs next to other hooks: only that entry goes.
  const seed = JSON.stringify({
    hooks: { UserPromptSubmit: [{ hooks: [{ type: 'command', command: 'other' }, { type: 'command', command: 'node /opt/cc-aws-keepalive/aws-cred-check.mjs' }] }] },
  });
  const fromCache = plan(seed, { root: ROOT_A });
  assert.deepEqual(JSON.parse(fromCache.text).hooks, { UserPromptSubmit: [{ hooks: [{ type: 'command', command: 'other' }] }] });
});

test('hooks of the wrong shape are refused, not overwritten', () => {
  const r = planSettings('{"hooks": []}', '/s.json', opts({ root: CLONE }));
  assert.ok(!r.ok && r.error.code === 'SETTINGS_NOT_OBJECT');
});

test('statusLine: uninstall without a record falls back to statusLineCmd', () => {
  const text = JSON.stringify({ statusLine: { type: 'command', command: `node "${ROOT_A}/dist/statusline.mjs"`, refreshInterval: 30 } });
  const un = plan(text, { mode: 'uninstall', statusLineCmd: 'ccstatusline' });
  assert.deepEqual(JSON.parse(un.text).statusLine, { type: 'command', command: 'ccstatusline' });
  const none = plan(text, { mode: 'uninstall' });
  assert.equal(JSON.parse(none.text).statusLine, undefined);
});

test("the original plugin's OMC wrapper becomes ours, with OMC's own command inside (even without --statusline)", () => {
  const text = JSON.stringify({ statusLine: { type: 'command', command: 'node /home/u/.claude/hud/aws-hud-wrapper.mjs', padding: 0 } });
  const p = plan(text);
  assert.deepEqual(JSON.parse(p.text).statusLine, { type: 'command', command: cmd(ROOT_A, 'statusline'), padding: 0, refreshInterval: 30 });
  assert.equal(p.statusLineCmd, 'node /home/u/.claude/hud/omc-hud.mjs');
  const un = plan(p.text, { mode: 'uninstall', record: p.record });
  assert.deepEqual(JSON.parse(un.text).statusLine, { type: 'command', command: 'node /home/u/.claude/hud/omc-hud.mjs', padding: 0 }, 'never back to the deleted wrapper');
});

test("this version's old dist/*.mjs pointers move to the .cjs: our plain command gets the node guard, a wrapped one only its path", () => {
  const text = JSON.stringify({
    awsCredentialExport: `node "${ROOT_A}/dist/export-credentials.mjs"`,
    awsAuthRefresh: `AWS_REGION=eu-west-1 node ${ROOT_A}/dist/auth-refresh.mjs --debug`,
    statusLine: { type: 'command', command: `node "${ROOT_A}/dist/statusline.mjs"`, refreshInterval: 30 },
  });
  for (const mode of ['install', 'heal'] as const) {
    const p = plan(text, { mode, root: ROOT_A, healKeys: ['awsCredentialExport', 'awsAuthRefresh', 'statusLine'] });
    const after = JSON.parse(p.text);
    assert.equal(after.awsCredentialExport, cmd(ROOT_A, 'export-credentials'), mode);
    assert.equal(after.awsAuthRefresh, `AWS_REGION=eu-west-1 node "${ROOT_A}/dist/auth-refresh.cjs" --debug`, mode);
    assert.equal(after.statusLine.command, cmd(ROOT_A, 'statusline'), mode);
    assert.deepEqual(plan(p.text, { mode, root: ROOT_A, healKeys: ['awsCredentialExport'] }).changes, [], `${mode}: twice is a no-op`);
  }
  // cmd.exe runs these on Windows: no sh guard there, just the new file.
  const win = 'C:\\Users\\me\\.claude\\plugins\\cache\\m\\cc-aws-keepalive\\0.1.0';
  const w = plan(JSON.stringify({ awsCredentialExport: `node "${win}\\dist\\export-credentials.mjs"` }), { root: win, platform: 'win32', healKeys: ['awsCredentialExport'], mode: 'heal' });
  assert.equal(JSON.parse(w.text).awsCredentialExport, `node "${win}\\dist\\export-credentials.cjs"`);
});
