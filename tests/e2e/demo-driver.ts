// `npm run demo` (through demo.mjs): real Claude Code sessions through AWS credential expiry, shown step by step.
// No AWS account: the fake Bedrock on 127.0.0.1 plays AWS, a throwaway HOME plays your machine.
// On the latest verified client (default), which re-reads ~/.aws/credentials after a 403 by itself, the story is
// what only the plugin does there: one login before expiry for two sessions, and no 403 when the old key dies.
// `--client oldest` (2.1.197, which never re-reads the file) tells the older story: a re-login in another terminal
// reaches the running session only through the plugin.
import { join } from 'node:path';
import { DEBUG, ROOT, debugLines, sleep, withSandbox, type Client, type Sandbox, type Tui } from './harness.ts';
import type { LogEntry } from './fake-bedrock.ts';

const KEY_A = 'AKIADEMOAAAAAAAAAAAA';
const KEY_B = 'AKIADEMOBBBBBBBBBBBB';
const args = new Set(process.argv.slice(2));
const client: Client = args.has('--client') && process.argv.includes('oldest') ? 'oldest' : 'latest';
const FAKE_LOGIN = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');
const MIN = 60_000;
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint('1');
const dim = paint('2');
const green = paint('32');
const red = paint('31');
const cyan = paint('36');
const yellow = paint('33');

const say = (s = '') => process.stdout.write(`${s}\n`);
const step = (n: number, total: number, s: string) => say(`\n${bold(cyan(`[${n}/${total}]`))} ${bold(s)}`);
const detail = (s: string) => say(`      ${s}`);
const short = (akid: string | null) => (akid ? `…${akid.slice(-4)}` : '(none)');
const keyName = (akid: string | null) => (akid === KEY_A ? `key A ${dim(short(akid))}` : akid === KEY_B ? `key B ${dim(short(akid))}` : short(akid));

/** The conversation part of Claude Code's screen: between the banner and the input box. */
function conversation(screen: string): string[] {
  const lines = screen.split('\n').map((l) => l.replace(/\s+$/, ''));
  // 2.1.197 prints "Debug mode enabled" under its banner; 2.1.332 does not: start above the first prompt line then.
  const debugLine = lines.findIndex((l) => /Debug mode enabled/.test(l));
  const start = debugLine >= 0 ? debugLine : lines.findIndex((l) => /^❯ \S/.test(l)) - 1;
  let end = lines.length;
  for (let i = lines.length - 1; i > start; i--) {
    if (/^─{10,}/.test(lines[i]!) && /^─{10,}/.test(lines[i - 2] ?? '')) {
      end = i - 2;
      break;
    }
  }
  return lines.slice(start + 1, end).filter((l) => l.trim() !== '');
}

function showScreen(tui: Tui, from = 0): number {
  const conv = conversation(tui.screen({ scrollback: true }));
  for (const l of conv.slice(from)) detail(`${dim('│')} ${l}`);
  return conv.length;
}

function showRequests(entries: LogEntry[]): void {
  for (const e of entries.filter((x) => x.turn)) {
    const verdict = e.status === 200 ? green(`200 OK, answered ${e.note}`) : red(`${e.status} ${e.note.includes('expired') ? 'ExpiredToken' : e.note}`);
    detail(`${dim('fake Bedrock:')} ${keyName(e.akid)} → ${verdict}`);
  }
}

