// Exporting another account's keys never happens silently: when the profile we export is not the AWS_PROFILE Claude
// Code itself sees (its environment or a settings file's `env`, a project's included), session start, status and
// doctor say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { runEntry } from '../../helpers/run-entry.ts';

const CREDS = '[work]\naws_access_key_id = ASIAWORK000000000001\naws_secret_access_key = s\naws_session_token = t\n[dev]\naws_access_key_id = ASIADEV0000000000001\naws_secret_access_key = s\naws_session_token = t\n';
const START = JSON.stringify({ hook_event_name: 'SessionStart', source: 'startup', session_id: 's1' });

test('session start: our profile "work" (from the config) vs Claude Code\'s AWS_PROFILE "dev" is said on screen and to the model', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': CREDS, '.config/cc-aws-keepalive/config.json': '{"profile":"work"}' });
  const r = await runEntry('session-start', { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', AWS_PROFILE: 'dev' }, stdin: START });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
  assert.match(out.systemMessage, /cc-aws-keepalive exports profile "work" \(config "profile"\) while Claude Code itself has AWS_PROFILE "dev" \(from the environment\): Bedrock is called with "work"'s keys/);
  assert.match(out.hookSpecificOutput.additionalContext, /exports profile "work"/);
  assert.equal(out.hookSpecificOutput.hookEventName, 'SessionStart');
});

test('same profile, or no AWS_PROFILE anywhere: nothing said', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': CREDS, '.config/cc-aws-keepalive/config.json': '{"profile":"work"}' });
  for (const extra of [{ AWS_PROFILE: 'work' }, {}] as Record<string, string>[]) {
    const r = await runEntry('session-start', { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', ...extra }, stdin: START });
    assert.doesNotMatch(r.stdout, /exports profile/);
  }
});

test('a project\'s .claude/settings.json env sets AWS_PROFILE: status and doctor name that file', async (t) => {
  const h = makeFakeHome(t, {
    '.aws/credentials': CREDS,
    '.config/cc-aws-keepalive/config.json': '{"profile":"work"}',
    'proj/.claude/settings.json': JSON.stringify({ env: { AWS_PROFILE: 'dev' } }),
  });
  const status = await runEntry('cli', { env: h.env, args: ['status'], cwd: h.path('proj') });
  assert.match(status.stdout, /! cc-aws-keepalive exports profile "work" \(config "profile"\) while Claude Code itself has AWS_PROFILE "dev" \(from .*proj\/\.claude\/settings\.json\)/);
  const doctor = await runEntry('cli', { env: h.env, args: ['doctor'], cwd: h.path('proj') });
  assert.match(doctor.stdout, /! cc-aws-keepalive exports profile "work"/);
  // The project's settings.local.json wins over its settings.json, as in Claude Code.
  h.write('proj/.claude/settings.local.json', JSON.stringify({ env: { AWS_PROFILE: 'work' } }));
  assert.doesNotMatch((await runEntry('cli', { env: h.env, args: ['status'], cwd: h.path('proj') })).stdout, /exports profile/);
});
