// Scenario export-recovers: the session's key dies mid-session, the user logs in again "in another terminal"
// (the test writes a fresh key into ~/.aws/credentials), and the next prompt is answered by the same claude
// process with the new key. Without the plugin 2.1.197 keeps signing with the dead key it cached; 2.1.332 re-reads
// the file after the 403 by itself, so there the baseline checks that native recovery instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CLIENT, withSandbox, type Sandbox } from './harness.ts';

const KEY_A = 'AKIDE2EAAAAAAAAAAAAA';
const KEY_B = 'AKIDE2EBBBBBBBBBBBBB';
// Small retry budget for both runs: the plugin needs one retry; the baseline fails fast instead of in ~3 min.
const MAX_RETRIES = 2;
/** Clients from 2.1.207 on re-read ~/.aws/credentials after a 403 by themselves (tests/e2e/client-differences.test.ts). */
const NATIVE = DEFAULT_CLIENT === 'latest';

/** First prompt answered with key A, then A expires on the server and key B is written to disk. */
async function expireMidSession(sb: Sandbox) {
  const tui = await sb.startTui();
  const pid = tui.pid();
  const first = await tui.ask('first question');
  assert.equal(sb.bedrock.answered().at(-1)?.akid, KEY_A, 'turn 1 is signed with key A');
  tui.snapshot('after-turn-1');

  sb.bedrock.setKey(KEY_A, 'expired');
  sb.bedrock.setKey(KEY_B, 'valid');
  sb.writeCredentials({ akid: KEY_B, expires: new Date(Date.now() + 3600_000) });
  sb.note('key A expired on the server; key B written to ~/.aws/credentials');
  return { tui, pid, first, mark: sb.bedrock.log().length };
}

test(`export-recovers baseline: without the plugin ${NATIVE ? 'this client re-reads the file after the 403 itself (since 2.1.207)' : 'the session keeps the dead key and the prompt fails'}`, async (t) => {
  await withSandbox(t, { scenario: 'export-recovers-baseline', credentials: { akid: KEY_A }, maxRetries: MAX_RETRIES }, async (sb) => {
    const { tui, mark } = await expireMidSession(sb);
    if (NATIVE) {
      // What the plugin is for on such a client is everything else (README, "How it works"); here it adds nothing.
      assert.equal(await tui.ask('second question', 60_000), 2);
      const after = sb.bedrock.log().slice(mark).filter((e) => e.turn);
      assert.deepEqual(after.map((e) => `${e.akid === KEY_A ? 'A' : 'B'}:${e.status}`), ['A:403', 'B:200'], sb.bedrock.formatLog());
      return;
    }
    await tui.submit('second question');
    // The client retries MAX_RETRIES times with the same dead key, then gives up with the server's message.
    const screen = await tui.waitForText(/security token included in the request is expired/, 60_000, 'the final API error');
    tui.snapshot('after-turn-2');
    assert.match(screen, /403/);

    const after = sb.bedrock.log().slice(mark).filter((e) => e.turn);
    assert.ok(after.length >= 1, 'the client retried the turn');
    assert.ok(after.every((e) => e.akid === KEY_A && e.status === 403), `every request after expiry used key A and got 403:\n${sb.bedrock.formatLog()}`);
    assert.equal(sb.bedrock.replies(), 1, 'no second answer');
  });
});

test('export-recovers: with the plugin the same process answers the next prompt with the fresh key', async (t) => {
  await withSandbox(t, { scenario: 'export-recovers', credentials: { akid: KEY_A }, maxRetries: MAX_RETRIES }, async (sb) => {
    const plugin = await sb.installPlugin();
    assert.match(String(sb.settings().awsCredentialExport), new RegExp(`${plugin.cacheDir}/dist/export-credentials\\.cjs`));

    const { tui, pid, mark } = await expireMidSession(sb);
    const n = await tui.ask('second question', 60_000);
    tui.snapshot('after-turn-2');

    assert.equal(n, 2);
    assert.equal(tui.pid(), pid, 'the same claude process answered (no restart)');
    assert.ok(tui.alive());
    const after = sb.bedrock.log().slice(mark).filter((e) => e.turn);
    const answer = after.find((e) => e.note === 'PONG-2');
    assert.equal(answer?.akid, KEY_B, `turn 2 is answered with key B:\n${sb.bedrock.formatLog()}`);
    // The path we claim: a 403 on the dead key, then the re-export, then the retry with B.
    assert.ok(after.some((e) => e.akid === KEY_A && e.status === 403), 'the dead key was rejected first');
    assert.ok(!after.some((e) => e.akid === KEY_B && e.status !== 200), 'key B never failed');
  });
});
