// Scenario before-expiry, on the latest verified client (2.1.332), which re-reads ~/.aws/credentials after a 403 by
// itself: what only the plugin does there (the story `npm run demo` tells). Key A has under 7 minutes left; two
// interactive sessions each ask once: one auto-login runs for both, before expiry. Claude Code re-exports at
// Expiration − 5 min and moves to key B while A still works; when A dies, both sessions are answered and AWS has
// refused no request at all. Baseline: without the plugin nobody logs in, and both sessions' prompts fail with 403.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, sleep, withSandbox, type Sandbox } from './harness.ts';

const KEY_A = 'AKIDE2EBEFOREAAAAAAA';
const KEY_B = 'AKIDE2EBEFOREBBBBBBB';
const MIN = 60_000;
const FAKE_LOGIN = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');

const logins = (sb: Sandbox): number => {
  try {
    return sb.read('logins.txt').trim().split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
};

/** Over 6 minutes ahead, so the client caches the export until Expiration − 5 min (not for the hour). */
const expiresSoon = () => new Date(Date.now() + 6 * MIN + 50_000);

test('before-expiry (latest client): one login before expiry serves two sessions; no 403 when the old key dies', async (t) => {
  const expires = expiresSoon();
  await withSandbox(t, { scenario: 'before-expiry', client: 'latest', credentials: { akid: KEY_A, expires }, bedrock: { validKeys: [KEY_B] }, maxRetries: 2 }, async (sb) => {
    await sb.installPlugin();
    const env = `FAKE_LOGIN_PROFILE=${sb.profile} FAKE_LOGIN_KEY=${KEY_B} FAKE_LOGIN_DELAY_MS=4000 FAKE_LOGIN_COUNT="$HOME/logins.txt"`;
    sb.write('.config/cc-aws-keepalive/config.json', `${JSON.stringify({ profile: sb.profile, autoLoginCmd: `${env} "${process.execPath}" "${FAKE_LOGIN}"` })}\n`);
    const tuis = [await sb.startTui({ name: 'session-1' }), await sb.startTui({ name: 'session-2' })];
    for (const [i, tui] of tuis.entries()) await tui.ask(`question ${i + 1}`, 60_000);
    await tuis[0]!.waitForText(/auto-login started in the background/, 10_000, 'the auto-login notice');

    // Past the client's cache lifetime for A: the first turn still carries A (stale-while-revalidate) and sets off
    // the export, which finds B on disk.
    await sleep(Math.max(0, expires.getTime() - 5 * MIN - Date.now() + 3_000));
    for (const [i, tui] of tuis.entries()) await tui.ask(`question ${i + 3}`, 60_000);
    assert.equal(logins(sb), 1, 'one login for both sessions, before expiry');

    sb.bedrock.setKey(KEY_A, 'expired');
    sb.note('key A expired on the server');
    const mark = sb.bedrock.log().length;
    for (const [i, tui] of tuis.entries()) await tui.ask(`question ${i + 5}`, 60_000);
    const after = sb.bedrock.log().slice(mark).filter((e) => e.turn);
    assert.ok(after.every((e) => e.akid === KEY_B && e.status === 200), `both sessions on key B after A died:\n${sb.bedrock.formatLog()}`);
    assert.deepEqual(sb.bedrock.log().filter((e) => e.status === 403).map((e) => `${e.kind} ${e.akid}`), [], 'AWS refused no request');
    assert.equal(logins(sb), 1, 'still one login');
  });
});

test('before-expiry baseline (latest client): without the plugin nobody logs in and both sessions fail with 403 when the key dies', async (t) => {
  await withSandbox(t, { scenario: 'before-expiry-baseline', client: 'latest', credentials: { akid: KEY_A, expires: expiresSoon() }, maxRetries: 2 }, async (sb) => {
    const tuis = [await sb.startTui({ name: 'session-1' }), await sb.startTui({ name: 'session-2' })];
    for (const [i, tui] of tuis.entries()) await tui.ask(`question ${i + 1}`, 60_000);
    sb.bedrock.setKey(KEY_A, 'expired');
    for (const [i, tui] of tuis.entries()) {
      const r = await tui.askOrError(`question ${i + 3}`, 90_000);
      assert.equal(r.ok, false, `session ${i + 1} failed`);
    }
    assert.ok(sb.bedrock.log().some((e) => e.turn && e.status === 403), 'AWS refused the dead key');
  });
});
