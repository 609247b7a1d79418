// The three hot flows (prompt hook, status line, export) run in-process with a fake clock and a fake HOME: the entry
// only hands them the process. Moving the clock is all it takes to walk a session from healthy to warned to expired.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { resolvePaths } from '../../../src/io/system/paths.ts';
import { promptHook } from '../../../src/flows/hooks/prompt-hook.ts';
import { statusLine } from '../../../src/flows/status/status-line.ts';
import { exportCredentials } from '../../../src/flows/aws/export.ts';

const T0 = Date.parse('2026-06-01T12:00:00Z');
const MIN = 60_000;

function setup(t: Parameters<typeof makeFakeHome>[0]) {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ASIAHOTFLOW000000001\naws_secret_access_key = s\naws_session_token = tok\nx_security_token_expires = ${new Date(T0 + 120 * MIN).toISOString()}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', loginCmd: 'saml2aws login', warnMinutes: 30 }),
  });
  const env = { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' };
  const paths = resolvePaths({ env, home: h.home, platform: process.platform });
  return { h, env, paths };
}

test('prompt hook on a fake clock: silent while healthy, a warning inside warnMinutes, expired past the end', async (t) => {
  const { env, paths } = setup(t);
  const run = (at: number) =>
    promptHook({ stdin: '{"hook_event_name":"UserPromptSubmit","prompt":"hi"}', env, paths, now: () => at, probeCommand: () => ['unused'], slashCommand: async () => null });
  assert.equal(await run(T0), '');
  assert.match(JSON.parse(await run(T0 + 100 * MIN)).systemMessage, /expires in 20m.*saml2aws login/s);
  assert.match(JSON.parse(await run(T0 + 121 * MIN)).systemMessage, /expired/i);
});

test('prompt hook: our slash command goes to the CLI, and only on Bedrock does the rest run', async (t) => {
  const { env, paths } = setup(t);
  const asked: string[] = [];
  const out = await promptHook({
    stdin: '{"hook_event_name":"UserPromptSubmit","prompt":"/aws-keepalive status"}',
    env,
    paths,
    now: () => T0,
    probeCommand: () => ['unused'],
    slashCommand: async (prompt) => (asked.push(prompt), { reason: 'the status' }),
  });
  assert.deepEqual(asked, ['/aws-keepalive status']);
  assert.deepEqual(JSON.parse(out), { decision: 'block', reason: 'the status' });
  const offBedrock = await promptHook({ stdin: '{"prompt":"hi"}', env: { ...env, CLAUDE_CODE_USE_BEDROCK: '' }, paths, now: () => T0 + 121 * MIN, probeCommand: () => [], slashCommand: async () => null });
  assert.equal(offBedrock, '');
});

test('status line on a fake clock: the countdown follows now()', async (t) => {
  const { env, paths } = setup(t);
  const at = (ms: number) => statusLine({ stdin: '{}', env, paths, now: () => ms, cancelSignal: () => assert.fail('no command to cancel') });
  assert.equal(await at(T0), 'AWS: 2h00m');
  assert.equal(await at(T0 + 75 * MIN), 'AWS: 45m');
});

test('export on a fake clock: the keys for Claude Code while valid, a one-line refusal once expired, a summary for a terminal', async (t) => {
  const { env, paths } = setup(t);
  const stderr: string[] = [];
  const run = (ms: number, toTerminal = false) => exportCredentials({ env, paths, now: () => ms, sleep: async () => undefined, toTerminal, onStderr: (l) => stderr.push(l) });
  const ok = await run(T0);
  assert.equal(ok.code, 0);
  assert.equal(JSON.parse((ok as { stdout: string }).stdout).Credentials.AccessKeyId, 'ASIAHOTFLOW000000001');
  const expired = await run(T0 + 121 * MIN);
  assert.equal(expired.code, 1);
  assert.doesNotMatch((expired as { stderr: string }).stderr, /\n/);
  const summary = await run(T0, true);
  assert.equal(summary.code, 0);
  assert.doesNotMatch((summary as { stdout: string }).stdout, /tok\b|ASIAHOTFLOW000000001/);
  assert.deepEqual(stderr, []);
});
