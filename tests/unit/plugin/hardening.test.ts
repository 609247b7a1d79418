// Pure pieces of issue #14's fixes: calendar-checked dates, far-future expiries, control characters, bounded reads,
// the credentials read that waits out a rewrite in progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDuration, formatRemaining, parseExpiryValue } from '../../../src/core/aws/expiry.ts';
import { parseStrictJson } from '../../../src/core/settings/json-edit.ts';
import { stripControl } from '../../../src/core/text.ts';
import { renderHookOutput } from '../../../src/core/status/hook-output.ts';
import { formatError } from '../../../src/core/errors.ts';
import { readRegularText } from '../../../src/io/system/safe-read.ts';
import { readCredentialsSettled } from '../../../src/io/aws/aws-credentials-file.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';

test('dates no calendar has are refused, real ones still parse', () => {
  for (const bad of ['2027-02-30T00:00:00Z', '2027-02-29T00:00:00Z', '2027-13-01T00:00:00Z', '2027-00-10T00:00:00Z', '2027-04-31T00:00:00Z', '2027-01-01T24:00:00Z', '2027-01-01T23:60:00Z', '2027-01-01T23:59:60Z', '2027-01-01T00:00:00+24:00', '2027-01-01T00:00:00+0575']) {
    assert.equal(parseExpiryValue(bad), null, bad);
  }
  assert.equal(parseExpiryValue('2028-02-29T00:00:00Z'), Date.UTC(2028, 1, 29));
  assert.equal(parseExpiryValue('2027-12-31T23:59:59.999-23:59'), Date.parse('2027-12-31T23:59:59.999-23:59'));
});

test('an expiry more than a year ahead is "far future" on the timer and "more than a year" in words', () => {
  const YEAR = 365 * 24 * 3_600_000;
  assert.equal(formatRemaining(YEAR + 60_000), 'far future');
  assert.equal(formatRemaining(YEAR - 3_600_000), '364d23h');
  assert.equal(formatDuration(1000 * YEAR), 'more than a year');
});

test('control characters are stripped from what we echo; newlines and tabs stay', () => {
  assert.equal(stripControl('a\u001b[31mb\u0007c\u009bd\u0000e\u007ff\n\tg'), 'a[31mbcdef\n\tg');
  const out = JSON.parse(renderHookOutput({ user: 'run: x\u001b]0;t\u0007', model: 'm\u001b[2J' })) as { systemMessage: string; hookSpecificOutput: { additionalContext: string } };
  assert.equal(out.systemMessage, 'run: x]0;t');
  assert.equal(out.hookSpecificOutput.additionalContext, 'm[2J');
  assert.equal(formatError({ code: 'CREDS_READ', message: 'bad \u001b[2J', hint: 'fix\u0007' }), 'cc-aws-keepalive: bad [2J — fix');
});

test('JSON nested deeper than we edit is refused with a position, not a stack overflow', () => {
  const r = parseStrictJson(`${'['.repeat(300)}${']'.repeat(300)}`);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.tooDeep && r.col === 257);
  // Brackets inside strings do not count.
  assert.equal(parseStrictJson(JSON.stringify({ a: '['.repeat(1000) })).ok, true);
});

test('readRegularText: FIFOs, directories and devices are refused without blocking; the size cap holds', { skip: process.platform === 'win32' }, (t) => {
  const h = makeFakeHome(t);
  mkdirSync(h.path('dir'));
  assert.equal(spawnSync('mkfifo', [h.path('fifo')]).status, 0);
  assert.deepEqual(readRegularText(h.path('fifo'), 100), { problem: `${h.path('fifo')} is a named pipe (FIFO), not a regular file — replace it with a file or remove it` });
  assert.match((readRegularText(h.path('dir'), 100) as { problem: string }).problem, /is a directory, not a regular file/);
  assert.match((readRegularText('/dev/zero', 100) as { problem: string }).problem, /is a device, not a regular file/);
  assert.deepEqual(readRegularText(h.path('none'), 100), { missing: true });
  writeFileSync(h.path('big'), 'x'.repeat(101));
  assert.match((readRegularText(h.path('big'), 100) as { problem: string }).problem, /too large/);
});

test('readCredentialsSettled reads again while a writer is mid-rewrite, and reports a stable miss at once', async (t) => {
  const h = makeFakeHome(t);
  const file = h.write('.aws/credentials', '');
  const full = '[work]\naws_access_key_id = A\n';
  const pick = (ini: Parameters<Parameters<typeof readCredentialsSettled>[1]>[0]) =>
    ini.ok && ini.value.sections.has('work') ? ({ ok: true, value: 1 } as const) : ({ ok: false, error: { code: 'PROFILE_NOT_FOUND', message: 'm', hint: '' } } as const);
  // The file is empty now and gets its content 30 ms after the writer is up, as a login tool's second write would.
  const writer = spawn(process.execPath, ['-e', `console.log('up'); setTimeout(() => require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(full)}), 30)`]);
  const exited = new Promise((r) => writer.on('exit', r));
  await new Promise((r) => writer.stdout.once('data', r));
  assert.equal(readCredentialsSettled(file, pick).ok, true);
  await exited;
  // A file that has not changed for a while: one read, the miss reported without waiting.
  const old = join(h.home, 'old');
  writeFileSync(old, '[other]\n');
  spawnSync('touch', ['-d', '2020-01-01', old]);
  const started = Date.now();
  assert.equal(readCredentialsSettled(old, pick).ok, false);
  assert.ok(Date.now() - started < 50);
});
