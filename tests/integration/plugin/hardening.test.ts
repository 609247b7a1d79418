// Defects found by feeding the bundles odd inputs as a new user would (issue #14): each test here failed before
// its fix. The broad sweep over generated inputs is tests/robustness/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { makeFakeHome, type FakeHome } from '../../helpers/fake-home.ts';
import { entryFile, heldPipe, NODE, runEntry } from '../../helpers/run-entry.ts';

const HOUR = 3_600_000;
const creds = (expires: string, profile = 'work') =>
  `[${profile}]\naws_access_key_id = ASIAHARDEN0000000001\naws_secret_access_key = SECRETHARDEN\naws_session_token = TOKENHARDEN\nx_security_token_expires = ${expires}\n`;
const CONFIG = '.config/cc-aws-keepalive/config.json';
const config = (h: FakeHome, c: Record<string, unknown>) => h.write(CONFIG, JSON.stringify({ profile: 'work', ...c }));
const bedrock = (h: FakeHome) => ({ ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' });
const PROMPT = '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}';
const noFifo = process.platform === 'win32' ? 'no FIFOs on Windows' : false;
const mkfifo = (p: string) => assert.equal(spawnSync('mkfifo', [p]).status, 0, `mkfifo ${p}`);

for (const entry of ['prompt-submit', 'statusline']) {
  test(`${entry}: a writer that never closes stdin does not hold the process past the read deadline`, async (t) => {
    const h = makeFakeHome(t, { '.aws/credentials': creds(new Date(Date.now() + 4 * HOUR).toISOString()) });
    config(h, {});
    // Before: the thread-pool read of fd 0 kept the process alive until the writer closed (here: never).
    const r = await runEntry(entry, { env: bedrock(h), stdin: '{"session_id":"s"', holdStdin: true, timeoutMs: 15_000 });
    assert.equal(r.code, 0, `exited by itself (${r.ms} ms): ${r.stderr}`);
    assert.ok(r.ms < 8_000, `took ${r.ms} ms`);
  });
}

test('statusline: with stdin held open and its own command running, SIGTERM ends it at once', { skip: noFifo }, async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds(new Date(Date.now() + 4 * HOUR).toISOString()) });
  const started = h.path('started');
  config(h, { statusLineCmd: `touch "${started}"; sleep 30` });
  const held = heldPipe('{"session_id":"s"');
  t.after(held.close);
  const child = spawn(NODE, [entryFile('statusline')], { env: h.env, stdio: [held.fd, 'ignore', 'ignore'] });
  const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((r) => child.on('exit', (code, signal) => r({ code, signal, at: Date.now() })));
  // Past the stdin deadline, with its command running: SIGTERM now must reach our handler and end the run.
  for (const until = Date.now() + 15_000; !existsSync(started) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
  assert.ok(existsSync(started), 'the status line command ran');
  const sent = Date.now();
  child.kill('SIGTERM');
  // Before: the pending read of fd 0 held process.exit, so the process outlived SIGTERM indefinitely.
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const { code, signal, at } = await exited;
  clearTimeout(killer);
  assert.equal(code, 143, `ended by its SIGTERM handler, not ${signal ?? code}`);
  assert.ok(at - sent < 5_000, `took ${at - sent} ms after SIGTERM`);
});

