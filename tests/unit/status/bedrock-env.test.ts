// doctor's Bedrock checks: CLAUDE_CODE_USE_BEDROCK and AWS_REGION where Claude Code sees them, the model's
// inference-profile prefix against the region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bedrockEnvChecks, modelRegionProblem, type EnvLayer } from '../../../src/core/status/bedrock-env.ts';

const USER = '/h/.claude/settings.json';
const layers = (process: Record<string, string>, user: Record<string, string> = {}, project: Record<string, string> = {}, local: Record<string, string> = {}): EnvLayer[] => [
  { from: 'the environment', env: process },
  { from: USER, env: user },
  { from: '/p/.claude/settings.json', env: project },
  { from: '/p/.claude/settings.local.json', env: local },
];
const text = (l: EnvLayer[]) => bedrockEnvChecks(l, USER).map((c) => `${c.status} ${c.title}${c.fix ? ` | ${c.fix}` : ''}`).join('\n');

// Claude Code 2.1.197 and 2.1.332 take AWS_REGION, then AWS_DEFAULT_REGION, then the profile's region in
// ~/.aws/config, then us-east-1 (read from their bundles): neither variable is a warning, not a failure.
test('Bedrock on and no region variable anywhere: a warning naming every place looked, the fallback and the line to add', () => {
  const out = text(layers({ CLAUDE_CODE_USE_BEDROCK: '1' }));
  assert.match(out, /^warn neither AWS_REGION nor AWS_DEFAULT_REGION is set where Claude Code sees it \(the environment, \/h\/\.claude\/settings\.json, \/p\/\.claude\/settings\.json, \/p\/\.claude\/settings\.local\.json\): Claude Code then takes the profile's region from ~\/\.aws\/config, else us-east-1/m);
  assert.match(out, /\| add "AWS_REGION": "<your Bedrock region>" to "env" in \/h\/\.claude\/settings\.json/);
  assert.doesNotMatch(out, /^fail/m);
});

test('AWS_DEFAULT_REGION alone is the region Claude Code uses, and the inference-profile check uses it', () => {
  const out = text(layers({ CLAUDE_CODE_USE_BEDROCK: '1', AWS_DEFAULT_REGION: 'eu-west-1', ANTHROPIC_MODEL: 'us.anthropic.claude-sonnet-4-5' }));
  assert.match(out, /^ok AWS_DEFAULT_REGION eu-west-1 \(in the environment\)/m);
  assert.match(out, /^fail ANTHROPIC_MODEL us\.anthropic.* \(AWS_DEFAULT_REGION, in the environment\)/m);
});

test('AWS_REGION and CLAUDE_CODE_USE_BEDROCK count from each scope: environment, user, project, local', () => {
  const cases: Array<[string, EnvLayer[]]> = [
    ['the environment', layers({ CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-west-2' })],
    [USER, layers({}, { CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-west-2' })],
    ['/p/.claude/settings.json', layers({ CLAUDE_CODE_USE_BEDROCK: '1' }, {}, { AWS_REGION: 'us-west-2' })],
    ['/p/.claude/settings.local.json', layers({ CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: '' }, {}, {}, { AWS_REGION: 'us-west-2' })],
  ];
  for (const [from, l] of cases) {
    const out = text(l);
    assert.doesNotMatch(out, /^fail/m, from);
    assert.ok(out.includes(`ok AWS_REGION us-west-2 (in ${from})`), `${from}: ${out}`);
  }
});

test('settings env wins over the environment; no Bedrock: only the Bedrock warning', () => {
  assert.match(text(layers({ CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-east-1' }, {}, {}, { AWS_REGION: 'eu-central-1' })), /ok AWS_REGION eu-central-1 \(in \/p\/\.claude\/settings\.local\.json\)/);
  const off = bedrockEnvChecks(layers({ AWS_REGION: 'us-east-1' }, { CLAUDE_CODE_USE_BEDROCK: '0' }), USER);
  assert.equal(off.length, 1);
  assert.match(off[0]!.title, /CLAUDE_CODE_USE_BEDROCK is not set where Claude Code sees it/);
});

test('ANTHROPIC_MODEL: an inference profile of another geography than AWS_REGION fails, with the fix', () => {
  const out = text(layers({ CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'eu-west-1' }, { ANTHROPIC_MODEL: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' }));
  assert.match(out, /^fail ANTHROPIC_MODEL us\.anthropic\.claude-sonnet-4-5-20250929-v1:0 \(in \/h\/\.claude\/settings\.json\) is a "us\." inference profile, which eu-west-1 does not serve \(AWS_REGION, in the environment\) \| use the inference profile of eu-west-1's geography \(e\.g\. eu\.anthropic…\)/m);
  assert.match(text(layers({ CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-east-1', ANTHROPIC_SMALL_FAST_MODEL: 'apac.anthropic.claude-3-5-haiku' })), /fail ANTHROPIC_SMALL_FAST_MODEL/);
});

test('modelRegionProblem: prefixes, global, plain model ids and ARNs', () => {
  assert.equal(modelRegionProblem('us.anthropic.claude-opus-4-1', 'us-east-2'), null);
  assert.equal(modelRegionProblem('eu.anthropic.claude-opus-4-1', 'eu-north-1'), null);
  assert.equal(modelRegionProblem('apac.anthropic.claude-sonnet-4', 'ap-southeast-1'), null);
  assert.equal(modelRegionProblem('jp.anthropic.claude-sonnet-4-5', 'ap-northeast-1'), null);
  assert.equal(modelRegionProblem('global.anthropic.claude-sonnet-4-5', 'sa-east-1'), null);
  assert.equal(modelRegionProblem('anthropic.claude-3-5-sonnet-20240620-v1:0', 'eu-west-1'), null);
  assert.equal(modelRegionProblem('sonnet', 'eu-west-1'), null);
  assert.match(modelRegionProblem('us.anthropic.claude-opus-4-1', 'us-gov-west-1')!, /"us\." inference profile/);
  assert.match(modelRegionProblem('eu.anthropic.claude-opus-4-1', 'us-east-1')!, /"eu\."/);
  assert.match(modelRegionProblem('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc', 'us-west-2')!, /is in us-east-1, not us-west-2/);
  assert.equal(modelRegionProblem('arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.x', 'us-west-2'), null);
});
