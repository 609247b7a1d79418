import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfigText } from '../../../src/core/config/config-parse.ts';
import { autoSyncDue, parseSyncState, sectionBody, sectionHeader, syncPayload, SYNC_RETRY_MS, targetIds, type SyncState } from '../../../src/core/sync/sync-plan.ts';
import type { SyncTarget } from '../../../src/schemas/sync-target.ts';

const F = '/h/.config/cc-aws-keepalive/config.json';
const NOW = 1_800_000_000_000;
const STAT = { size: 200, mtimeMs: 1_799_999_000_000 };
const ok = (at = NOW - 1000) => ({ at, result: 'ok' as const, durationMs: 5, message: 'done', hash: 'h' });

test('autoSyncDue: a prompt starts a run only when something may have changed', () => {
  const base: SyncState = { seen: STAT, startedAt: NOW - 120_000, doneAt: NOW - 119_000, targets: { a: ok(), b: ok() } };
  const cases: Array<[string, Partial<Parameters<typeof autoSyncDue>[0]>, boolean]> = [
    ['nothing changed', {}, false],
    ['no targets', { ids: [] }, false],
    ['no credentials file', { stat: null }, false],
    ['never synced', { state: undefined }, true],
    ['mtime moved', { stat: { ...STAT, mtimeMs: STAT.mtimeMs + 1 } }, true],
    ['size changed', { stat: { ...STAT, size: 201 } }, true],
    ['a new target', { ids: ['a', 'b', 'c'] }, true],
    ['a failed target, retry not yet due', { state: { ...base, targets: { a: ok(), b: { ...ok(), result: 'error' } } } }, false],
    ['a failed target, retry due', { state: { ...base, targets: { a: ok(), b: { ...ok(NOW - SYNC_RETRY_MS), result: 'error' } } } }, true],
    ['a skipped target is not retried', { state: { ...base, targets: { a: ok(), b: { ...ok(NOW - SYNC_RETRY_MS), result: 'skipped' } } } }, false],
    ['changed, but a run started 10 s ago is still going', { stat: { ...STAT, size: 1 }, state: { ...base, startedAt: NOW - 10_000 } }, false],
    ['changed, a run started 10 s ago has finished', { stat: { ...STAT, size: 1 }, state: { ...base, startedAt: NOW - 10_000, doneAt: NOW - 5_000 } }, true],
    ['changed, a run started 2 min ago never finished (crashed)', { stat: { ...STAT, size: 1 }, state: { ...base, startedAt: NOW - 120_000, doneAt: NOW - 200_000 } }, true],
    ['changed, start time in the future (clock stepped back)', { stat: { ...STAT, size: 1 }, state: { ...base, startedAt: NOW + 600_000, doneAt: undefined } }, true],
    // syncCooldownSeconds (the old plugin's key): a floor between runs, even when the keys changed.
    ['changed, a finished run 10 s ago, floor 60 s', { floorMs: 60_000, stat: { ...STAT, size: 1 }, state: { ...base, startedAt: NOW - 10_000, doneAt: NOW - 5_000 } }, false],
    ['changed, a finished run 90 s ago, floor 60 s', { floorMs: 60_000, stat: { ...STAT, size: 1 }, state: { ...base, startedAt: NOW - 90_000, doneAt: NOW - 85_000 } }, true],
  ];
  for (const [name, over, due] of cases) {
    const r = autoSyncDue({ now: NOW, ids: ['a', 'b'], state: base, stat: STAT, ...over });
    assert.equal(r.due, due, `${name}: ${r.reason}`);
  }
});

test('targetIds: a name wins; unnamed targets are named after where they point, duplicates numbered', () => {
  const t: SyncTarget[] = [
    { type: 'ssh', host: 'box', user: 'me', port: 2222 },
    { type: 'ssh', host: 'box', user: 'me', port: 2222 },
    { type: 'webhook', url: 'https://vault.example/hook' },
    { type: 'command', command: 'docker exec -i dev sh -c "cat > ~/.aws/x"' },
    { type: 'command', name: 'mine', command: 'x' },
  ];
  assert.deepEqual(targetIds(t), ['ssh:me@box:2222', 'ssh:me@box:2222#2', 'webhook:vault.example/hook', 'command:docker', 'mine']);
});

test('sectionHeader: [name] in a credentials file, [profile name] in a config file (default stays [default])', () => {
  assert.equal(sectionHeader('work', '~/.aws/credentials'), 'work');
  assert.equal(sectionHeader('work', '~/.aws/config'), 'profile work');
  assert.equal(sectionHeader('default', '/x/config'), 'default');
});

