// `/aws-keepalive doctor`: every check with ✓/✗/! and, for each problem, the fix. Pure: facts come from
// flows/status/status-facts.ts (plus where the commands' programs were found on PATH).
import { displayCommand } from '../settings/command-path.ts';
import { decideExpiry, formatDuration } from '../aws/expiry.ts';
import { describeConfigKind, describeGuard, describeLastLogin, describeLock, describeExpirySource, type StatusFacts } from './status-report.ts';
import { describeWireState } from '../settings/wiring.ts';
import { describeClient } from '../settings/client-compat.ts';
import { bedrockEnvChecks, type EnvLayer } from './bedrock-env.ts';

export interface DoctorFacts extends StatusFacts {
  nodeVersion: string;
  /** Where `node` resolves on PATH (what the hooks and settings.json commands run), null when it does not. */
  nodeOnPath: string | null;
  /** What Claude Code builds its environment from, lowest first: its process environment, then each settings `env`. */
  claudeEnv: EnvLayer[];
  /** The first word of autoLoginCmd / statusLineCmd and where it resolved (null: not found). */
  autoLoginProgram: { word: string; found: string | null } | null;
  statusLineProgram: { word: string; found: string | null } | null;
  /** The desktop notifier MFA notifications need (null: `notify` off or no autoLoginCmd), and where it resolved. */
  notifier?: { word: string; found: string | null } | null;
  /** awsCredentialExport / awsAuthRefresh set by the project's own settings files, which win over the user's. */
  projectOverrides: { file: string; key: string; command: string; ours: boolean }[];
  /** `claude --version`, or null when no claude answered. */
  claudeVersion: string | null;
  /** Windows only: the Git Bash Claude Code runs the plugin's hooks with, null when it finds none; absent elsewhere. */
  gitBash?: string | null;
  /** Each AWS endpoint this profile uses: how requests reach it (proxy, extra CA) and whether it answered (nothing sent). */
  network?: NetworkCheck[];
}

export interface NetworkCheck {
  /** "STS", "IAM Identity Center portal", "IAM Identity Center OIDC". */
  name: string;
  host: string;
  /** `direct`, `direct (NO_PROXY: .corp)`, `proxy http://user:***@host:3128 (HTTPS_PROXY)`. */
  via: string;
  /** `/path/ca.pem (AWS_CA_BUNDLE)`, or null: the system store (with NODE_EXTRA_CA_CERTS). */
  ca: string | null;
  ok: boolean;
  /** Why not, when not ok (already names the endpoint). */
  problem?: string;
}

export interface Check {
  status: 'ok' | 'fail' | 'warn';
  title: string;
  fix?: string;
}

const SETUP = '/aws-keepalive setup';

