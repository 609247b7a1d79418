import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCliArgs, slashCommandWords } from '../../../src/core/cli/cli-args.ts';
import { commandProgram, loginToolHints, renderDoctor, runDoctor, type DoctorFacts } from '../../../src/core/status/doctor.ts';
import { renderStatus, type StatusFacts } from '../../../src/core/status/status-report.ts';
import { parseSetupArgs } from '../../../src/core/cli/setup-args.ts';
import { defaultConfig } from '../../../src/schemas/config.ts';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const ROOT = '/h/.claude/plugins/cache/m/cc-aws-keepalive/0.1.0';

function facts(over: Partial<DoctorFacts> = {}): DoctorFacts {
  return {
    now: NOW,
    version: '0.1.0',
    root: ROOT,
    profile: { name: 'dev', source: 'config' },
    config: { ...defaultConfig(), profile: 'dev', autoLoginCmd: 'saml2aws login --profile dev --force --skip-prompt', loginCmd: 'saml2aws login' },
    configFile: '/h/.config/cc-aws-keepalive/config.json',
    configPath: '/h/.config/cc-aws-keepalive/config.json',
    configWarnings: [],
    source: {
      ok: true,
      value: { kind: 'file', file: '/h/.aws/credentials', configKind: null, expiry: { expiresAt: NOW + 2 * 3600_000, source: { kind: 'field', name: 'x_security_token_expires' }, reason: 'from x_security_token_expires' } },
    },
    sts: null,
    lastLogin: { trigger: 'refresh', startedAt: NOW - 600_000, endedAt: NOW - 586_000, exitCode: 0, timedOut: false, outputTail: ['ok'] },
    lock: { state: 'free' },
    settingsFile: '/h/.claude/settings.json',
    settings: { state: 'ok' },
    wires: [
      { key: 'awsCredentialExport', state: { state: 'current' }, command: 'node "x"' },
      { key: 'awsAuthRefresh', state: { state: 'current' }, command: 'node "y"' },
      { key: 'statusLine', state: { state: 'unset' }, command: null },
    ],
    nodeVersion: '20.11.0',
    claudeVersion: '2.1.332',
    nodeOnPath: '/usr/bin/node',
    claudeEnv: [{ from: 'the environment', env: { CLAUDE_CODE_USE_BEDROCK: '1', AWS_REGION: 'us-east-1' } }],
    autoLoginProgram: { word: 'saml2aws', found: '/usr/local/bin/saml2aws' },
    statusLineProgram: null,
    projectOverrides: [],
    ...over,
  };
}

test('status: every fact with its source', () => {
  const out = renderStatus(facts() as StatusFacts).join('\n');
  assert.match(out, /profile {6}dev \(from config "profile"\)/);
  assert.match(out, /credentials {2}\/h\/\.aws\/credentials/);
  assert.match(out, /expiry {7}2h00m left \(2026-01-01T14:00:00Z, from field x_security_token_expires\)/);
  assert.match(out, /last login {3}9m ago by awsAuthRefresh: succeeded in 14 s/);
  assert.match(out, /awsCredentialExport {2}this version ✓/);
  assert.doesNotMatch(out, /run \/aws-keepalive setup/);
});

test('status: unknown expiry shows the reason and the last STS verdict; stale wiring points at setup', () => {
  const f = facts({
    source: { ok: true, value: { kind: 'file', file: '/h/.aws/credentials', configKind: null, expiry: { expiresAt: null, source: { kind: 'none' }, reason: 'the profile has no expiry field' } } },
    sts: { checkedAt: NOW - 120_000, valid: true, reason: 'ok' },
    wires: [{ key: 'awsAuthRefresh', state: { state: 'orphaned', root: '/old' }, command: 'node /old/dist/auth-refresh.mjs' }],
    lastLogin: { trigger: 'hook', startedAt: NOW - 60_000, endedAt: NOW - 30_000, exitCode: 2, timedOut: false, outputTail: ['Error: MFA push was denied'] },
  });
  const out = renderStatus(f).join('\n');
  assert.match(out, /expiry {7}unknown — the profile has no expiry field; STS said valid 2m ago/);
  assert.match(out, /background auto-login: failed \(exit code 2\) — last output: Error: MFA push was denied/);
  assert.match(out, /a version an update replaced/);
  assert.match(out, /→ run \/aws-keepalive setup/);
});