async function story(sb: Sandbox, withPlugin: boolean, total: number): Promise<boolean> {
  let n = 0;
  if (withPlugin) {
    step(++n, total, 'Install the plugin the way the README says (into the throwaway HOME)');
    const plugin = await sb.installPlugin();
    detail(`$ claude plugin marketplace add OWNER/cc-aws-keepalive   ${dim('(a local copy of this checkout stands in for GitHub)')}`);
    detail('$ claude plugin install cc-aws-keepalive@cc-aws-keepalive');
    detail(`$ node ~/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/${plugin.version}/dist/install.cjs`);
    const s = sb.settings();
    detail(`→ ~/.claude/settings.json now has awsCredentialExport = ${dim(String(s.awsCredentialExport).replace(sb.home, '~'))}`);
    if (s.awsAuthRefresh) detail(`                           and awsAuthRefresh      = ${dim(String(s.awsAuthRefresh).replace(sb.home, '~'))}`);
  }

  step(++n, total, 'Start Claude Code (a real, interactive session in a hidden terminal) and ask something');
  const tui = await sb.startTui();
  const pid = tui.pid();
  detail(`claude is running as pid ${pid}; its AWS profile "${sb.profile}" holds ${keyName(KEY_A)}`);
  const mark1 = sb.bedrock.log().length;
  await tui.ask('What is the answer?');
  let shown = showScreen(tui);
  showRequests(sb.bedrock.log().slice(mark1));

  step(++n, total, 'Time passes: the AWS session expires, and you log in again in another terminal');
  sb.bedrock.setKey(KEY_A, 'expired');
  sb.bedrock.setKey(KEY_B, 'valid');
  sb.writeCredentials({ akid: KEY_B, expires: new Date(Date.now() + 3600_000) });
  detail(`AWS now rejects ${keyName(KEY_A)} with 403 ExpiredToken`);
  detail(`~/.aws/credentials [${sb.profile}] now holds ${keyName(KEY_B)} ${dim('(what saml2aws / aws sso login / … would write)')}`);
  detail(`Claude Code itself still holds ${keyName(KEY_A)} in memory — it does not re-read that file on its own.`);

  step(++n, total, `Same Claude Code process (pid ${pid}), next question`);
  const mark2 = sb.bedrock.log().length;
  const debugMark = Date.now();
  const result = await tui.askOrError('Still there?', 90_000);
  const answered = result.ok;
  await sleep(500);
  shown = showScreen(tui, shown);
  showRequests(sb.bedrock.log().slice(mark2));
  const cc = [DEBUG.refreshRun, DEBUG.refreshSkipped, DEBUG.exportRun, DEBUG.cacheCleared];
  const lines = debugLines(tui.debugFile, new RegExp(cc.map((r) => r.source).join('|'))).filter((l) => l.t >= debugMark);
  for (const l of lines) detail(`${dim('Claude Code debug log:')} ${l.text.replace(/^\[DEBUG\] /, '')}`);

  if (answered) {
    const same = tui.pid() === pid;
    say();
    detail(green(bold(`✔ Answered by the same process (pid ${tui.pid()}${same ? ', no restart' : ''}) with ${keyName(KEY_B)}.`)));
    detail(`  The 403 made Claude Code run awsAuthRefresh and then awsCredentialExport — ours, which read the fresh key`);
    detail(`  from ~/.aws/credentials — and retry the request. Your conversation and its context are intact.`);
  } else {
    say();
    detail(red(bold('✘ The prompt failed: Claude Code kept signing with the expired key it had cached.')));
    detail(`  ${dim('Real sessions retry ~10 times over ~3 minutes first; here CLAUDE_CODE_MAX_RETRIES=2 keeps it short.')}`);
    detail('  The only way out without the plugin is to quit and restart Claude Code, losing the session.');
  }
  return answered;
}

/** Each turn the fake Bedrock saw since `mark`, as `session: key → verdict`. */
function showTurns(sb: Sandbox, mark: number): void {
  showRequests(sb.bedrock.log().slice(mark));
}

/**
 * The current client's story. Key A has under 7 minutes left. With the plugin: the first prompt in session 1 starts
 * the auto-login in the background (key B), session 2 finds it done or running (one login); Claude Code re-exports
 * 5 minutes before A's Expiration and moves both sessions to B while A still works; when A dies, nothing happens.
 * Without it: nothing warns, nobody logs in, and when A dies both sessions' next prompts fail.
 */