export function runDoctor(f: DoctorFacts): Check[] {
  const checks: Check[] = [];
  const add = (status: Check['status'], title: string, fix?: string) => checks.push(fix ? { status, title, fix } : { status, title });

  const major = Number(f.nodeVersion.split('.')[0]);
  add(major >= 18 ? 'ok' : 'fail', `Node.js ${f.nodeVersion}${major >= 18 ? '' : ' is too old'}`, major >= 18 ? undefined : 'install Node.js 18 or newer (the one Claude Code runs hooks with)');
  // The hooks and our settings.json commands start `node` from PATH; without it they only say that it is missing.
  if (f.nodeOnPath === null) add('fail', 'no node on PATH: the hooks and the awsCredentialExport/awsAuthRefresh/statusLine commands cannot start', 'install Node.js 18 or newer so that node is on PATH (the PATH Claude Code starts with), then restart Claude Code');

  // Claude Code runs hooks with Git Bash on Windows, else PowerShell, which cannot parse our hooks' node guard
  // (`command -v node || {…}; exec node …`); hooks.json asks for bash, so the client names this same fix itself.
  if (f.gitBash === null) add('fail', 'Windows without Git Bash: Claude Code cannot run the plugin\'s hooks (they need bash)', 'install Git for Windows (https://git-scm.com/downloads/win), or set CLAUDE_CODE_GIT_BASH_PATH to its bash.exe, then restart Claude Code');
  else if (f.gitBash) add('ok', `Git Bash for the hooks: ${f.gitBash}`);

  checks.push(...bedrockEnvChecks(f.claudeEnv, f.settingsFile));

  const client = describeClient(f.claudeVersion);
  add(client.status, client.title, client.fix);

  if (!f.configFile) add('warn', `no config file; defaults in use`, `run ${SETUP} to create ${f.configPath}`);
  else if (f.configWarnings.length === 0) add('ok', `config ${f.configFile} is valid`);
  for (const w of f.configWarnings) add('fail', `config: ${w}`, `edit ${f.configFile ?? f.configPath}`);

  const src = f.source;
  const code = src.ok ? null : src.error.code;
  if (src.ok) {
    add('ok', `profile "${f.profile.name}" found in ${src.value.file}${src.value.configKind ? ` (${src.value.configKind})` : ''}`);
    add('ok', src.value.kind === 'file' ? 'session token present' : `credentials: ${describeConfigKind(src.value.configKind, src.value.ssoSession)}`);
  } else if (code === 'NO_SESSION_TOKEN') {
    add('ok', `profile "${f.profile.name}" found`);
    add('fail', src.error.message, src.error.hint);
  } else {
    add('fail', src.error.message, src.error.hint);
  }

  if (f.profileNote) add('warn', f.profileNote);
  if (src.ok) {
    const e = src.value.expiry;
    if (e.expiresAt !== null && e.estimate) add('warn', `expiry estimated, not recorded (${describeExpirySource(e)})`, 'set ssoSessionHours to your organisation\'s IAM Identity Center session duration; a refused renewal replaces the estimate with the truth');
    else if (e.expiresAt !== null) add('ok', `expiry detected (${describeExpirySource(e)})`);
    else if (src.value.kind === 'file') add('warn', `expiry not detected: ${e.reason}`, 'set "expirationField" to the field your login tool writes, or warnings before expiry cannot work (STS still tells valid from expired)');
    else add('warn', `expiry not known in advance: ${e.reason}`);
    const d = decideExpiry({ now: f.now, expiresAt: e.expiresAt, warnMinutes: f.config.warnMinutes, autoLoginMinutes: f.config.autoLoginMinutes, hasAutoLogin: f.config.autoLoginCmd.trim() !== '' });
    if (d.action === 'expired') add('fail', `credentials expired ${formatDuration(-d.remainingMs!)} ago`, 'run /aws-keepalive login, or your loginCmd in a terminal');
    else if (d.action === 'unknown') {
      if (f.sts) add(f.sts.valid ? 'ok' : 'fail', `STS ${f.sts.valid ? 'accepted' : 'rejected'} the credentials (${f.sts.reason})`, f.sts.valid ? undefined : 'run /aws-keepalive login, or your loginCmd in a terminal');
      else add('warn', 'validity not checked yet (no expiry, no STS answer recorded)');
    } else add(d.action === 'ok' ? 'ok' : 'warn', `credentials valid: ${d.reason}`);
  }

  if (f.settings.state === 'invalid') add('fail', `settings.json is not valid JSON: ${f.settings.problem}`, 'fix that line (Claude Code cannot read the file either)');
  if (f.settings.state === 'missing') add('fail', `${f.settingsFile} does not exist`, `run ${SETUP}`);
  for (const w of f.wires) {
    if (w.key === 'statusLine') continue;
    const s = w.state;
    if (s.state === 'current') add('ok', `${w.key} wired to this version`);
    else if (s.state === 'foreign') add('fail', `${w.key} runs another command: ${displayCommand(w.command ?? '')}`, `${SETUP} --force replaces it (saved; --uninstall puts it back)`);
    else if (s.state === 'elsewhere') add('warn', `${w.key} ${describeWireState(s)}, not this version (${f.root})`, `${SETUP} if this version is the one you use`);
    else add('fail', `${w.key} ${describeWireState(s)}`, `run ${SETUP}`);
  }

  for (const o of f.projectOverrides) {
    if (o.ours) add('ok', `${o.file} sets ${o.key} to cc-aws-keepalive too`);
    else add('fail', `${o.file} sets ${o.key} for this project (${displayCommand(o.command)}), which wins over your settings.json`, `remove "${o.key}" there, or run setup inside it`);
  }

  const auto = f.config.autoLoginCmd.trim();
  if (!auto) add('warn', 'autoLoginCmd not set: after expiry you log in by hand', `/aws-keepalive setup --login <your tool> writes one (saml2aws, aws-azure-login, okta-aws-cli, …; docs/login-tools.md)`);
  else if (f.autoLoginProgram && !f.autoLoginProgram.found) add('fail', `autoLoginCmd: "${f.autoLoginProgram.word}" is not on PATH`, 'use the full path of the program (hooks may run with a shorter PATH than your shell)');
  else add('ok', `autoLoginCmd found${f.autoLoginProgram?.found ? ` (${f.autoLoginProgram.found})` : ''}; /aws-keepalive login --test runs it as Claude Code will`);
  if (f.notifier && !f.notifier.found) {
    add('warn', `notify: "${f.notifier.word}" is not on PATH, so an MFA prompt during a login shows no desktop notification`, f.notifier.word === 'notify-send' ? 'install notify-send (libnotify-bin / libnotify), or set "notify": false' : `set "notify": false in ${f.configFile ?? f.configPath} to silence this`);
  }
  for (const hint of loginToolHints(auto)) add('warn', hint.problem, hint.fix);
  if (!f.config.loginCmd.trim() && !auto) add('warn', 'loginCmd not set: warnings cannot show the exact login command', `set "loginCmd" in ${f.configFile ?? f.configPath}`);

  const sl = f.wires.find((w) => w.key === 'statusLine');
  if (sl) {
    const s = sl.state;
    if (s.state === 'unset') add('ok', 'status line: not used (optional: /aws-keepalive setup --statusline shows the countdown)');
    else if (s.state === 'foreign') add('ok', `status line: yours (${displayCommand(sl.command ?? '')}); ${SETUP} --statusline adds our countdown and keeps yours inside`);
    else if (s.state === 'current') {
      const inner = f.config.statusLineCmd.trim();
      if (!inner) add('ok', 'status line: ours');
      else if (f.statusLineProgram && !f.statusLineProgram.found) add('fail', `status line: ours, composed with statusLineCmd, but "${f.statusLineProgram.word}" is not on PATH`, `fix "statusLineCmd" in ${f.configFile ?? f.configPath}`);
      else add('ok', `status line: ours, with yours inside (statusLineCmd: ${displayCommand(inner)})`);
    } else add('fail', `status line ${describeWireState(s)}`, `run ${SETUP}`);
  }

  for (const n of f.network ?? []) {
    const how = `${n.via}${n.ca ? `, extra CA ${n.ca}` : ''}`;
    if (n.ok) add('ok', `${n.name} at ${n.host} reachable — ${how}`);
    // Credentials of an Identity Center profile come through the portal and OIDC; STS only confirms them.
    else add(n.name === 'STS' ? 'warn' : 'fail', `${n.name}: ${n.problem} — ${how}`, 'set HTTPS_PROXY/NO_PROXY and AWS_CA_BUNDLE (or ca_bundle in ~/.aws/config) where Claude Code starts (docs/network.md)');
  }

  if (f.lock.state === 'free') add('ok', 'login lock free');
  else add('warn', `login lock ${describeLock(f.lock, f.now)}`);
  const g = f.guard;
  if (g?.failure) {
    const [what, fix] = describeGuard(g, f.now);
    add('fail', what!, fix!.replace(/^\s*→\s*/, ''));
  } else if (g && g.ceilingUntil !== null) add('warn', describeGuard(g, f.now).join('; '));
  else if (f.lastLogin && (f.lastLogin.exitCode !== 0 || f.lastLogin.timedOut)) {
    add('fail', `last auto-login ${describeLastLogin(f.lastLogin, f.now)}`, 'run node <plugin>/dist/cli.cjs login --test in a terminal: it runs autoLoginCmd as Claude Code does and names the fix');
  }
  return checks;
}

