// The login kit's pure parts: the preset table and the commands built from it, MFA detection, the config edit
// of `setup --login`, and what `login --test` concludes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseToml } from '@iarna/toml';
import { buildLogin, findPreset, keychainCommand, LOGIN_PRESETS } from '../../../src/core/login/login-presets.ts';
import { detectMfa, mfaMessage } from '../../../src/core/login/mfa-detect.ts';
import { planLoginEdit } from '../../../src/core/login/login-config-edit.ts';
import { diagnoseLoginTest, type LoginTestFacts } from '../../../src/core/login/login-diagnose.ts';
import { watchForMfa } from '../../../src/io/login/notify.ts';
import { KNOWN_EXPIRY_FIELDS } from '../../../src/core/aws/expiry.ts';

const base = { profile: 'dev', templateDir: '/home/u/.config/cc-aws-keepalive', programPath: null, expectPath: '/usr/bin/expect', role: '', templateTimeoutSeconds: 140 };

test('presets: every tool of the issue, each with its flags, field and pty need', () => {
  assert.deepEqual(LOGIN_PRESETS.map((p) => p.id), ['saml2aws', 'gimme-aws-creds', 'aws-google-auth', 'aws-azure-login', 'okta-aws-cli', 'onelogin-aws-cli', 'aws-sso', 'aws-login', 'aws-vault', 'granted', 'leapp']);
  for (const p of LOGIN_PRESETS) {
    for (const f of [...p.nonInteractive.filter((x) => !x.includes('{')), ...(p.force ? [p.force] : [])]) assert.ok(p.auto.includes(f), `${p.id}: ${f} in auto`);
    if (p.expirationField) assert.ok((KNOWN_EXPIRY_FIELDS as readonly string[]).includes(p.expirationField), `${p.id}: ${p.expirationField} is detected by expiry.ts`);
  }
  const saml = findPreset('SAML2AWS')!;
  assert.deepEqual([saml.force, saml.expirationField, saml.needsPty], ['--force', 'x_security_token_expires', true]);
  assert.equal(findPreset('aws-azure-login')!.force, '--force-refresh');
  assert.equal(findPreset('onelogin-aws-login')!.id, 'onelogin-aws-cli', 'found by program name too');
  assert.equal(findPreset('nope'), null);
});

test('buildLogin: a pty tool runs through the expect template (Unix) or the PowerShell one (Windows)', () => {
  const saml = findPreset('saml2aws')!;
  const linux = buildLogin(saml, { ...base, platform: 'linux', programPath: '/opt/bin/saml2aws', role: 'arn:aws:iam::1:role/Dev' });
  assert.equal(linux.template, 'login.exp');
  assert.equal(linux.autoLoginCmd, '/usr/bin/expect -f /home/u/.config/cc-aws-keepalive/login.exp -- dev 140 /opt/bin/saml2aws login --profile dev --skip-prompt --force --role arn:aws:iam::1:role/Dev');
  assert.equal(linux.loginCmd, 'saml2aws login --profile dev');
  assert.equal(linux.expirationField, 'x_security_token_expires');
  const win = buildLogin(saml, { ...base, platform: 'win32', templateDir: 'C:\\Users\\u\\AppData\\Roaming\\cc-aws-keepalive', expectPath: null });
  assert.equal(win.template, 'login.ps1');
  // login.ps1 as a script block, encoded (tests/unit/login/login-windows.test.ts decodes it).
  assert.match(win.autoLoginCmd, /^powershell -NoProfile -NonInteractive -EncodedCommand [A-Za-z0-9+/=]+$/);
  const sso = buildLogin(findPreset('aws-sso')!, { ...base, platform: 'linux', profile: "my team's" });
  assert.equal(sso.template, null);
  assert.equal(sso.autoLoginCmd, `aws sso login --profile 'my team'\\''s'`, 'quoted for /bin/sh');
  assert.match(buildLogin(findPreset('aws-vault')!, { ...base, platform: 'darwin' }).autoLoginCmd, /--prompt=osascript dev -- true$/);
});

test('keychainCommand: the store command per OS; the password is prompted, never an argument', () => {
  assert.equal(keychainCommand('darwin', 'dev'), 'security add-generic-password -U -s cc-aws-keepalive -a dev -w');
  assert.equal(keychainCommand('linux', 'dev'), "secret-tool store --label='cc-aws-keepalive dev' service cc-aws-keepalive account dev");
  assert.equal(keychainCommand('win32', 'dev'), 'cmdkey /generic:cc-aws-keepalive:dev /user:%USERNAME% /pass');
});

