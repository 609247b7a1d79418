import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseToml } from '@iarna/toml';
import { parseConfigText } from '../../../src/core/config/config-parse.ts';
import { defaultConfig } from '../../../src/schemas/config.ts';

const F = '/h/.config/cc-aws-keepalive/config.json';

test('valid JSON config is read, defaults fill the rest', () => {
  const r = parseConfigText('{"profile":"work","autoLoginMinutes":15}', F, 'json');
  assert.deepEqual(r.warnings, []);
  assert.equal(r.config.profile, 'work');
  assert.equal(r.config.autoLoginMinutes, 15);
  assert.equal(r.config.warnMinutes, defaultConfig().warnMinutes);
});

test('TOML config is read', () => {
  const r = parseConfigText('profile = "work"\nwarnMinutes = 10\n', F.replace('json', 'toml'), 'toml', parseToml);
  assert.deepEqual(r.warnings, []);
  assert.equal(r.config.profile, 'work');
  assert.equal(r.config.warnMinutes, 10);
});

test('BOM and CRLF are fine', () => {
  const r = parseConfigText('\ufeff{\r\n"profile": "work"\r\n}\r\n', F, 'json');
  assert.deepEqual(r.warnings, []);
  assert.equal(r.config.profile, 'work');
});

test('unknown key: warning with a did-you-mean, other keys still used', () => {
  const r = parseConfigText('{"profle":"x","warnMinutes":5,"zzzzzzzzzz":1}', F, 'json');
  assert.equal(r.config.warnMinutes, 5);
  assert.equal(r.config.profile, '');
  assert.equal(r.warnings.length, 2);
  assert.match(r.warnings[0]!, /config\.json: unknown key "profle" — did you mean "profile"\?/);
  assert.match(r.warnings[1]!, /unknown key "zzzzzzzzzz" — it is ignored/);
});

test('wrong type: names file, key, expected, got; uses the default for that key only', () => {
  const r = parseConfigText('{"autoLoginMinutes":"30","profile":"work"}', F, 'json');
  assert.equal(r.config.autoLoginMinutes, 30);
  assert.equal(r.config.profile, 'work');
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /config\.json: "autoLoginMinutes" should be a whole number of minutes.*got the string "30".*default 30/);
});

test('out-of-range numbers are clamped into their range, with a message naming key, value and range', () => {
  const r = parseConfigText('{"warnMinutes":-1,"loginTimeoutSeconds":900,"timerWarnMinutes":2.6}', F, 'json');
  assert.equal(r.config.warnMinutes, 0);
  assert.equal(r.config.loginTimeoutSeconds, 160);
  assert.equal(r.config.timerWarnMinutes, 3);
  assert.deepEqual(r.warnings, [
    `${F}: "warnMinutes" is -1, outside 0–1440 — using 0`,
    `${F}: "loginTimeoutSeconds" is 900, outside 10–160 — using 160`,
    `${F}: "timerWarnMinutes" is 2.6, not a whole number — using 3`,
  ]);
});

test('a login timeout below 10 s is clamped to 10, not replaced by the 150 s default', () => {
  const r = parseConfigText('{"loginTimeoutSeconds":5}', F, 'json');
  assert.equal(r.config.loginTimeoutSeconds, 10);
  assert.match(r.warnings[0]!, /"loginTimeoutSeconds" is 5, outside 10–160 — using 10/);
});

test('TOML infinities and big integers are clamped too; nan falls back to the default', () => {
  const r = parseConfigText('warnMinutes = inf\nautoLoginMinutes = -inf\ntimerWarnMinutes = nan\n', '/h/config.toml', 'toml', parseToml);
  assert.equal(r.config.warnMinutes, 1440);
  assert.equal(r.config.autoLoginMinutes, 0);
  assert.equal(r.config.timerWarnMinutes, 60);
  assert.equal(r.warnings.length, 3);
});

test('control characters in unknown keys never reach a warning', () => {
  const r = parseConfigText('{"\\u001b]0;pwned\\u0007warn":1}', F, 'json');
  assert.equal(r.warnings.length, 1);
  assert.doesNotMatch(r.warnings[0]!, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
});

test('broken JSON: message with line and column, defaults used', () => {
  const r = parseConfigText('{\n  "profile": "work",\n}\n', F, 'json');
  assert.deepEqual(r.config, defaultConfig());
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /^\/h\/\.config\/cc-aws-keepalive\/config\.json:3:1: not valid JSON/);
  assert.doesNotMatch(r.warnings[0]!, /\n/);
});

test('broken TOML: message with line and column', () => {
  const r = parseConfigText('profile = "work"\nwarnMinutes = \n', '/h/config.toml', 'toml', parseToml);
  assert.match(r.warnings[0]!, /^\/h\/config\.toml:2:\d+: not valid TOML/);
  assert.doesNotMatch(r.warnings[0]!, /\n/);
});

test('not an object, empty file', () => {
  assert.match(parseConfigText('[1,2]', F, 'json').warnings[0]!, /expected an object of settings, got an array/);
  assert.match(parseConfigText('  \n', F, 'json').warnings[0]!, /is empty/);
});

test('profiles: a bad entry costs only that profile, and the message names the key path and the fix', () => {
  const r = parseConfigText(JSON.stringify({ profiles: { a: { loginCmd: 'login-a' }, b: { loginCmd: 5 }, c: { loginCmnd: 'x' }, d: 'str' } }), 'cfg.json', 'json');
  assert.deepEqual(r.config.profiles, { a: { loginCmd: 'login-a' } });
  assert.equal(r.warnings.length, 3);
  assert.match(r.warnings[0]!, /^cfg\.json: "profiles\.b\.loginCmd" is not usable \(got number 5\) — profile "b" uses the top-level settings/);
  assert.match(r.warnings[1]!, /"profiles\.c\.loginCmnd" .*did you mean "loginCmd"\?/);
  assert.match(r.warnings[2]!, /"profiles\.d" .*got the string "str"/);
});

test('backgroundLogin: "auto", "once" or "off", at the top and per profile; anything else is named with the choices', () => {
  const ok = parseConfigText(JSON.stringify({ backgroundLogin: 'off', profiles: { sso: { backgroundLogin: 'once' } } }), 'config.json', 'json');
  assert.deepEqual(ok.warnings, []);
  assert.equal(ok.config.backgroundLogin, 'off');
  assert.equal(ok.config.profiles.sso?.backgroundLogin, 'once');
  const bad = parseConfigText(JSON.stringify({ backgroundLogin: 'always' }), 'config.json', 'json');
  assert.equal(bad.config.backgroundLogin, '');
  assert.match(bad.warnings.join('\n'), /config\.json: "backgroundLogin" should be "auto", "once" or "off", got the string "always" — using the default \("once" for browser and MFA-push logins, else "auto"\)/);
  assert.match(parseConfigText(JSON.stringify({ profiles: { a: { backgroundLogin: 'never' } } }), 'config.json', 'json').warnings.join('\n'), /profiles\.a\.backgroundLogin/);
});