test('doctor: all good, then each problem with its fix', () => {
  const good = runDoctor(facts());
  assert.deepEqual(good.filter((c) => c.status !== 'ok'), []);
  assert.equal(renderDoctor(good, '0.1.0').at(-1), 'all good');

  const bad = runDoctor(
    facts({
      nodeVersion: '16.20.0',
      nodeOnPath: null,
      claudeEnv: [{ from: 'the environment', env: {} }],
      configWarnings: ['config.json: unknown key "profil" — did you mean "profile"?'],
      source: { ok: false, error: { code: 'NO_SESSION_TOKEN', message: 'profile "dev" has no aws_session_token', hint: 'use a profile written by your SSO/SAML login tool' } },
      wires: [
        { key: 'awsCredentialExport', state: { state: 'foreign' }, command: 'aws configure export-credentials' },
        { key: 'awsAuthRefresh', state: { state: 'missing-file', path: '/gone/dist/auth-refresh.mjs' }, command: 'node /gone/dist/auth-refresh.mjs' },
        { key: 'statusLine', state: { state: 'current' }, command: 'node x' },
      ],
      config: { ...defaultConfig(), autoLoginCmd: 'saml2aws login', statusLineCmd: 'ccstatusline' },
      autoLoginProgram: { word: 'saml2aws', found: null },
      statusLineProgram: { word: 'ccstatusline', found: null },
      lock: { state: 'stale', holder: null, reason: 'holder pid 99 is gone' },
    }),
  );
  const text = renderDoctor(bad, '0.1.0').join('\n');
  for (const re of [
    /✗ Node\.js 16\.20\.0 is too old/,
    /✗ no node on PATH: the hooks and the awsCredentialExport\/awsAuthRefresh\/statusLine commands cannot start\n {4}fix: install Node\.js 18 or newer so that node is on PATH/,
    /! CLAUDE_CODE_USE_BEDROCK is not set where Claude Code sees it \(the environment\)/,
    /✗ config: config\.json: unknown key "profil"/,
    /✗ profile "dev" has no aws_session_token\n {4}fix: use a profile written/,
    /✗ awsCredentialExport runs another command: aws configure export-credentials\n {4}fix: \/aws-keepalive setup --force/,
    /✗ awsAuthRefresh points at \/gone\/dist\/auth-refresh\.mjs, which no longer exists\n {4}fix: run \/aws-keepalive setup/,
    /✗ autoLoginCmd: "saml2aws" is not on PATH/,
    /! saml2aws keeps still-valid credentials unless given --force/,
    /✗ status line: ours, composed with statusLineCmd, but "ccstatusline" is not on PATH/,
    /! login lock stale \(holder pid 99 is gone\)/,
  ]) assert.match(text, re);
  assert.match(text.split('\n').at(-1)!, /^\d+ problem\(s\), \d+ warning\(s\)$/);
});

test('doctor: expired credentials and a failed last login are problems', () => {
  const text = renderDoctor(
    runDoctor(
      facts({
        source: { ok: true, value: { kind: 'file', file: '/c', configKind: null, expiry: { expiresAt: NOW - 300_000, source: { kind: 'field', name: 'x' }, reason: '' } } },
        lastLogin: { trigger: 'cli', startedAt: NOW - 200_000, endedAt: NOW - 50_000, exitCode: null, timedOut: true, outputTail: [] },
      }),
    ),
    '0.1.0',
  ).join('\n');
  assert.match(text, /✗ credentials expired 5m ago\n {4}fix: run \/aws-keepalive login/);
  assert.match(text, /✗ last auto-login .*timed out after 150 s/);
});

test("doctor: a project's own settings that override ours are a problem", () => {
  const text = renderDoctor(
    runDoctor(facts({ projectOverrides: [{ file: '/p/.claude/settings.local.json', key: 'awsAuthRefresh', command: 'aws sso login', ours: false }] })),
    '0.1.0',
  ).join('\n');
  assert.match(text, /✗ \/p\/\.claude\/settings\.local\.json sets awsAuthRefresh for this project \(aws sso login\), which wins over your settings\.json/);
});