test('detectMfa: number matching and push lines, not lookalikes', () => {
  const cases: [string, ReturnType<typeof detectMfa>][] = [
    ['Okta Verify: MFA Number: 42', { kind: 'number', number: '42' }],
    ['Open Okta Verify and enter 42', { kind: 'number', number: '42' }],
    ['Tap 87 in the Okta Verify app', { kind: 'number', number: '87' }],
    ['cc-aws-keepalive: MFA number matching: choose 93 on your phone', { kind: 'number', number: '93' }],
    ['Tap this number in Okta Verify: 42', { kind: 'number', number: '42' }],
    ['numerical code for prompt: 17', { kind: 'number', number: '17' }],
    ['[BINDING CODE] 64', { kind: 'number', number: '64' }],
    ['Push notification sent: approve the sign-in on your phone', { kind: 'push' }],
    ["Open the Google App, and tap 'Yes' on the prompt to sign in ...", { kind: 'push' }],
    ['Sending Duo Push to ***-***-1234', { kind: 'push' }],
    ['number of roles: 12', null],
    ['Enter the 6-digit code: 123456', null],
    ['Selected role: arn:aws:iam::123456789012:role/Dev', null],
    ['Waiting 30 seconds for the IdP', null],
    ['Logged in as: arn:aws:sts::123456789012:assumed-role/Dev/me', null],
  ];
  for (const [line, want] of cases) assert.deepEqual(detectMfa(line), want, line);
  const m = mfaMessage({ kind: 'number', number: '42' }, 'dev');
  assert.match(`${m.title} ${m.body}`, /42/);
});

test('watchForMfa: one notification per login; a number wins over a push seen just before', async () => {
  const sent: unknown[] = [];
  const w = watchForMfa((p) => sent.push(p), 50);
  w.line('Push sent to your phone');
  w.line('MFA Number: 42');
  w.line('MFA Number: 42');
  w.line('approve it');
  await new Promise((r) => setTimeout(r, 120));
  assert.deepEqual(sent, [{ kind: 'number', number: '42' }]);
  const push: unknown[] = [];
  const p = watchForMfa((x) => push.push(x), 30);
  p.line('Duo Push sent');
  await new Promise((r) => setTimeout(r, 80));
  assert.deepEqual(push, [{ kind: 'push' }]);
  const early: unknown[] = [];
  const e = watchForMfa((x) => early.push(x), 30);
  e.line('Duo Push sent');
  e.stop(); // approved and done before the push wait ran out: nothing left to approve
  await new Promise((r) => setTimeout(r, 80));
  assert.deepEqual(early, []);
});

const want = { profile: 'dev', loginCmd: 'saml2aws login --profile dev', autoLoginCmd: "expect -f /x/login.exp dev 140 saml2aws 'a\"b'", expirationField: 'x_security_token_expires' };