for (const entry of ['prompt-submit', 'statusline']) {
  test(`${entry}: a socket on stdin (what Claude Code gives) held open without an end is ended by SIGTERM at once`, async (t) => {
    const h = makeFakeHome(t, { '.aws/credentials': creds(new Date(Date.now() + 4 * HOUR).toISOString()) });
    config(h, { statusLineCmd: 'sleep 30' });
    const child = spawn(NODE, [entryFile(entry)], { env: bedrock(h), stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.write('{"session_id":"s"');
    const exited = new Promise<{ signal: string | null; at: number }>((r) => child.on('exit', (_c, signal) => r({ signal, at: Date.now() })));
    await new Promise((r) => setTimeout(r, 1_500));
    // The client's hook timeout (or the next status line run) sends SIGTERM: nothing of ours may survive it.
    const sent = Date.now();
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const { signal, at } = await exited;
    clearTimeout(killer);
    child.stdin.destroy();
    assert.equal(signal, 'SIGTERM', 'ended by the signal, not by our SIGKILL');
    assert.ok(at - sent < 2_000, `took ${at - sent} ms after SIGTERM`);
  });
}

test('a FIFO at ~/.aws/credentials or at the config path: every entry ends with a message naming it', { skip: noFifo }, async (t) => {
  for (const where of ['.aws/credentials', CONFIG]) {
    const h = makeFakeHome(t, { '.aws/credentials': creds(new Date(Date.now() + 4 * HOUR).toISOString()) });
    if (where === CONFIG) mkdirSync(h.path('.config/cc-aws-keepalive'), { recursive: true });
    else config(h, {});
    spawnSync('rm', ['-f', h.path(where)]);
    mkfifo(h.path(where));
    const env = { ...bedrock(h), CC_KEEPALIVE_DEADLINE_MS: '5000' };
    const runs = await Promise.all([
      runEntry('export-credentials', { env, timeoutMs: 10_000 }),
      runEntry('prompt-submit', { env, stdin: PROMPT, timeoutMs: 10_000 }),
      runEntry('statusline', { env, stdin: '{}', timeoutMs: 10_000 }),
      runEntry('cli', { env, args: ['status'], timeoutMs: 10_000 }),
    ]);
    for (const r of runs) assert.notEqual(r.code, null, `${where}: an entry hung (killed after ${r.ms} ms)`);
    const fifo = h.path(where);
    assert.match(runs[0]!.stderr, new RegExp(`${fifo.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is a named pipe \\(FIFO\\), not a regular file`));
    assert.equal(runs[1]!.code, 0);
    assert.equal(runs[2]!.code, 0);
  }
});

test('a login tool rewriting ~/.aws/credentials in place (truncate, then write) never makes the export fail', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds(new Date(Date.now() + 4 * HOUR).toISOString()) });
  config(h, {});
  const body = creds(new Date(Date.now() + 4 * HOUR).toISOString()) + `x_padding = ${'p'.repeat(500)}\n`;
  // Rewrites back to back, each in two writes 3 ms apart (a tool writing line by line): the file is incomplete
  // about half the time, so a single read fails about every other export.
  const loop = `const fs=require('fs');const f=process.argv[1];const b=${JSON.stringify(body)};const nap=(ms)=>Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,ms);for(;;){const fd=fs.openSync(f,'r+');fs.ftruncateSync(fd,0);fs.writeSync(fd,b.slice(0,60),0);nap(3);fs.writeSync(fd,b.slice(60),60);fs.closeSync(fd);nap(3);}`;
  const writer = spawn(NODE, ['-e', loop, h.path('.aws/credentials')], { stdio: 'ignore' });
  t.after(() => void writer.kill('SIGKILL'));
  let failed = 0;
  const errors: string[] = [];
  for (let i = 0; i < 20; i++) {
    const r = await runEntry('export-credentials', { env: h.env });
    if (r.code !== 0) {
      failed++;
      errors.push(r.stderr.trim());
    }
  }
  writer.kill('SIGKILL');
  assert.equal(failed, 0, errors.join('\n'));
});

test('a settings.json nested 10 000 levels deep: install and setup refuse with a clear message, write nothing', async (t) => {
  const h = makeFakeHome(t);
  const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  const file = h.write('.claude/settings.json', deep);
  for (const [entry, args] of [['install', []], ['cli', ['setup']]] as const) {
    const r = await runEntry(entry, { env: h.env, args: [...args] });
    assert.equal(r.code, 1);
    const all = r.stdout + r.stderr;
    assert.match(all, /settings\.json:1:\d+: nested more than 256 levels deep/);
    assert.doesNotMatch(all, /Maximum call stack/);
    assert.equal(readFileSync(file, 'utf8'), deep);
    assert.equal(existsSync(h.path(CONFIG)), false, 'no config created before the refusal');
  }
});

