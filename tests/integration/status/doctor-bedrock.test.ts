// dist/cli.cjs doctor reads AWS_REGION (or AWS_DEFAULT_REGION) where Claude Code would: the environment, ~/.claude/settings.json, and the
// project's .claude/settings.json and settings.local.json (the folder it runs in).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { runEntry } from '../../helpers/run-entry.ts';

function home(t: Parameters<typeof makeFakeHome>[0], files: Record<string, string> = {}) {
  return makeFakeHome(t, {
    '.aws/credentials': `[dev]\naws_access_key_id = ASIAOLD\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 2 * 3600_000).toISOString()}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'dev' }),
    ...files,
  });
}
const doctor = (h: ReturnType<typeof home>, env: Record<string, string>, cwd?: string) => runEntry('cli', { env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', ...env }, args: ['doctor'], cwd: cwd ? h.path(cwd) : undefined });
const settings = (env: Record<string, string>) => JSON.stringify({ env });

test('no region variable in the environment nor any settings scope: doctor warns, names the fallback and what to add', async (t) => {
  const h = home(t, { 'proj/.claude/settings.json': settings({ ANTHROPIC_MODEL: 'x' }) });
  const r = await doctor(h, {}, 'proj');
  assert.match(r.stdout, /! neither AWS_REGION nor AWS_DEFAULT_REGION is set where Claude Code sees it \(the environment, .*\.claude\/settings\.json, .*proj\/\.claude\/settings\.json, .*proj\/\.claude\/settings\.local\.json\): Claude Code then takes the profile's region from ~\/\.aws\/config, else us-east-1/);
  assert.match(r.stdout, /fix: add "AWS_REGION": "<your Bedrock region>" to "env" in .*\.claude\/settings\.json/);
});

test('AWS_REGION from each scope is found', async (t) => {
  const cases: Array<[string, Record<string, string>, Record<string, string>]> = [
    ['the environment', { AWS_REGION: 'us-west-2' }, {}],
    ['.claude/settings.json', {}, { '.claude/settings.json': settings({ AWS_REGION: 'us-west-2' }) }],
    ['proj/.claude/settings.json', {}, { 'proj/.claude/settings.json': settings({ AWS_REGION: 'us-west-2' }) }],
    ['proj/.claude/settings.local.json', {}, { 'proj/.claude/settings.local.json': settings({ AWS_REGION: 'us-west-2' }) }],
  ];
  for (const [where, env, files] of cases) {
    const h = home(t, { 'proj/.keep': '', ...files });
    const r = await doctor(h, env, 'proj');
    assert.match(r.stdout, new RegExp(`✓ AWS_REGION us-west-2 \\(in (.*/)?${where.replace(/[.]/g, '\\.')}\\)`), `${where}\n${r.stdout}`);
    assert.doesNotMatch(r.stdout, /✗ AWS_REGION/);
  }
});

test('a "us." model with an eu region: doctor names both and where each is set', async (t) => {
  const h = home(t, { '.claude/settings.json': settings({ AWS_REGION: 'eu-west-1', ANTHROPIC_MODEL: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' }) });
  const r = await doctor(h, {});
  assert.match(r.stdout, /✗ ANTHROPIC_MODEL us\.anthropic\.claude-sonnet-4-5-20250929-v1:0 \(in .*settings\.json\) is a "us\." inference profile, which eu-west-1 does not serve/);
});
