// The hot entries' quick config check must give exactly what the full parser gives, whenever it answers at all,
// and must answer for the configs people write (or every prompt would load valibot).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigText } from '../../../src/core/config/config-parse.ts';
import { quickConfig } from '../../../src/core/config/config-quick.ts';
import { ROOT } from '../../helpers/run-entry.ts';

const F = '/h/.config/cc-aws-keepalive/config.json';

const good: unknown[] = [
  {},
  JSON.parse(readFileSync(join(ROOT, 'config.example.json'), 'utf8')),
  { profile: 'work', loginCmd: 'saml2aws login' },
  { autoLoginMinutes: 0, warnMinutes: 1440, timerWarnMinutes: 5, loginTimeoutSeconds: 10, notify: false },
  { ssoSessionHours: 0.25 },
  { ssoSessionHours: { corp: 12, other: 2160 } },
  { profiles: { a: { loginCmd: 'x', autoLoginCmd: 'y', expirationField: 'z', ssoSessionHours: 1.5 }, b: {} } },
  { profile: '', statusLineCmd: 'my-hud --compact', syncTargets: [] },
  { backgroundLogin: 'auto', profiles: { sso: { backgroundLogin: 'once' }, lab: { backgroundLogin: 'off' } } },
];

// Each of these needs the full parser: a warning to give, a value to clamp, a sync target to check, a key to name.
const other: unknown[] = [
  [],
  null,
  'text',
  { profil: 'typo' },
  { warnMinutes: 10.5 },
  { warnMinutes: 5000 },
  { warnMinutes: '10' },
  { notify: 'yes' },
  { backgroundLogin: 'always' },
  { backgroundLogin: '' },
  { profiles: { a: { backgroundLogin: 'never' } } },
  { ssoSessionHours: 0.1 },
  { ssoSessionHours: { corp: 'x' } },
  { profiles: { a: { loginCmd: 1 } } },
  { profiles: { a: { logincmd: 'x' } } },
  { profiles: { a: { ssoSessionHours: 9999 } } },
  { profiles: [] },
  { profiles: { a: null } },
  { syncTargets: [{ type: 'command', command: 'x' }] },
  { syncTargets: 'nope' },
  JSON.parse('{"__proto__": {"x": 1}}'),
  JSON.parse('{"profiles": {"__proto__": {"loginCmd": "x"}}}'),
];

test('quick check: the configs people write are accepted, with exactly the full parser’s result', () => {
  for (const raw of good) {
    const text = JSON.stringify(raw);
    const full = parseConfigText(text, F, 'json');
    assert.deepEqual(full.warnings, [], text);
    assert.deepEqual(quickConfig(text), full.config, text);
  }
});

test('quick check: anything to explain, clamp or check further goes to the full parser', () => {
  for (const raw of other) {
    const text = JSON.stringify(raw) ?? 'undefined';
    assert.equal(quickConfig(text), null, text);
  }
  for (const text of ['', '{', '{"profile": "a",}', '\ufeff{}']) assert.equal(quickConfig(text), null, JSON.stringify(text));
});

test('quick check agrees with the full parser on generated configs', () => {
  // Values of every shape for every key; whenever the quick check answers, the full parser must agree and be silent.
  const values: unknown[] = ['', 's', 0, 1, 30, 1440, 1441, -1, 2.5, 0.25, 160, 161, true, false, null, [], {}, { a: 1 }, { a: { loginCmd: 'x' } }, [1]];
  const keys = ['profile', 'expirationField', 'loginCmd', 'autoLoginCmd', 'autoLoginMinutes', 'warnMinutes', 'timerWarnMinutes', 'statusLineCmd', 'loginTimeoutSeconds', 'notify', 'syncTargets', 'ssoSessionHours', 'profiles', 'bogus'];
  let answered = 0;
  for (const k of keys) {
    for (const v of values) {
      const text = JSON.stringify({ profile: 'w', [k]: v });
      const quick = quickConfig(text);
      if (quick === null) continue;
      answered++;
      const full = parseConfigText(text, F, 'json');
      assert.deepEqual(full.warnings, [], text);
      assert.deepEqual(quick, full.config, text);
    }
  }
  assert.ok(answered > 40, `only ${answered} answered`);
});
