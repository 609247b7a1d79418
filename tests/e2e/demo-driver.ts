// `npm run demo` (through demo.mjs): a real Claude Code session survives AWS credential expiry, shown step by step.
// No AWS account: the fake Bedrock on 127.0.0.1 plays AWS, a throwaway HOME plays your machine.
import { DEBUG, debugLines, sleep, withSandbox, type Sandbox, type Tui } from './harness.ts';
import type { LogEntry } from './fake-bedrock.ts';

const KEY_A = 'AKIADEMOAAAAAAAAAAAA';
const KEY_B = 'AKIADEMOBBBBBBBBBBBB';
const args = new Set(process.argv.slice(2));
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
  const start = lines.findIndex((l) => /Debug mode enabled/.test(l));
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
    detail(`$ node ~/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/${plugin.version}/dist/install.mjs`);
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

async function main(): Promise<number> {
  const withBaseline = !args.has('--no-baseline');
  say(bold('cc-aws-keepalive demo: a real Claude Code session survives AWS credential expiry'));
  say(dim('Everything runs against a fake AWS on 127.0.0.1 in a throwaway HOME; your own ~/.claude and ~/.aws are not touched.'));
  say(dim(`Claude Code: node_modules/.bin/claude (the pinned @anthropic-ai/claude-code). Takes about ${withBaseline ? 40 : 25} seconds.`));

  const ok = await withSandbox(null, { scenario: 'demo', credentials: { akid: KEY_A } }, async (sb) => {
    say(`\n${bold('Setup:')} fake Bedrock + STS at ${sb.bedrock.url}; HOME=${sb.home}`);
    const rescued = await story(sb, true, 4);
    if (args.has('--keep')) say(dim(`\nkept: ${sb.saveEvidence('demo (--keep)')}`));
    return rescued;
  });

  let baselineFailed = true;
  if (withBaseline) {
    say(`\n${bold(yellow('For comparison: the same story without the plugin'))}`);
    baselineFailed = await withSandbox(null, { scenario: 'demo-baseline', credentials: { akid: KEY_A }, maxRetries: 2 }, async (sb) => !(await story(sb, false, 3)));
  }
  say();
  if (ok && baselineFailed) {
    say(green(bold('Demo finished: with the plugin the session recovered without a restart.')));
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
