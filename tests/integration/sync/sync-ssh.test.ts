// ssh sync targets against a real sshd on 127.0.0.1 (started by the test, its own host key and authorized_keys):
// only `[remoteProfile]` changes on the remote, every other byte kept, mode 0600; an unknown host key is refused
// with the command that fixes it; a missing remote folder is created 0700; doctor checks without sending keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { runEntry } from '../../helpers/run-entry.ts';
import { startSshd, type Sshd } from '../../helpers/sshd.ts';

const KEY = 'ASIASYNCSSHTEST00001';
const SECRET = 'sYnCsEcReT/ssh+Test0123456789abcdefGHIJKL';
const TOKEN = 'FwoGZXIvYXdzSYNCTOKEN//////////wEaDPtestTokenBody+more/stuff==';
const EXPIRES = () => new Date(Date.now() + 4 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function laptop(t: Parameters<typeof makeFakeHome>[0], target: Record<string, unknown>): FakeHome {
  return makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ${KEY}\naws_secret_access_key = ${SECRET}\naws_session_token = ${TOKEN}\nx_security_token_expires = ${EXPIRES()}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', syncTargets: [target] }),
  });
}

const sshTarget = (s: Sshd, extra: Record<string, unknown> = {}) => ({
  type: 'ssh',
  host: '127.0.0.1',
  port: s.port,
  user: s.user,
  identityFile: s.identityFile,
  sshOptions: [`UserKnownHostsFile=${s.knownHosts}`],
  remoteProfile: 'work',
  ...extra,
});