test('planLoginEdit JSON: sets our keys, keeps the rest byte for byte, second run changes nothing, refuses a broken file', () => {
  const text = '{\n  // not allowed\n}';
  const bad = planLoginEdit(text, '/c/config.json', 'json', want);
  assert.equal(bad.ok, false);
  const orig = '{\n  "warnMinutes": 20,\n  "loginCmd": "old"\n}\n';
  const r = planLoginEdit(orig, '/c/config.json', 'json', want);
  assert.ok(r.ok);
  const v = JSON.parse(r.text);
  assert.deepEqual(v, { warnMinutes: 20, ...want });
  assert.match(r.text, /^\{\n {2}"warnMinutes": 20,\n {2}"loginCmd": "saml2aws login --profile dev",/);
  const again = planLoginEdit(r.text, '/c/config.json', 'json', want);
  assert.ok(again.ok);
  assert.deepEqual(again.changes, []);
  assert.equal(again.text, r.text);
  const fresh = planLoginEdit(null, '/c/config.json', 'json', want);
  assert.ok(fresh.ok);
  assert.deepEqual(JSON.parse(fresh.text), want);
});

test('planLoginEdit JSON: a profiles table gets the keys under profiles.<profile>', () => {
  const r = planLoginEdit('{"profiles": {"other": {"loginCmd": "x"}}}', '/c/config.json', 'json', want);
  assert.ok(r.ok);
  const v = JSON.parse(r.text);
  assert.deepEqual(v.profiles.other, { loginCmd: 'x' });
  assert.equal(v.profiles.dev.autoLoginCmd, want.autoLoginCmd);
  assert.equal(v.loginCmd, undefined);
});

test('planLoginEdit TOML: replaces or adds top-level keys above the first table, verifies by parsing, refuses broken TOML', () => {
  const orig = '# mine\nwarnMinutes = 20\nloginCmd = "old"   \n\n[extra]\nloginCmd = "not ours"\n';
  const r = planLoginEdit(orig, '/c/config.toml', 'toml', want, parseToml);
  assert.ok(r.ok, r.ok ? '' : r.message);
  const v = parseToml(r.text) as Record<string, unknown>;
  assert.equal(v.autoLoginCmd, want.autoLoginCmd);
  assert.equal(v.warnMinutes, 20);
  assert.deepEqual(v.extra, { loginCmd: 'not ours' });
  assert.ok(r.text.startsWith('# mine\nwarnMinutes = 20\nloginCmd = "saml2aws login --profile dev"\n'));
  const again = planLoginEdit(r.text, '/c/config.toml', 'toml', want, parseToml);
  assert.ok(again.ok);
  assert.deepEqual(again.changes, []);
  assert.equal(planLoginEdit('warnMinutes = = 3\n', '/c/config.toml', 'toml', want, parseToml).ok, false);
  const fresh = planLoginEdit('', '/c/config.toml', 'toml', want, parseToml);
  assert.ok(fresh.ok);
  assert.equal((parseToml(fresh.text) as Record<string, unknown>).loginCmd, want.loginCmd);
});

const facts = (over: Partial<LoginTestFacts>): LoginTestFacts => ({
  exitCode: 0, timedOut: false, spawnError: null, durationMs: 3000, timeoutMs: 150_000, tail: [], now: 1_000_000_000, before: 1_000_000_000 + 600_000, after: 1_000_000_000 + 3_600_000, keysChanged: true, profile: 'dev', ...over,
});

test('diagnoseLoginTest: working, hanging prompt, unchanged expiry, template message', () => {
  const ok = diagnoseLoginTest(facts({}));
  assert.equal(ok.ok, true);
  assert.match(ok.lines.join('\n'), /10m left → 1h00m left/);
  const hang = diagnoseLoginTest(facts({ exitCode: null, timedOut: true, tail: ['Using IdP account', 'Select account [1-3]:'], after: 1_000_000_000 + 600_000, keysChanged: false }));
  assert.equal(hang.ok, false);
  assert.match(hang.lines.join('\n'), /prompt was left waiting for input: "Select account \[1-3\]:"/);
  assert.match(hang.lines.join('\n'), /\(unchanged\)/);
  const pw = diagnoseLoginTest(facts({ exitCode: 1, tail: ['Error: stdin is not a terminal', 'Password:'] }));
  assert.match(pw.lines.at(-1)!, /setup --login/);
  const same = diagnoseLoginTest(facts({ after: 1_000_000_000 + 600_000, keysChanged: false }));
  assert.equal(same.ok, false);
  assert.match(same.lines.join('\n'), /\(unchanged\)[\s\S]*still has the old credentials/);
  const tpl = diagnoseLoginTest(facts({ exitCode: 3, tail: ['cc-aws-keepalive: saml2aws shows a role menu, which auto-login cannot answer — pre-select the role'] }));
  assert.match(tpl.lines.at(-1)!, /^fix: saml2aws shows a role menu/);
});

const tableRows = async (file: string) => {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
  return new Map(text.split('\n').filter((l) => l.startsWith('| `')).map((l) => [/^\| `([^`]+)`/.exec(l)![1]!, l]));
};

test('README "Pick your login" table: one row per preset, with the command that sets it up', async () => {
  const rows = await tableRows('README.md');
  for (const p of LOGIN_PRESETS) assert.ok(rows.get(p.id)?.includes(`setup --login ${p.id}`), `README row for ${p.id}`);
});

test('docs/login-tools.md "Pick your tool" table: one row per preset with its force flag and expiry field', async () => {
  const rows = await tableRows('docs/login-tools.md');
  for (const p of LOGIN_PRESETS) {
    const row = rows.get(p.id);
    assert.ok(row, `docs/login-tools.md row for ${p.id}`);
    if (p.force) assert.ok(row.includes(`\`${p.force}\``), `${p.id}: force flag`);
    if (p.expirationField) assert.ok(row.includes(`\`${p.expirationField}\``), `${p.id}: field`);
    assert.equal(row.includes('| yes |'), p.needsPty, `${p.id}: template column`);
    if (p.roleFlag) assert.ok(row.includes(`\`${p.roleFlag}\``), `${p.id}: role flag`);
  }
});
