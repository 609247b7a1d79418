// The config of the plugin we replace (GeiserX/cc-aws-keepalive 0.5.0), read as ours: every old key is translated
// or named with what to do instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { migrateUpstream } from '../../../src/core/config/upstream-config.ts';
import { parseConfigText } from '../../../src/core/config/config-parse.ts';

const FIXTURE = new URL('../../fixtures/upstream-0.5.0/config.json', import.meta.url);
const upstream = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

test('the 0.5.0 config: host without type is ssh, sshArgs become fields and sshOptions, the timeout moves onto each target', () => {
  const m = migrateUpstream(upstream())!;
  assert.ok(m);
  assert.equal('syncTimeoutSeconds' in m.raw, false);
  assert.equal(m.raw.syncCooldownSeconds, 60, 'our key of the same name: the sync schedule\'s floor');
  const [ssh, pw, hook] = m.raw.syncTargets as Array<Record<string, unknown>>;
  assert.deepEqual(ssh, {
    type: 'ssh',
    host: 'build-box.internal',
    user: 'dev',
    remoteProfile: 'default',
    timeoutSeconds: 15,
    port: 2222,
    identityFile: '/home/dev/.ssh/id_ed25519',
    sshOptions: ['ServerAliveInterval=5', 'ProxyJump=bastion'],
  });
  assert.deepEqual(Object.keys(pw!), ['type', 'host', 'user', 'timeoutSeconds']);
  assert.deepEqual(hook, { type: 'webhook', url: 'https://vault.example.com/aws', headers: { Authorization: 'Bearer ${TOKEN}' }, timeoutSeconds: 15 });
  const refused = m.refused.join('\n');
  assert.match(refused, /syncTargets\[1\]\.sshPassword is removed: .*ssh-copy-id laptop-2\.local.*identityFile.*ssh-agent/);
  // The port and user of the translated target, and a fix that works in every shell (no `>> ~/...`).
  assert.match(refused, /syncTargets\[0\]\.sshArgs "-o StrictHostKeyChecking=accept-new" is refused: .*record the host's key once by connecting by hand: ssh -p 2222 dev@build-box\.internal /);
  assert.match(refused, /syncTargets\[0\]\.sshArgs "-v" is dropped: put ssh settings in "sshOptions"/);
  assert.match(refused, /syncTargets\[2\]\.headers: "\$\{VAR\}" is no longer replaced/);
  assert.match(m.changes.join('\n'), /"method": "POST" dropped/);
});

test('sshArgs as one string; a non-POST method is refused by name', () => {
  const m = migrateUpstream({ syncTargets: [{ host: 'h', sshArgs: '-p 2200 -oConnectTimeout=3 -l me' }, { type: 'webhook', url: 'https://x', method: 'PUT' }] })!;
  const [a] = m.raw.syncTargets as Array<Record<string, unknown>>;
  assert.deepEqual(a, { type: 'ssh', host: 'h', port: 2200, sshOptions: ['ConnectTimeout=3'], user: 'me' });
  assert.match(m.refused.join('\n'), /syncTargets\[1\]\.method "PUT" is removed: webhook targets are always sent with POST/);
});

test('our own config is left alone', () => {
  assert.equal(migrateUpstream({ profile: 'x', syncTargets: [{ type: 'ssh', host: 'h' }], syncCooldownSeconds: 30 }), null);
});

test('the parser reads the old file as ours: sync targets usable, each refusal one warning naming the file, no "unknown key"', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const r = parseConfigText(text, '/c.json', 'json');
  assert.equal(r.config.syncTargets.length, 3);
  assert.equal(r.config.syncTargets[0]!.type, 'ssh');
  assert.equal(r.config.syncTargets[0]!.timeoutSeconds, 15);
  assert.equal(r.config.syncCooldownSeconds, 60);
  const all = r.warnings.join('\n');
  assert.doesNotMatch(all, /unknown key|type must be/);
  assert.match(r.warnings[0]!, /^\/c\.json: settings of the cc-aws-keepalive plugin we replace, read as ours .* setup --migrate/);
  assert.ok(r.warnings.every((w) => w.startsWith('/c.json: ') && !w.includes('\n')));
  assert.ok(!all.includes('hunter2'), 'the old ssh password never reaches a message');
});

test('a config of the old plugin with sync targets and no syncCooldownSeconds keeps its 60 s floor', () => {
  const m = migrateUpstream({ profile: 'p', syncTargets: [{ host: 'box' }] });
  assert.equal(m?.raw.syncCooldownSeconds, 60);
  assert.ok(m?.changes.some((c) => /syncCooldownSeconds.*60/.test(c)));
  assert.equal(migrateUpstream({ syncCooldownSeconds: 5, syncTargets: [{ host: 'box' }] })?.raw.syncCooldownSeconds, 5);
});
