// Scenarios for the proactive side, on the real client in tmux:
// - proactive-warning: the prompt hook's warning shows on the interactive screen, the status bar counts down, and
//   the user's own status line keeps running inside ours with the JSON Claude Code sends.
// - zero-downtime: a key with 8 minutes left; the prompt hook starts the login in the background; the key then
//   dies on the server; the next prompt is answered with no error on screen, and exactly one login ran.
// Each has a baseline (no plugin, or the feature off) where the claim does not hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MODEL, Tui, sleep, withSandbox, type Sandbox } from './harness.ts';

const KEY_A = 'AKIDE2EPROACTIVEAAAA';
const KEY_B = 'AKIDE2EPROACTIVEBBBB';
const MIN = 60_000;
const LOGIN_CMD = 'saml2aws login --profile work';
const WARNING = /UserPromptSubmit says: AWS session \(profile work\) expires in 1[12]m — run: saml2aws login --profile work/;
// What a failed turn looks like on screen (the client's API error text).
const SCREEN_ERROR = /API Error|security token included in the request is expired|Failed to authenticate|\b403\b/;

/** Interactive claude whose status line replaces the "? for shortcuts" footer: ready once `ready` shows. */
async function startWithStatusLine(sb: Sandbox, ready: RegExp): Promise<Tui> {
  const tui = new Tui(sb, 'statusline', {});
  await tui.waitForText(ready, 30_000, 'the status line');
  return tui;
}

/** The user's own status line before ours: saves the JSON it gets and shows the model name from it. */
function userStatusLine(sb: Sandbox): string {
  const script = sb.write(
    'bin/my-statusline.mjs',
    `import { readFileSync, writeFileSync } from 'node:fs';\n` +
      `const raw = readFileSync(0, 'utf8');\n` +
      `writeFileSync(${JSON.stringify(sb.path('statusline-stdin.json'))}, raw);\n` +
      `console.log('MINE ' + JSON.parse(raw).model.display_name);\n`,
  );
  return `node "${script}"`;
}

test('proactive-warning baseline: without the plugin nothing warns and the bar has no timer', async (t) => {
  await withSandbox(t, { scenario: 'proactive-warning-baseline', credentials: { akid: KEY_A, expires: new Date(Date.now() + 12 * MIN + 50_000) } }, async (sb) => {
    sb.write('.claude/settings.json', `${JSON.stringify({ statusLine: { type: 'command', command: userStatusLine(sb) } }, null, 2)}\n`);
    const tui = await startWithStatusLine(sb, new RegExp(`MINE ${DEFAULT_MODEL[sb.client]}`));
    await tui.ask('first question');
    const screen = tui.snapshot('after-turn-1');
    assert.doesNotMatch(screen, /AWS session|UserPromptSubmit says/);
    assert.doesNotMatch(screen, /AWS: /);
    await tui.stop();
  });
});

test('proactive-warning: the warning is on screen, the bar counts down, the user\'s status line runs inside ours', async (t) => {
  // Turns whose request carried our note for the model (additionalContext).
  const noticed: number[] = [];
  const reply = (c: { n: number; body: Record<string, unknown> }) => {
    if (JSON.stringify(c.body).includes('cc-aws-keepalive notice for the user')) noticed.push(c.n);
    return `PONG-${c.n}`;
  };
  await withSandbox(
    t,
    {
      scenario: 'proactive-warning',
      credentials: { akid: KEY_A, expires: new Date(Date.now() + 12 * MIN + 50_000) },
      config: { profile: 'work', loginCmd: LOGIN_CMD },
      bedrock: { reply },
    },
    async (sb) => {
      // The user already has a status line; setup --statusline puts ours in front and keeps theirs (statusLineCmd).
      sb.write('.claude/settings.json', `${JSON.stringify({ statusLine: { type: 'command', command: userStatusLine(sb) } }, null, 2)}\n`);
      const plugin = await sb.installPlugin();
      const setup = sb.run(process.execPath, [join(plugin.cacheDir, 'dist', 'cli.cjs'), 'setup', '--statusline']);
      sb.keep('setup.txt', setup.out);
      const statusLine = sb.settings().statusLine as { command: string };
      assert.match(statusLine.command, /dist\/statusline\.cjs/);

      const bar = new RegExp(`MINE ${DEFAULT_MODEL[sb.client].replace('.', '\\.')} \\| AWS: 1[12]m`);
      const tui = await startWithStatusLine(sb, bar);
      tui.snapshot('status-bar');
      const n = await tui.ask('first question');
      assert.equal(n, 1, 'the prompt went through (never blocked)');
      const screen = await tui.waitForText(WARNING, 10_000, 'the hook warning');
      tui.snapshot('after-turn-1');
      assert.match(screen, bar);
      assert.deepEqual(noticed, [1], 'the model got the same facts (additionalContext) with the turn');

      // The user's command got exactly what Claude Code sends a status line.
      const got = JSON.parse(readFileSync(sb.path('statusline-stdin.json'), 'utf8')) as Record<string, any>;
      assert.equal(got.model?.display_name, DEFAULT_MODEL[sb.client]);
      assert.equal(got.workspace?.current_dir, sb.cwd);
      assert.match(String(got.session_id), /^[0-9a-f-]{36}$/);
      assert.ok('context_window' in got && 'cost' in got);
      await tui.stop();
    },
  );
});