/** Flags real login tools need to work unattended and to refresh before expiry (their own docs and sources). */
export function loginToolHints(cmd: string): { problem: string; fix: string }[] {
  const out: { problem: string; fix: string }[] = [];
  const has = (flag: RegExp) => flag.test(cmd);
  if (/\bsaml2aws\b/.test(cmd) && /\blogin\b/.test(cmd)) {
    if (!has(/--force\b/)) out.push({ problem: 'saml2aws keeps still-valid credentials unless given --force, so a login before expiry changes nothing', fix: 'add --force to autoLoginCmd' });
    if (!has(/--skip-prompt\b/)) out.push({ problem: 'saml2aws asks for input without --skip-prompt; auto-login has no terminal', fix: 'add --skip-prompt to autoLoginCmd' });
  }
  if (/\baws-azure-login\b/.test(cmd)) {
    if (!has(/--no-prompt\b/)) out.push({ problem: 'aws-azure-login asks for input without --no-prompt; auto-login has no terminal', fix: 'add --no-prompt to autoLoginCmd' });
    if (!has(/--force-refresh\b/)) out.push({ problem: 'aws-azure-login refreshes only under 11 minutes left unless given --force-refresh', fix: 'add --force-refresh to autoLoginCmd' });
  }
  if (/\bokta-aws-cli\b/.test(cmd) && !has(/--expiry-aws-variables\b/)) {
    out.push({ problem: 'okta-aws-cli writes no expiry without --expiry-aws-variables', fix: 'add --expiry-aws-variables so warnings before expiry work' });
  }
  return out;
}

/** The program a shell command runs first: skips VAR=value assignments, honours quotes. */
export function commandProgram(cmd: string): string | null {
  let rest = cmd.trim();
  for (;;) {
    const assign = /^[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+/.exec(rest);
    if (!assign) break;
    rest = rest.slice(assign[0].length);
  }
  const m = /^"([^"]+)"|^'([^']+)'|^(\S+)/.exec(rest);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

export function renderDoctor(checks: Check[], version: string): string[] {
  const mark = { ok: '✓', fail: '✗', warn: '!' } as const;
  const lines = [`cc-aws-keepalive ${version} doctor`];
  for (const c of checks) {
    lines.push(`${mark[c.status]} ${c.title}`);
    if (c.fix && c.status !== 'ok') lines.push(`    fix: ${c.fix}`);
  }
  const fails = checks.filter((c) => c.status === 'fail').length;
  const warns = checks.filter((c) => c.status === 'warn').length;
  lines.push(fails ? `${fails} problem(s)${warns ? `, ${warns} warning(s)` : ''}` : warns ? `no problems, ${warns} warning(s)` : 'all good');
  return lines;
}