test('login tool hints and the program of a command', () => {
  assert.deepEqual(loginToolHints('saml2aws login --force --skip-prompt'), []);
  assert.equal(loginToolHints('aws-azure-login --profile x').length, 2);
  assert.equal(loginToolHints('okta-aws-cli web --expiry-aws-variables').length, 0);
  assert.equal(loginToolHints('expect ~/auto-login.exp').length, 0);
  assert.equal(commandProgram('AWS_PROFILE=x FOO="a b" saml2aws login'), 'saml2aws');
  assert.equal(commandProgram('"/Applications/My Tool/bin/login" --x'), '/Applications/My Tool/bin/login');
  assert.equal(commandProgram('   '), null);
});

test('slash command and argument parsing', () => {
  assert.deepEqual(slashCommandWords('/aws-keepalive'), []);
  assert.deepEqual(slashCommandWords('  /aws-keepalive  status '), ['status']);
  assert.deepEqual(slashCommandWords('/cc-aws-keepalive:aws-keepalive setup --statusline'), ['setup', '--statusline']);
  assert.equal(slashCommandWords('/aws-keepalives'), null);
  assert.equal(slashCommandWords('please run /aws-keepalive status'), null);
  assert.deepEqual(parseCliArgs([]), { ok: true, sub: 'status', args: [] });
  assert.deepEqual(parseCliArgs(['Doctor']), { ok: true, sub: 'doctor', args: [] });
  assert.deepEqual(parseCliArgs(['nope']), { ok: false, message: 'unknown subcommand "nope"' });
  const s = parseSetupArgs(['--statusline', '--profile=work', '--dry-run']);
  assert.ok(s.ok && s.value.statusLine && s.value.dryRun && s.value.profile === 'work');
  assert.ok(!parseSetupArgs(['--profile']).ok);
});

test('doctor on Windows: Git Bash is a requirement (the hooks need bash), checked and named with its fix', () => {
  const none = runDoctor(facts({ gitBash: null }));
  const miss = none.find((c) => /Git Bash/.test(c.title));
  assert.equal(miss?.status, 'fail');
  assert.match(miss?.fix ?? '', /install Git for Windows .*or set CLAUDE_CODE_GIT_BASH_PATH to its bash\.exe/);
  assert.deepEqual(runDoctor(facts({ gitBash: 'C:\\Program Files\\Git\\bin\\bash.exe' })).find((c) => /Git Bash/.test(c.title)), { status: 'ok', title: 'Git Bash for the hooks: C:\\Program Files\\Git\\bin\\bash.exe' });
  assert.equal(runDoctor(facts()).some((c) => /Git Bash/.test(c.title)), false, 'not a question on Linux or macOS');
});

test('status and doctor: a failed login shows its kind, the tool line, the next try and the command to run', () => {
  const failure = { kind: 'auth' as const, line: 'Invalid username or password', at: NOW - 5 * 60_000, trigger: 'hook', nextAt: null };
  const f = facts({ guard: { failure, failedLastHour: 1, ceilingUntil: null } });
  const status = renderStatus(f).join('\n');
  assert.match(status, /login failed \(sign-in refused\): "Invalid username or password" — background login, 5m ago; no further background try until you act/);
  assert.match(status, /→ once the cause is fixed: \/aws-keepalive login \(\/aws-keepalive login --test shows the failure in the open\)/);
  assert.match(status, /sign-ins {5}1 failed in the last hour \(at most 3\)/);
  const doctor = renderDoctor(runDoctor(f), '0').join('\n');
  assert.match(doctor, /login failed \(sign-in refused\): "Invalid username or password"/);
  assert.match(doctor, /fix: once the cause is fixed: \/aws-keepalive login/);
  const transient = facts({ guard: { failure: { ...failure, kind: 'transient', nextAt: NOW + 10 * 60_000 }, failedLastHour: 3, ceilingUntil: NOW + 20 * 60_000 } });
  assert.match(renderStatus(transient).join('\n'), /temporary problem.*next try in 20m[\s\S]*automatic logins resume in 20m/);
});

test('status: a refused sign-in held back by the ceiling promises no next try (only a temporary failure is retried)', () => {
  const failure = { kind: 'auth' as const, line: 'Invalid username or password', at: NOW - 5 * 60_000, trigger: 'hook', nextAt: null };
  const status = renderStatus(facts({ guard: { failure, failedLastHour: 3, ceilingUntil: NOW + 48 * 60_000 } })).join('\n');
  assert.match(status, /no further background try until you act/);
  assert.doesNotMatch(status, /next try in/);
});
