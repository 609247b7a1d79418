// A run we start in the background (the STS probe, the background login, a sync run, the slash command's login) is
// told its profile on its command line (--pinned-profile=<name>) by the session that started it, and acts for that
// profile whatever the environment or the config say by the time it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';
import { pidAlive } from '../../../src/io/login/lock.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the prompt hook with every node it starts logging its arguments; returns the runs started, once all ended. */
async function startedBy(h: FakeHome, env: Record<string, string>, runs: number, prompt = 'hi'): Promise<string[][]> {
  const log = h.write('argv.jsonl', '');
  const r = await runEntry('prompt-submit', {
    env: { ...env, CLAUDE_CODE_USE_BEDROCK: '1', ARGV_LOG: log, NODE_OPTIONS: `--require ${ROOT}tests/fixtures/argv-log.cjs` },
    stdin: JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt, session_id: 's' }),
  });
  assert.equal(r.code, 0, r.stderr);
  const end = Date.now() + 30_000;
  let seen = 0;
  let quietSince = Date.now();
  for (;;) {
    const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { pid: number; argv: string[] });
    if (lines.length !== seen) [seen, quietSince] = [lines.length, Date.now()];
    // The hook itself is the first line; then the runs it started (and those they started), each waited for until
    // it ends and nothing new has started for a second.
    if (lines.length > runs && lines.every((l) => !pidAlive(l.pid)) && Date.now() - quietSince > 1_000) return lines.slice(1).map((l) => l.argv.slice(1));
    if (Date.now() > end) throw new Error(`the started runs did not end: ${JSON.stringify(lines)}`);
    await sleep(100);
  }
}

test('the prompt hook hands its profile to the STS probe, the background login and the sync run it starts', async (t) => {
  const soon = new Date(Date.now() + 5 * 60_000).toISOString();
  const h = makeFakeHome(t, {
    '.aws/credentials': `[dev]\naws_access_key_id = ASIAPINNED0000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${soon}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'dev', autoLoginCmd: 'true', autoLoginMinutes: 10, syncTargets: [{ type: 'command', command: 'cat > /dev/null' }] }),
  });
  // The sync run the prompt starts (never synced yet), the background login, and the sync run that login starts.
  const started = await startedBy(h, h.env, 3);
  assert.deepEqual(started.map((a) => a.filter((x) => x.startsWith('--')).join(' ')).sort(), ['--auto --pinned-profile=dev', '--auto --pinned-profile=dev', '--background --pinned-profile=dev']);

  // No expiry recorded: the hook starts the STS probe (here refused at once: nothing listens on port 9), and a sync
  // run (the credentials file changed).
  h.write('.aws/credentials', '[dev]\naws_access_key_id = ASIAPINNED0000000002\naws_secret_access_key = s\naws_session_token = t\n');
  const probe = await startedBy(h, { ...h.env, AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9' }, 2);
  assert.ok(probe.some((a) => a.includes('--sts-probe') && a.includes('--pinned-profile=dev')), JSON.stringify(probe));

  // `/aws-keepalive login` from Claude Code: the login runs on in its own process, for this session's profile.
  const login = await startedBy(h, { ...h.env, AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9' }, 2, '/aws-keepalive login');
  assert.ok(login.some((a) => a[0] === 'login' && a.includes('--pinned-profile=dev')), JSON.stringify(login));
  // Every run started along the way acted for the same profile.
  for (const a of [...probe, ...login]) assert.ok(a.includes('--pinned-profile=dev'), JSON.stringify(a));
});

const keys = (name: string, id: string) => `[${name}]\naws_access_key_id = ${id}\naws_secret_access_key = s\naws_session_token = t\n`;

test('the STS probe acts for the profile on its command line, not the one in env or config', async (t) => {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end('<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::1:assumed-role/Dev/me</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const h = makeFakeHome(t, {
    '.aws/credentials': keys('a', 'ASIAPROFILEA00000001') + keys('b', 'ASIAPROFILEB00000001'),
    '.config/cc-aws-keepalive/config.json': '{"profile":"a"}',
  });
  const env = { ...h.env, CC_KEEPALIVE_PROFILE: 'a', AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  const r = await runEntry('prompt-submit', { env, args: ['--sts-probe', '--pinned-profile=b'] });
  assert.equal(r.code, 0, r.stderr);
  const state = JSON.parse(readFileSync(h.path('.local/state/cc-aws-keepalive/b.json'), 'utf8'));
  assert.equal(state.sts.valid, true);
  assert.equal(existsSync(h.path('.local/state/cc-aws-keepalive/a.json')), false);
});

test('a command run for a profile says where its profile came from', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': keys('a', 'ASIAPROFILEA00000001') + keys('b', 'ASIAPROFILEB00000001'), '.config/cc-aws-keepalive/config.json': '{"profile":"a"}' });
  const r = await runEntry('cli', { env: { ...h.env, AWS_PROFILE: 'a' }, args: ['status', '--pinned-profile=b'] });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /profile {6}b \(from the session that started this run\)/);
});
