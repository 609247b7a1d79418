// Where `node` is missing or too old (the native Claude Code brings none; distros ship old ones), each hook and
// settings command says so once, in its caller's form, instead of failing with "node: not found" on every prompt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { scriptCommand, type OurScript } from '../../../src/core/settings/command-path.ts';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { copyPlugin } from '../../helpers/plugin-copy.ts';
import { NODE, ROOT } from '../../helpers/run-entry.ts';

const hooks = JSON.parse(readFileSync(`${ROOT}hooks/hooks.json`, 'utf8')).hooks;
const HOOK_COMMANDS = {
  'prompt-submit': hooks.UserPromptSubmit[0].hooks[0].command as string,
  'session-start': hooks.SessionStart[0].hooks[0].command as string,
};
const PROMPT = '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}';

function setup(t: Parameters<typeof makeFakeHome>[0]) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ASIAGUARD00000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 4 * 3600_000).toISOString()}\n`,
    '.config/cc-aws-keepalive/config.json': '{"profile":"work"}',
  });
  const root = copyPlugin(h.path('plugin'));
  // Hooks run with bash everywhere (Git Bash on Windows); settings.json's commands with /bin/sh (dash here).
  const run = (shell: '/bin/bash' | '/bin/sh', command: string, PATH: string, stdin = '') =>
    spawnSync(shell, ['-c', command], { env: { ...h.env, PATH, CLAUDE_PLUGIN_ROOT: root, CLAUDE_CODE_USE_BEDROCK: '1' }, input: stdin, encoding: 'utf8', timeout: 20_000 });
  return { h, root, run };
}

/** A `node` first on PATH that reports itself as 16.20.2 (a preload rewrites the version before our code runs). */
function oldNodeDir(h: FakeHome): string {
  h.write('old-node/pretend-16.cjs', "Object.defineProperty(process, 'version', { value: 'v16.20.2' });\nObject.defineProperty(process.versions, 'node', { value: '16.20.2' });\n");
  const bin = h.write('old-node/bin/node', `#!/bin/sh\nexec "${NODE}" --require "${h.path('old-node/pretend-16.cjs')}" "$@"\n`);
  chmodSync(bin, 0o755);
  return h.path('old-node/bin');
}

test('no node on PATH: hooks say so in a systemMessage and succeed', (t) => {
  const { h, run } = setup(t);
  const empty = h.path('empty-bin');
  h.write('empty-bin/.keep', '');
  for (const [name, command] of Object.entries(HOOK_COMMANDS)) {
    const r = run('/bin/bash', command, empty, PROMPT);
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    assert.equal(r.stderr, '', name);
    assert.match(JSON.parse(r.stdout).systemMessage, /cc-aws-keepalive needs Node\.js 18 or later and found no node on PATH: install Node\.js/, name);
  }
});

test('no node on PATH: the status line shows a short text, the credential commands fail with one stderr line', (t) => {
  const { h, root, run } = setup(t);
  const empty = h.path('empty-bin');
  h.write('empty-bin/.keep', '');
  for (const shell of ['/bin/sh', '/bin/bash'] as const) {
    const sl = run(shell, scriptCommand(root, 'statusline', 'linux'), empty, '{}');
    assert.equal(sl.status, 0, shell);
    assert.equal(sl.stdout, 'AWS: needs Node.js (no node on PATH)\n', shell);
    for (const script of ['export-credentials', 'auth-refresh'] as OurScript[]) {
      const r = run(shell, scriptCommand(root, script, 'linux'), empty);
      assert.equal(r.status, 1, `${shell} ${script}`);
      assert.equal(r.stdout, '', `${shell} ${script}: nothing Claude Code could take for credentials`);
      assert.match(r.stderr, /^cc-aws-keepalive needs Node\.js 18 or later and found no node on PATH: [^\n]*\n$/, `${shell} ${script}`);
    }
  }
});

test('a node older than 18 first on PATH: the same replies, naming its version', (t) => {
  const { h, root, run } = setup(t);
  const PATH = `${oldNodeDir(h)}:${process.env.PATH}`;
  for (const [name, command] of Object.entries(HOOK_COMMANDS)) {
    const r = run('/bin/bash', command, PATH, PROMPT);
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    assert.match(JSON.parse(r.stdout).systemMessage, /needs Node\.js 18 or later, but the node on PATH is v16\.20\.2 .*install a current Node\.js/, name);
  }
  const sl = run('/bin/sh', scriptCommand(root, 'statusline', 'linux'), PATH, '{}');
  assert.equal(sl.status, 0);
  assert.equal(sl.stdout, 'AWS: needs Node.js 18+ (node on PATH is v16.20.2)\n');
  for (const script of ['export-credentials', 'auth-refresh'] as OurScript[]) {
    const r = run('/bin/sh', scriptCommand(root, script, 'linux'), PATH);
    assert.equal(r.status, 1, script);
    assert.equal(r.stdout, '', script);
    assert.match(r.stderr, /^cc-aws-keepalive needs Node\.js 18 or later, but the node on PATH is v16\.20\.2 [^\n]*\n$/, script);
  }
});

test('a real Node older than 18 parses the launcher and gets the message (CC_TEST_OLD_NODE, e.g. `.ci/node 16`)', { skip: !process.env.CC_TEST_OLD_NODE }, (t) => {
  const { root, h } = setup(t);
  const old = process.env.CC_TEST_OLD_NODE!;
  const r = spawnSync(old, [`${root}/dist/prompt-submit.cjs`], { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' }, input: PROMPT, encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(JSON.parse(r.stdout).systemMessage, /needs Node\.js 18 or later, but the node on PATH is v1[0-7]\./);
});

test('with a current node the guarded commands run our scripts as before', (t) => {
  const { root, run } = setup(t);
  const PATH = `${NODE.replace(/\/node$/, '')}:${process.env.PATH}`;
  const hook = run('/bin/bash', HOOK_COMMANDS['prompt-submit'], PATH, PROMPT);
  assert.equal(hook.status, 0, hook.stderr);
  assert.equal(hook.stdout, '', 'a healthy session: nothing to say');
  const sl = run('/bin/sh', scriptCommand(root, 'statusline', 'linux'), PATH, '{}');
  assert.match(sl.stdout, /^AWS: \d+h\d+m\n$/);
  const ex = run('/bin/sh', scriptCommand(root, 'export-credentials', 'linux'), PATH);
  assert.equal(ex.status, 0, ex.stderr);
  assert.equal(JSON.parse(ex.stdout).Credentials.AccessKeyId, 'ASIAGUARD00000000001');
});
