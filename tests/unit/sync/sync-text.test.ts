// The words of sync, worded in core from the facts flows/sync/ and io/sync/ return: each case is the exact line the
// adapter or flow built itself before (tests/unit/plugin/layers.test.ts keeps them out of io/ and flows/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandOutcome, syncCliText, syncStatusText, targetChecks } from '../../../src/core/sync/sync-text.ts';
import { sshDoneMessage, sshFailureMessage } from '../../../src/core/sync/ssh-hints.ts';
import { webhookText } from '../../../src/core/sync/webhook-text.ts';
import type { SshTarget } from '../../../src/schemas/sync-target.ts';

const NOW = 1_800_000_000_000;

test('commandOutcome: started or not, timed out, stopped, failed, delivered, with the last output line', () => {
  const end = (o: Partial<{ spawnError: string | null; timedOut: boolean; exitCode: number | null }>) => ({ spawnError: null, timedOut: false, exitCode: 0, ...o });
  assert.deepEqual(commandOutcome(end({ spawnError: 'ENOENT' }), 30_000, 'x'), { ok: false, message: 'could not start the command (ENOENT)' });
  assert.equal(commandOutcome(end({ timedOut: true }), 30_000, undefined).message, 'the command did not finish within 30 s and was stopped with its children (timeoutSeconds raises the limit)');
  assert.equal(commandOutcome(end({ exitCode: null }), 1000, undefined).message, 'the command was stopped');
  assert.equal(commandOutcome(end({ exitCode: 2 }), 1000, 'denied').message, 'the command failed (exit code 2): denied');
  assert.deepEqual(commandOutcome(end({}), 1000, 'stored'), { ok: true, message: 'delivered to the command (exit 0): stored' });
});

test('the sync command, status and doctor lines', () => {
  assert.deepEqual(syncCliText.results('work', [
    { id: 'a', result: 'ok', message: 'done' },
    { id: 'b', result: 'unchanged', message: 'old' },
    { id: 'c', result: 'busy', message: syncCliText.stillRunning },
  ]), ['Credential sync for profile "work":', '✓ a: done', '✓ b: already up to date', '… c: still running — /aws-keepalive status shows the result']);
  assert.deepEqual(syncStatusText([], {}, NOW), ['  sync         off (no syncTargets in the config)']);
  assert.deepEqual(syncStatusText(['box'], { box: { at: NOW - 10_000, result: 'ok', durationMs: 1, message: 'sent', hash: null } }, NOW), [
    '  sync         1 target(s), after each login and when the credentials change',
    '    box  ok just now: sent',
  ]);
  const last = { at: NOW, result: 'error' as const, durationMs: 1, message: 'refused — add the key', hash: null };
  assert.deepEqual(targetChecks('box', { ok: false, message: 'cannot reach box — check it' }, last), [
    { status: 'fail', title: 'sync box: cannot reach box', fix: 'check it' },
    { status: 'warn', title: 'sync box: the last sync failed: refused', fix: 'add the key' },
  ]);
});

test('ssh and webhook answers: what the adapters used to word themselves', () => {
  const t: SshTarget = { type: 'ssh', host: 'box', user: 'me', port: 2222 };
  assert.equal(sshDoneMessage(t, 'ok', ['create', '~/.aws/credentials'], 'profile x', true), 'reachable; ~/.aws/credentials will be created');
  assert.equal(sshDoneMessage(t, 'updated', ['~/.aws/credentials'], 'x', false), 'updated [x] in ~/.aws/credentials on box');
  const end = { spawnError: null, timedOut: false, exitCode: 255, durationMs: 3000 };
  assert.match(sshFailureMessage(t, end, ['me@box: Permission denied (publickey).'], 'linux'), /^me@box port 2222 refused our ssh key — /);
  assert.match(sshFailureMessage(t, end, ['Host key verification failed.'], 'linux'), /is not in ~\/\.ssh\/known_hosts/);
  assert.equal(sshFailureMessage(t, { ...end, timedOut: true }, [], 'linux'), 'ssh to me@box port 2222 did not finish within 3 s and was stopped — is the host reachable? (timeoutSeconds raises the limit)');
  assert.deepEqual(webhookText.answered('h.example', 204), { ok: true, message: 'delivered to h.example (HTTP 204)' });
  assert.deepEqual(webhookText.answered('h.example', 500), { ok: false, message: 'h.example answered HTTP 500' });
  assert.equal(webhookText.unsetVariable('Authorization', 'TOKEN'), 'header "Authorization" names ${TOKEN}, which is not set in the environment Claude Code runs in');
});
