import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colorEnabled, composeStatus, displayVerdict, renderAwsStatus, styleFor, type StatusInput } from '../../../src/core/status/render-status.ts';

const MIN = 60_000;
const base: StatusInput = { remainingMs: null, sts: null, timerWarnMinutes: 60, color: true, style: 'segment' };

test('renderAwsStatus: text and colour for each state', async (t) => {
  const cases: Array<[string, Partial<StatusInput>, string]> = [
    ['healthy: plain (Claude Code dims it)', { remainingMs: (4 * 60 + 23) * MIN + 30_000 }, 'AWS: 4h23m'],
    ['inside timerWarnMinutes: yellow', { remainingMs: 45 * MIN }, '\x1b[33mAWS: 45m\x1b[0m'],
    ['exactly at timerWarnMinutes: yellow', { remainingMs: 60 * MIN }, '\x1b[33mAWS: 1h00m\x1b[0m'],
    ['under a minute', { remainingMs: 20_000 }, '\x1b[33mAWS: <1m\x1b[0m'],
    ['expired: red', { remainingMs: -5 * MIN }, '\x1b[31mAWS: EXPIRED\x1b[0m'],
    ['expired, NO_COLOR', { remainingMs: 0, color: false }, 'AWS: EXPIRED'],
    ['warn, NO_COLOR', { remainingMs: 10 * MIN, color: false }, 'AWS: 10m'],
    ['timerWarnMinutes 0: never yellow', { remainingMs: 1 * MIN, timerWarnMinutes: 0 }, 'AWS: 1m'],
    ['unknown expiry, STS accepted', { sts: { valid: true } }, 'AWS: ok'],
    ['unknown expiry, STS refused', { sts: { valid: false } }, '\x1b[31mAWS: EXPIRED\x1b[0m'],
    ['unknown expiry, nothing cached: nothing', {}, ''],
    ['OMC style', { remainingMs: (5 * 60 + 23) * MIN, style: 'inline' }, 'aws:5h23m'],
    ['OMC style, expired', { remainingMs: -1, style: 'inline' }, '\x1b[31maws:EXPIRED\x1b[0m'],
  ];
  for (const [name, over, want] of cases) await t.test(name, () => assert.equal(renderAwsStatus({ ...base, ...over }), want));
});

test('colorEnabled honours NO_COLOR (any non-empty value)', () => {
  assert.equal(colorEnabled({}), true);
  assert.equal(colorEnabled({ NO_COLOR: '' }), true);
  assert.equal(colorEnabled({ NO_COLOR: '1' }), false);
  assert.equal(colorEnabled({ NO_COLOR: 'false' }), false);
});

test('displayVerdict: a refusal stands, an acceptance only while recent, nothing from the future', () => {
  const now = 1_000_000_000;
  assert.deepEqual(displayVerdict({ valid: true, checkedAt: now - 5 * MIN }, now), { valid: true });
  assert.equal(displayVerdict({ valid: true, checkedAt: now - 16 * MIN }, now), null);
  assert.deepEqual(displayVerdict({ valid: false, checkedAt: now - 300 * MIN }, now), { valid: false });
  assert.equal(displayVerdict({ valid: false, checkedAt: now + 60 * MIN }, now), null);
  assert.equal(displayVerdict(null, now), null);
});

test('styleFor: oh-my-claudecode HUD commands get the inline style', () => {
  assert.equal(styleFor('node /home/u/.claude/hud/omc-hud.mjs'), 'inline');
  assert.equal(styleFor('sh ${CLAUDE_CONFIG_DIR:-$HOME/.claude}/hud/omc-hud-cache.sh ${CLAUDE_CONFIG_DIR:-$HOME/.claude}/hud/omc-hud.mjs'), 'inline');
  assert.equal(styleFor('npx ccstatusline@latest'), 'segment');
  assert.equal(styleFor(''), 'segment');
});

test('composeStatus joins our part to the first non-blank line and keeps the rest', async (t) => {
  const cases: Array<[string, string, string, string]> = [
    ['alone', '', 'AWS: 4h', 'AWS: 4h'],
    ['other output only', 'model | ctx 3%\n', '', 'model | ctx 3%'],
    ['one line', 'model | ctx 3%\n', 'AWS: 4h', 'model | ctx 3% | AWS: 4h'],
    ['multi-line (OMC agent tree)', '[OMC] ctx:67%\n├─ O architect 2m\n└─ e explore 45s\n', 'aws:5h', '[OMC] ctx:67% | aws:5h\n├─ O architect 2m\n└─ e explore 45s'],
    ['leading blank line', '\nline two\n', 'AWS: 1h', '\nline two | AWS: 1h'],
    ['CRLF output', 'a\r\nb\r\n', 'AWS: 1h', 'a | AWS: 1h\nb'],
    ['blank output', '  \n\n', 'AWS: 1h', 'AWS: 1h'],
    ['colour left open is closed first', '\x1b[32mgreen', 'AWS: 1h', '\x1b[32mgreen\x1b[0m | AWS: 1h'],
  ];
  for (const [name, other, ours, want] of cases) await t.test(name, () => assert.equal(composeStatus(other, ours), want));
});

test('a failed login for these credentials shows in the status line, in red', () => {
  assert.equal(renderAwsStatus({ ...base, color: false, remainingMs: 9 * MIN + 10_000, loginFailed: true }), 'AWS: 9m · login failed');
  assert.equal(renderAwsStatus({ ...base, remainingMs: 9 * MIN + 10_000, loginFailed: true }), '\x1b[31mAWS: 9m · login failed\x1b[0m');
  assert.equal(renderAwsStatus({ ...base, color: false, style: 'inline', remainingMs: 9 * MIN + 10_000, loginFailed: true }), 'aws:9m login failed');
  assert.equal(renderAwsStatus({ ...base, color: false, loginFailed: true }), 'AWS: ? · login failed');
});