async function currentStory(sb: Sandbox, withPlugin: boolean, total: number): Promise<boolean> {
  let n = 0;
  const expires = new Date(Date.now() + 6 * MIN + 50_000);
  sb.writeCredentials({ akid: KEY_A, expires });
  if (withPlugin) {
    step(++n, total, 'Install the plugin the way the README says, with an autoLoginCmd (into the throwaway HOME)');
    const plugin = await sb.installPlugin();
    detail(`$ claude plugin install cc-aws-keepalive@cc-aws-keepalive; node …/${plugin.version}/dist/install.cjs`);
    const env = `FAKE_LOGIN_PROFILE=${sb.profile} FAKE_LOGIN_KEY=${KEY_B} FAKE_LOGIN_DELAY_MS=4000 FAKE_LOGIN_COUNT="$HOME/logins.txt"`;
    sb.write('.config/cc-aws-keepalive/config.json', `${JSON.stringify({ profile: sb.profile, autoLoginCmd: `${env} node "${FAKE_LOGIN}"` }, null, 2)}\n`);
    detail(`config: autoLoginCmd = ${dim('a stand-in for `saml2aws login --skip-prompt` (writes key B after a 4 s "MFA push")')}`);
  }

  step(++n, total, `Start two Claude Code sessions; ${keyName(KEY_A)} expires at ${expires.toISOString().slice(11, 19)} UTC (in under 7 minutes)`);
  const tuis = [await sb.startTui({ name: 'session-1' }), await sb.startTui({ name: 'session-2' })];
  detail(`session 1 is pid ${tuis[0]!.pid()}, session 2 is pid ${tuis[1]!.pid()}; both loaded ${keyName(KEY_A)}`);

  step(++n, total, 'Ask something in each session');
  let mark = sb.bedrock.log().length;
  const shown = [0, 0];
  for (const [i, tui] of tuis.entries()) {
    await tui.ask(`Question ${i + 1}`, 60_000);
    detail(bold(`session ${i + 1}:`));
    shown[i] = showScreen(tui);
  }
  showTurns(sb, mark);
  if (withPlugin) {
    const end = Date.now() + 30_000;
    while (logins(sb) === 0 && Date.now() < end) await sleep(200);
    await sleep(4_500);
    detail(`logins run so far: ${bold(String(logins(sb)))} ${dim('(one for both sessions)')}; ~/.aws/credentials now holds ${keyName(KEY_B)}`);
  } else {
    detail('Nothing warned you, and nothing logged in.');
  }

  if (withPlugin) {
    step(++n, total, `Claude Code re-exports 5 minutes before Expiration; wait for that (${Math.round((expires.getTime() - 5 * MIN - Date.now()) / 1000)} s), then ask again`);
    await sleep(Math.max(0, expires.getTime() - 5 * MIN - Date.now() + 3_000));
    mark = sb.bedrock.log().length;
    // The first turn after the cache lifetime still carries A (stale-while-revalidate) and sets off the export.
    for (const [i, tui] of tuis.entries()) {
      await tui.ask(`Question ${i + 3}`, 60_000);
      shown[i] = showScreen(tui, shown[i]);
    }
    showTurns(sb, mark);
  }

  step(++n, total, `${keyName(KEY_A)} expires: AWS now rejects it with 403 ExpiredToken. Ask in each session once more`);
  sb.bedrock.setKey(KEY_A, 'expired');
  mark = sb.bedrock.log().length;
  const results: boolean[] = [];
  for (const [i, tui] of tuis.entries()) {
    const r = await tui.askOrError(`Still there? (${i + 1})`, 90_000);
    results.push(r.ok);
    await sleep(300);
    detail(bold(`session ${i + 1}:`));
    shown[i] = showScreen(tui, shown[i]);
  }
  showTurns(sb, mark);
  const refused = sb.bedrock.log().filter((e) => e.turn && e.status === 403).length;
  const ok = results.every(Boolean) && refused === 0 && (!withPlugin || logins(sb) === 1);
  say();
  if (withPlugin && ok) {
    detail(green(bold(`✔ Both sessions answered with ${keyName(KEY_B)}; AWS refused no request at all, and one login served both.`)));
    detail('  This client would re-read the file after a 403 on its own — but only if someone had logged in. The plugin');
    detail('  logged in before expiry, once, and Claude Code moved to the new key before the old one died.');
  } else if (!withPlugin && !results.some(Boolean)) {
    detail(red(bold(`✘ Both prompts failed (${refused} requests refused with 403): nobody had logged in.`)));
    detail('  On this client each session would recover after its next 403 once you log in by hand — but each one first');
    detail('  fails, and you learn about the expiry from the error.');
  }
  return withPlugin ? ok : !results.some(Boolean);
}

const logins = (sb: Sandbox) => {
  try {
    return sb.read('logins.txt').trim().split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
};

async function main(): Promise<number> {
  const withBaseline = !args.has('--no-baseline');
  const current = client === 'latest';
  say(bold(current ? 'cc-aws-keepalive demo: AWS credential expiry becomes a non-event in real Claude Code sessions' : 'cc-aws-keepalive demo: a real Claude Code session survives AWS credential expiry'));
  say(dim('Everything runs against a fake AWS on 127.0.0.1 in a throwaway HOME; your own ~/.claude and ~/.aws are not touched.'));
  say(dim(`Claude Code: the ${current ? 'latest verified (claude-code-latest' : 'oldest supported (@anthropic-ai/claude-code'} in node_modules). Takes about ${current ? (withBaseline ? 4 : 3) + ' minutes' : (withBaseline ? 40 : 25) + ' seconds'}.`));

  const ok = await withSandbox(null, { scenario: 'demo', client, credentials: { akid: KEY_A }, bedrock: { validKeys: current ? [KEY_B] : [] } }, async (sb) => {
    say(`\n${bold('Setup:')} fake Bedrock + STS at ${sb.bedrock.url}; HOME=${sb.home}`);
    const rescued = current ? await currentStory(sb, true, 5) : await story(sb, true, 4);
    if (args.has('--keep')) say(dim(`\nkept: ${sb.saveEvidence('demo (--keep)')}`));
    return rescued;
  });

  let baselineFailed = true;
  if (withBaseline) {
    say(`\n${bold(yellow('For comparison: the same story without the plugin'))}`);
    baselineFailed = await withSandbox(null, { scenario: 'demo-baseline', client, credentials: { akid: KEY_A }, maxRetries: 2 }, async (sb) =>
      current ? currentStory(sb, false, 3) : !(await story(sb, false, 3)),
    );
  }
  say();
  if (ok && baselineFailed) {
    say(green(bold(current ? 'Demo finished: with the plugin the key changed before it expired, with one login and no 403.' : 'Demo finished: with the plugin the session recovered without a restart.')));
    say(dim('Everything the demo started has been stopped and its temporary files removed.'));
    return 0;
  }
  say(red(bold('Demo did not go as expected — see the evidence path printed above, or run `npm test` for details.')));
  return 1;
}

// Ctrl-C: the harness stops Claude Code (it runs under tmux, out of the terminal's reach) and removes the HOME.

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`\n${red('demo failed:')} ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