test('install refuses an unparsable settings.json before creating config.json', async (t) => {
  const h = makeFakeHome(t, { '.claude/settings.json': '{"a": 1,,}' });
  const r = await runEntry('install', { env: h.env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /settings\.json:1:\d+: not valid JSON/);
  assert.equal(existsSync(h.path(CONFIG)), false);
  assert.doesNotMatch(r.stdout, /created/);
});

test('a directory at the lock path is taken over, not waited on until the deadline', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds('2020-01-01T00:00:00Z') });
  const fresh = creds(new Date(Date.now() + 4 * HOUR).toISOString());
  const login = h.write('login.cjs', `require('fs').writeFileSync(${JSON.stringify(h.path('.aws/credentials'))}, ${JSON.stringify(fresh)});`);
  config(h, { autoLoginCmd: `"${process.execPath}" "${login}"` });
  mkdirSync(h.path('.local/state/cc-aws-keepalive/work.lock'), { recursive: true });
  const r = await runEntry('auth-refresh', { env: { ...h.env, CC_KEEPALIVE_DEADLINE_MS: '30000' }, timeoutMs: 40_000 });
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /Took over the login lock .*work\.lock is not a lock file/);
  assert.ok(r.ms < 15_000, `took ${r.ms} ms`);
});

test('an expiry more than a year ahead shows as "far future", not as days', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds('2999-01-01T00:00:00Z') });
  config(h, {});
  const r = await runEntry('statusline', { env: h.env, stdin: '{}' });
  assert.equal(r.stdout, 'AWS: far future\n');
  const s = await runEntry('cli', { env: h.env, args: ['status'] });
  assert.match(s.stdout, /expiry +more than a year left/);
});

test('a date no calendar has (30 February) is not read as 2 March', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds('2027-02-30T00:00:00Z') });
  config(h, {});
  const r = await runEntry('statusline', { env: h.env, stdin: '{}' });
  assert.equal(r.stdout, '', 'unknown expiry: nothing shown');
  const s = await runEntry('cli', { env: h.env, args: ['status'] });
  assert.match(s.stdout, /not a time we understand/);
});

test('escape sequences in the user\'s loginCmd never reach systemMessage or the CLI raw', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds(new Date(Date.now() + 10 * 60_000).toISOString()) });
  config(h, { loginCmd: 'saml2aws login\u001b]0;pwned\u0007\u001b[2J\u009b31m --force' });
  const r = await runEntry('prompt-submit', { env: bedrock(h), stdin: PROMPT });
  const msg = (JSON.parse(r.stdout) as { systemMessage: string }).systemMessage;
  assert.match(msg, /run: saml2aws login\]0;pwned\[2J31m --force/);
  assert.doesNotMatch(msg, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  const s = await runEntry('cli', { env: h.env, args: ['doctor'] });
  assert.doesNotMatch(s.stdout, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
});

test('a config number out of range is clamped with a message (loginTimeoutSeconds 5 → 10)', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds(new Date(Date.now() + 4 * HOUR).toISOString()) });
  config(h, { loginTimeoutSeconds: 5 });
  const r = await runEntry('prompt-submit', { env: bedrock(h), stdin: PROMPT });
  assert.match(r.stdout, /\\"loginTimeoutSeconds\\" is 5, outside 10–160 — using 10/);
});

test('cli and install piped into a reader that stops early (| head -c 1): no stack trace', { skip: noFifo }, async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': creds(new Date(Date.now() + 4 * HOUR).toISOString()) });
  config(h, {});
  for (const cmd of [`"${entryFile('cli')}" doctor`, `"${entryFile('cli')}" status`, `"${entryFile('install')}" --dry-run`]) {
    for (let i = 0; i < 3; i++) {
      const r = spawnSync('sh', ['-c', `"${NODE}" ${cmd} | head -c 1 >/dev/null`], { env: h.env, encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.stderr, '', cmd);
    }
  }
});