/** Every file under `dir`, for the no-secret grep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

function assertNoSecret(where: string, text: string): void {
  for (const s of [KEY, SECRET, TOKEN]) assert.ok(!text.includes(s), `a secret leaked into ${where}`);
}

test('ssh: only [work] is replaced on the remote; other sections, comments, CRLF lines and the missing final newline stay byte for byte', async (t) => {
  const remote = makeFakeHome(t);
  const sshd = await startSshd(t, remote.path('srv'), remote.path('home'));
  const before = '# my credentials\n[personal]\naws_access_key_id = AKIAPERSONAL000001\naws_secret_access_key = keep-me\n\n';
  const oldWork = '[work]\r\naws_access_key_id = ASIAOLDOLDOLD0000001\r\naws_secret_access_key = old\r\naws_session_token = old\r\n';
  const after = '\r\n; comment before the next section\r\n[crlf-profile]\r\nregion = eu-west-1\r\n[profile work]\nregion = us-east-1\n[last]\nno_newline = at the end';
  remote.write('home/.aws/credentials', before + oldWork + after);
  const h = laptop(t, sshTarget(sshd));

  const r = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 60_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /✓ ssh:[^:]+@127\.0\.0\.1:\d+: replaced \[work\] in .*\/\.aws\/credentials on 127\.0\.0\.1/);

  const file = remote.path('home/.aws/credentials');
  const got = readFileSync(file, 'utf8');
  // The replaced section keeps the CRLF endings of the one it replaces.
  const newWork = `[work]\r\naws_access_key_id = ${KEY}\r\naws_secret_access_key = ${SECRET}\r\naws_session_token = ${TOKEN}\r\nx_security_token_expires = ${/x_security_token_expires = (\S+)/.exec(readFileSync(h.path('.aws/credentials'), 'utf8'))![1]}\r\n`;
  assert.equal(got, before + newWork + after);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(readdirSync(remote.path('home/.aws')), ['credentials'], 'no temporary file left behind');

  // The status shows the result; no secret in our output or any file of ours.
  const st = await runEntry('cli', { env: h.env, args: ['status'] });
  assert.match(st.stdout, /sync {9}1 target\(s\)/);
  assert.match(st.stdout, /ssh:\S+ +ok just now: replaced \[work\]/);
  for (const out of [r.stdout, r.stderr, st.stdout, st.stderr]) assertNoSecret('the output', out);
  for (const f of filesUnder(h.home)) if (f !== h.path('.aws/credentials')) assertNoSecret(f, readFileSync(f, 'utf8'));
});

test('ssh: an unknown host key is refused with the command that fixes it; nothing is written', async (t) => {
  const remote = makeFakeHome(t);
  const sshd = await startSshd(t, remote.path('srv'), remote.path('home'));
  const h = laptop(t, sshTarget(sshd, { sshOptions: [`UserKnownHostsFile=${sshd.emptyKnownHosts}`] }));
  const r = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 60_000 });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /✗ ssh:\S+: the host key of \S+@127\.0\.0\.1 port \d+ is not in .*known_hosts\.empty \(unknown hosts are never accepted silently\) — check its fingerprint and add it: ssh-keyscan -p \d+ 127\.0\.0\.1 >> .*known_hosts\.empty/);
  assert.equal(existsSync(remote.path('home/.aws')), false);
  assert.equal(readFileSync(sshd.emptyKnownHosts, 'utf8'), '', 'known_hosts untouched (no accept-new)');
  const st = await runEntry('cli', { env: h.env, args: ['status'] });
  assert.match(st.stdout, /FAILED just now: the host key of/);
  assertNoSecret('the output', r.stdout + r.stderr + st.stdout);
});

test('ssh: a missing remote folder is created 0700, the file 0600; doctor checks access without sending keys', async (t) => {
  const remote = makeFakeHome(t);
  const sshd = await startSshd(t, remote.path('srv'), remote.path('home'));
  const h = laptop(t, sshTarget(sshd, { remotePath: '~/deep/er/creds', remoteProfile: 'dev box' }));

  const doc = await runEntry('cli', { env: h.env, args: ['doctor'], timeoutMs: 60_000 });
  assert.match(doc.stdout, /✓ sync ssh:\S+: reachable; .*\/deep\/er\/creds will be created/);
  assert.equal(existsSync(remote.path('home/deep')), false, 'doctor wrote nothing');

  const r = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 60_000 });
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /created \[dev box\]/);
  assert.equal(statSync(remote.path('home/deep')).mode & 0o777, 0o700);
  assert.equal(statSync(remote.path('home/deep/er')).mode & 0o777, 0o700);
  assert.equal(statSync(remote.path('home/deep/er/creds')).mode & 0o777, 0o600);
  assert.match(readFileSync(remote.path('home/deep/er/creds'), 'utf8'), new RegExp(`^\\[dev box\\]\\naws_access_key_id = ${KEY}\\n`));

  const doc2 = await runEntry('cli', { env: h.env, args: ['doctor'], timeoutMs: 60_000 });
  assert.match(doc2.stdout, /✓ sync ssh:\S+: reachable; .*\/deep\/er\/creds is writable/);
  const unknown = laptop(t, sshTarget(sshd, { sshOptions: [`UserKnownHostsFile=${sshd.emptyKnownHosts}`] }));
  const doc3 = await runEntry('cli', { env: unknown.env, args: ['doctor'], timeoutMs: 60_000 });
  assert.match(doc3.stdout, /✗ sync ssh:\S+: the host key of .* is not in .*\n {4}fix: check its fingerprint and add it: ssh-keyscan -p \d+ 127\.0\.0\.1/);
});

test('ssh: a user ssh_config saying "StrictHostKeyChecking accept-new" does not make us accept an unknown host', async (t) => {
  const remote = makeFakeHome(t);
  const sshd = await startSshd(t, remote.path('srv'), remote.path('home'));
  const h = laptop(t, sshTarget(sshd, { sshOptions: [`UserKnownHostsFile=${sshd.emptyKnownHosts}`] }));
  // ssh reads ~/.ssh/config from the passwd home, not $HOME: a wrapper hands it the user's config with -F instead.
  h.write('ssh_config', `Host *\n  StrictHostKeyChecking accept-new\n  UserKnownHostsFile ${sshd.emptyKnownHosts}\n`);
  h.write('bin/ssh', `#!/bin/sh\nexec /usr/bin/ssh -F "${h.path('ssh_config')}" "$@"\n`);
  chmodSync(h.path('bin/ssh'), 0o755);
  const env = { ...h.env, PATH: `${h.path('bin')}:${h.env.PATH}` };
  const r = await runEntry('cli', { env, args: ['sync'], timeoutMs: 60_000 });
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /✗ ssh:\S+: the host key of .* is not in .*known_hosts\.empty/);
  assert.equal(readFileSync(sshd.emptyKnownHosts, 'utf8'), '', 'the new host was not recorded');
  assert.equal(existsSync(remote.path('home/.aws')), false, 'nothing was written');
});

test('ssh: an odd section name and path reach the remote as given (on stdin), through the remote login shell', async (t) => {
  const remote = makeFakeHome(t);
  const sshd = await startSshd(t, remote.path('srv'), remote.path('home'));
  const h = laptop(t, sshTarget(sshd, { remoteProfile: "it's \\ $(touch pwned) `x`", remotePath: "~/odd dir/it's; touch pwned2 #" }));
  const r = await runEntry('cli', { env: h.env, args: ['sync'], timeoutMs: 60_000 });
  assert.equal(r.code, 0, r.stdout);
  const got = readFileSync(remote.path("home/odd dir/it's; touch pwned2 #"), 'utf8');
  assert.match(got, /^\[it's \\ \$\(touch pwned\) `x`\]\naws_access_key_id = /);
  assert.deepEqual(readdirSync(remote.path('home')), ['odd dir'], 'no command of the name or path ran');
});
