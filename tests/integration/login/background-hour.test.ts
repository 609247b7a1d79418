// An hour of prompting every five minutes while the key runs out, on libfaketime's clock (Debian's `faketime`):
// the real dist/prompt-submit.cjs and the background dist/auth-refresh.cjs it starts, each process told the time of
// its prompt through LD_PRELOAD. Counts how often a failing login tool is started (issue 20).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { runEntry } from '../../helpers/run-entry.ts';

const LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const PAYLOAD = readFileSync(new URL('../../fixtures/payloads/user-prompt-submit.json', import.meta.url), 'utf8');
const MIN = 60_000;
// A fixed fake start: the key has 20 minutes left at the first prompt.
const T0 = Date.UTC(2026, 5, 1, 9, 0, 0);
const EXPIRES = T0 + 20 * MIN;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const STATE = '.local/state/cc-aws-keepalive/work.json';
const skip = existsSync(LIB) ? false : 'libfaketime is not installed (apt-get install faketime)';

/** A login tool as a shell script: one line per start in starts.log, then `body`. */
function tool(h: FakeHome, name: string, body: string): string {
  const bin = h.path('bin');
  mkdirSync(bin, { recursive: true });
  const file = join(bin, name);
  writeFileSync(file, `#!/bin/sh\necho start >> "${h.path('starts.log')}"\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

function home(t: TestContext, autoLoginCmd: string): FakeHome {
  return makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ASIAHOURTEST00000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${iso(EXPIRES)}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', autoLoginCmd, autoLoginMinutes: 30, loginTimeoutSeconds: 20 }),
  });
}

const starts = (h: FakeHome) => (existsSync(h.path('starts.log')) ? readFileSync(h.path('starts.log'), 'utf8').trim().split('\n').length : 0);
const state = (h: FakeHome) => (existsSync(h.path(STATE)) ? JSON.parse(readFileSync(h.path(STATE), 'utf8')) : {});

/** Twelve prompts, five minutes apart; after each, the background login (if one started) is let finish. */
async function hour(h: FakeHome): Promise<string[]> {
  const messages: string[] = [];
  for (let n = 0; n < 12; n++) {
    const at = T0 + n * 5 * MIN;
    const env = {
      ...h.env,
      PATH: `${h.path('bin')}:${h.env.PATH}`,
      CLAUDE_CODE_USE_BEDROCK: '1',
      LD_PRELOAD: LIB,
      FAKETIME: `@${new Date(at).toISOString().slice(0, 19).replace('T', ' ')}`,
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      FAKE_NOTIFY_LOG: h.path('notify.log'),
      TZ: 'UTC',
    };
    const before = state(h).lastLogin?.endedAt;
    const r = await runEntry('prompt-submit', { env, stdin: PAYLOAD });
    assert.equal(r.code, 0, r.stderr);
    const msg = r.stdout.trim() ? (JSON.parse(r.stdout).systemMessage as string) : '';
    messages.push(msg);
    if (/auto-login started/.test(msg)) {
      // The detached login runs on the same fake clock; wait (real time) until it has recorded its result.
      const until = Date.now() + 15_000;
      while (state(h).lastLogin?.endedAt === before && Date.now() < until) await new Promise((res) => setTimeout(res, 50));
    }
  }
  return messages;
}

test('a login that fails at once (a network error) is started at most 3 times in the hour, then waits', { skip }, async (t) => {
  const h = home(t, '');
  const cmd = tool(h, 'corp-login', 'echo "Error: connection reset by peer (idp.corp.example)" >&2\nexit 1');
  writeFileSync(h.path('.config/cc-aws-keepalive/config.json'), JSON.stringify({ profile: 'work', autoLoginCmd: cmd, autoLoginMinutes: 30, loginTimeoutSeconds: 20 }));
  const messages = await hour(h);
  assert.ok(starts(h) >= 2 && starts(h) <= 3, `started ${starts(h)} times`);
  assert.equal(state(h).guard.last.kind, 'transient');
  assert.match(messages.at(-1)!, /connection reset by peer/);
});

test('a stale password (the IdP refuses it) is tried once for this expiry; every later prompt says why and what to run', { skip }, async (t) => {
  const h = home(t, '');
  const cmd = tool(h, 'corp-login', 'echo "Error authenticating to IdP.: Invalid username or password" >&2\nexit 1');
  writeFileSync(h.path('.config/cc-aws-keepalive/config.json'), JSON.stringify({ profile: 'work', autoLoginCmd: cmd, autoLoginMinutes: 30, loginTimeoutSeconds: 20 }));
  const messages = await hour(h);
  assert.equal(starts(h), 1);
  assert.equal(state(h).guard.last.kind, 'auth');
  const last = messages.at(-1)!;
  assert.match(last, /background login failed \(sign-in refused: "Error authenticating to IdP\.: Invalid username or password"\)/);
  assert.match(last, /no further background try until you act — fix it, then \/aws-keepalive login/);
});

test('`aws sso login` that opens nothing and gives up is started once, with one notification naming the sender', { skip }, async (t) => {
  const h = home(t, 'aws sso login --profile work');
  tool(h, 'aws', 'echo "Attempting to automatically open the SSO authorization page in your default browser."\necho "Error: the authorization was not completed" >&2\nexit 255');
  tool(h, 'notify-send', `echo "$*" >> "${h.path('notify.log')}"`);
  // notify-send is ours too: take its line back out of the count of login starts.
  const messages = await hour(h);
  const notes = existsSync(h.path('notify.log')) ? readFileSync(h.path('notify.log'), 'utf8').trim().split('\n') : [];
  assert.equal(starts(h) - notes.length, 1, 'one `aws sso login`');
  assert.equal(notes.length, 1);
  assert.match(notes[0]!, /Claude Code's AWS keepalive opened a sign-in for AWS profile "work"/);
  assert.equal(state(h).guard.last.kind, 'user');
  assert.match(messages.at(-1)!, /needs you: "Attempting to automatically open the SSO authorization page/);
});