test('what targets receive: the three keys and the expiry; JSON in the STS shape', () => {
  const c = { accessKeyId: 'ASIAX', secretAccessKey: 'S', sessionToken: 'T==', expiry: { expiresAt: Date.UTC(2030, 0, 1), source: { kind: 'field' as const, name: 'x' }, reason: '' } };
  assert.equal(sectionBody(c), 'aws_access_key_id = ASIAX\naws_secret_access_key = S\naws_session_token = T==\nx_security_token_expires = 2030-01-01T00:00:00Z\n');
  assert.deepEqual(JSON.parse(syncPayload('p', c, NOW)).credentials, { AccessKeyId: 'ASIAX', SecretAccessKey: 'S', SessionToken: 'T==', Expiration: '2030-01-01T00:00:00Z' });
  assert.equal(sectionBody({ ...c, expiry: { expiresAt: null, source: { kind: 'none' }, reason: '' } }).includes('expires'), false);
});

test('parseSyncState keeps only well-typed records', () => {
  assert.equal(parseSyncState('x'), undefined);
  assert.deepEqual(parseSyncState({ seen: { size: 'x' }, targets: { a: { at: 1, result: 'ok', message: 'm' }, b: { at: 1, result: 'weird', message: 'm' } } }), {
    targets: { a: { at: 1, result: 'ok', durationMs: 0, message: 'm', hash: null } },
  });
});

test('config: syncTargets parsed strictly; a password field, a typo or a disabled host-key check is named', () => {
  const good = parseConfigText(JSON.stringify({ syncTargets: [{ type: 'ssh', host: 'box', sshOptions: ['ProxyJump=bastion'] }, { type: 'webhook', url: 'https://h/x', headers: { Authorization: 'Bearer ${T}' } }, { type: 'command', command: 'x' }] }), F, 'json');
  assert.deepEqual(good.warnings, []);
  assert.equal(good.config.syncTargets.length, 3);
  const cases: Array<[unknown, RegExp]> = [
    [[{ type: 'ssh', host: 'box', password: 'hunter2' }], /syncTargets\[0\]\.password: ssh targets take no password — use a key \(identityFile\) or your ssh-agent — no credential sync until this is fixed/],
    [[{ type: 'ssh', host: 'box', hots: 'box' }], /syncTargets\[0\]: unknown field "hots"/],
    [[{ type: 'ssh', host: 'box', sshOptions: ['StrictHostKeyChecking=accept-new'] }], /syncTargets\[0\]\.sshOptions\[0\] is refused: cc-aws-keepalive sets StrictHostKeyChecking/],
    [[{ type: 'ssh', host: 'box', sshOptions: ['UserKnownHostsFile=/dev/null'] }], /sshOptions\[0\]/],
    [[{ type: 'ftp' }], /syncTargets\[0\]\.type must be "ssh", "webhook" or "command"/],
    [[{ type: 'ssh', host: '-oProxyCommand=x' }], /syncTargets\[0\]\.host/],
    [{ type: 'ssh' }, /^\/h\/.*config\.json: syncTargets should be a list of targets/],
    [[{ type: 'ssh', host: 'box', port: 0 }], /syncTargets\[0\]\.port should be a whole number from 1 to 65535/],
    [[{ type: 'webhook' }], /syncTargets\[0\]: "url" is missing/],
    [[{ type: 'webhook', url: 'https://x', headers: { 'Bad Name': 'x' } }], /syncTargets\[0\]\.headers "Bad Name" is not a header name/],
  ];
  for (const [value, re] of cases) {
    const r = parseConfigText(JSON.stringify({ profile: 'work', syncTargets: value }), F, 'json');
    assert.equal(r.warnings.length, 1, JSON.stringify(value));
    assert.match(r.warnings[0]!, re);
    assert.doesNotMatch(r.warnings[0]!, /hunter2/);
    assert.deepEqual(r.config.syncTargets, []);
    assert.equal(r.config.profile, 'work', 'the rest of the config still applies');
  }
});

test('config.toml: syncTargets as [[syncTargets]] tables', async () => {
  const { parse } = await import('@iarna/toml');
  const r = parseConfigText('profile = "work"\n[[syncTargets]]\ntype = "ssh"\nhost = "devbox"\nport = 2222\nsshOptions = ["ProxyJump=bastion"]\n[[syncTargets]]\ntype = "webhook"\nurl = "https://h/x"\n[syncTargets.headers]\nAuthorization = "Bearer ${T}"\n', '/h/config.toml', 'toml', parse);
  assert.deepEqual(r.warnings, []);
  assert.deepEqual(targetIds(r.config.syncTargets), ['ssh:devbox:2222', 'webhook:h/x']);
});