/** Key A with 8 minutes left; an auto-login that writes key B (8 h) and logs each run with its time. */
function zeroDowntimeSetup(autoLoginMinutes: number) {
  return {
    credentials: { akid: KEY_A, expires: new Date(Date.now() + 8 * MIN) },
    bedrock: { validKeys: [KEY_B] },
    maxRetries: 2,
    config: (sb: Sandbox) => {
      const login = sb.write(
        'bin/fake-login.mjs',
        `import { appendFileSync, writeFileSync } from 'node:fs';\n` +
          `appendFileSync(${JSON.stringify(sb.path('logins.log'))}, Date.now() + '\\n');\n` +
          `writeFileSync(${JSON.stringify(sb.path('.aws/credentials'))}, ` +
          `'[work]\\naws_access_key_id = ${KEY_B}\\naws_secret_access_key = secret-of-${KEY_B}\\naws_session_token = token-of-${KEY_B}==\\n' + ` +
          `'x_security_token_expires = ' + new Date(Date.now() + 8 * 3600e3).toISOString() + '\\n');\n` +
          `console.log('Logged in as work');\n`,
      );
      sb.write('.config/cc-aws-keepalive/config.json', JSON.stringify({ profile: 'work', loginCmd: LOGIN_CMD, autoLoginCmd: `node "${login}"`, autoLoginMinutes }));
    },
  };
}
const logins = (sb: Sandbox) => (existsSync(sb.path('logins.log')) ? readFileSync(sb.path('logins.log'), 'utf8').split('\n').filter(Boolean).map(Number) : []);

async function waitForLogin(sb: Sandbox, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (logins(sb).length > 0) return true;
    await sleep(200);
  }
  return false;
}

test('zero-downtime baseline: with the proactive login off, nothing logs in before the key dies', async (t) => {
  const s = zeroDowntimeSetup(0);
  await withSandbox(t, { scenario: 'zero-downtime-baseline', credentials: s.credentials, bedrock: s.bedrock, maxRetries: s.maxRetries }, async (sb) => {
    await sb.installPlugin();
    s.config(sb);
    const tui = await sb.startTui();
    await tui.ask('first question');
    assert.equal(await waitForLogin(sb, 3_000), false, 'no login before expiry');
    tui.snapshot('after-turn-1');
    await tui.stop();
  });
});

test('zero-downtime: the prompt hook logs in before expiry; after the key dies the next prompt just works', async (t) => {
  const s = zeroDowntimeSetup(30);
  await withSandbox(t, { scenario: 'zero-downtime', credentials: s.credentials, bedrock: s.bedrock, maxRetries: s.maxRetries }, async (sb) => {
    await sb.installPlugin();
    s.config(sb);
    const tui = await sb.startTui();
    const pid = tui.pid();
    await tui.ask('first question');
    await tui.waitForText(/UserPromptSubmit says: AWS session \(profile work\) expires in [67]m — auto-login started in the background/, 10_000, 'the auto-login notice');
    assert.ok(await waitForLogin(sb, 15_000), 'the background login ran');
    tui.snapshot('after-turn-1');

    sb.bedrock.setKey(KEY_A, 'expired');
    const expiredAt = Date.now();
    sb.note('key A expired on the server');
    const mark = sb.bedrock.log().length;
    const n = await tui.ask('second question', 60_000);
    const screen = tui.snapshot('after-turn-2');

    assert.equal(n, 2);
    assert.equal(tui.pid(), pid, 'same process, no restart');
    const ran = logins(sb);
    assert.equal(ran.length, 1, `exactly one login ran: ${ran.join(', ')}`);
    assert.ok(ran[0]! < expiredAt, 'it ran before the key died');
    assert.doesNotMatch(screen, SCREEN_ERROR, 'no error on screen');
    assert.equal(sb.bedrock.log().slice(mark).find((e) => e.note === 'PONG-2')?.akid, KEY_B, `answered with the new key:\n${sb.bedrock.formatLog()}`);
    await tui.stop();
  });
});
