// The end-to-end harness: a throwaway HOME, the fake Bedrock, our plugin installed the way a user installs it,
// and the real Claude Code CLI driven in `-p` mode or interactively in tmux. Everything it starts is killed by
// pid (or tmux socket) on teardown; a failing scenario keeps its evidence under tests/e2e/.artifacts/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import { startFakeBedrock, type FakeBedrock, type FakeBedrockOptions } from './fake-bedrock.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
/**
 * The two Claude Code clients CI proves the plugin on, both pinned in devDependencies: the oldest we support and the
 * latest we have verified (an npm alias). By path, not node_modules/.bin/claude, which both packages claim.
 */
export const CLIENTS = {
  oldest: join(ROOT, 'node_modules', '@anthropic-ai', 'claude-code', 'bin', 'claude.exe'),
  latest: join(ROOT, 'node_modules', 'claude-code-latest', 'bin', 'claude.exe'),
} as const;
export type Client = keyof typeof CLIENTS;
/** The client a scenario runs on unless it names one: CC_E2E_CLIENT=latest runs the whole suite on the latest. */
/** The model each client picks on Bedrock when none is set, as its status line JSON names it. */
export const DEFAULT_MODEL: Record<Client, string> = { oldest: 'Sonnet 4.5', latest: 'Opus 5.5' };
export const DEFAULT_CLIENT: Client = process.env.CC_E2E_CLIENT === 'latest' ? 'latest' : 'oldest';
export const ARTIFACTS_DIR = join(ROOT, 'tests', 'e2e', '.artifacts');
export const PLUGIN_NAME = 'cc-aws-keepalive';
export const MARKETPLACE_NAME = 'cc-aws-keepalive';
/**
 * What a clone of the repository gives Claude Code's plugin installer (the repository root is the plugin): every
 * file git tracks or would track (not node_modules, nor anything .gitignore'd), as it is in the working tree, so an
 * uncommitted rebuild of dist/ counts. That includes package.json, package-lock.json, .npmrc and .ci/toolchain,
 * which the client's package-manager step sees at install (tests/e2e/install-offline.test.ts).
 */
export function pluginFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed in ${ROOT}: ${r.stderr}`);
  return r.stdout.split('\0').filter((f) => f && existsSync(join(ROOT, f)));
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** Sleeps until an epoch-ms instant (returns at once when it has passed). */
export const sleepUntil = (t: number) => sleep(Math.max(0, t - Date.now()));

/** A file's text, or '' while it does not exist (yet). */
export const readOrEmpty = (f: string): string => {
  try {
    return readFileSync(f, 'utf8');
  } catch {
    return '';
  }
};

/**
 * A folder outside the sandbox for the fake IdP world of tests/fixtures/bin (fake-idp, secret-tool, notify-send):
 * its keychain folder, notification log and the IdP's log, as the environment those fakes read. Removed after `t`.
 */
export function fakeIdpWorld(t: TestContext | null, o: { password: string; key: string }) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cck-e2e-idp-')));
  t?.after(() => rmSync(dir, { recursive: true, force: true }));
  const kc = join(dir, 'kc');
  const env = {
    FAKE_KEYCHAIN_DIR: kc,
    FAKE_NOTIFY_LOG: join(dir, 'notify.log'),
    FAKE_NOTIFY_TOUCH: join(dir, 'approved'),
    FAKE_IDP_APPROVE: join(dir, 'approved'),
    FAKE_IDP_PASSWORD: o.password,
    FAKE_IDP_KEY: o.key,
    FAKE_IDP_TTL_SECONDS: String(8 * 3600),
    FAKE_IDP_LOG: join(dir, 'idp.log'),
  };
  return { dir, env, kc };
}

/** Polls `check` every 200 ms until it holds or `ms` pass; its last answer. */
export async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(200);
  }
  return check();
}

// ───────────────────────────── credentials ─────────────────────────────

export interface Creds {
  akid: string;
  secret?: string;
  token?: string;
  /** Written as `<expiryField> = <ISO UTC>`; null writes no expiry line. Default: one hour from now. */
  expires?: Date | null;
  /** Default `x_security_token_expires` (saml2aws, gimme-aws-creds). */
  expiryField?: string;
}

/** An ~/.aws/credentials text with one section per profile, as login tools write it. */
export function credentialsIni(profiles: Record<string, Creds>): string {
  return Object.entries(profiles)
    .map(([name, c]) => {
      const lines = [
        `[${name}]`,
        `aws_access_key_id = ${c.akid}`,
        `aws_secret_access_key = ${c.secret ?? `secret-of-${c.akid}`}`,
        `aws_session_token = ${c.token ?? `token-of-${c.akid}/e2e+padding==`}`,
      ];
      const expires = c.expires === undefined ? new Date(Date.now() + 3600_000) : c.expires;
      if (expires) lines.push(`${c.expiryField ?? 'x_security_token_expires'} = ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`);
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

// ───────────────────────────── the sandbox ─────────────────────────────

export interface SandboxOptions {
  /** Names the evidence directory: tests/e2e/.artifacts/<scenario>-<timestamp>/. */
  scenario: string;
  /** The profile in ~/.aws/credentials, AWS_PROFILE and our config. Default `work`. */
  profile?: string;
  /** The profile's first credentials; their key is made valid on the fake Bedrock. Default key `AKIDE2EA…`. */
  credentials?: Creds;
  /** Our config file's content (null: write none). Default `{"profile": <profile>}`. */
  config?: Record<string, unknown> | null;
  /** CLAUDE_CODE_MAX_RETRIES for every run (keeps no-plugin baselines short). */
  maxRetries?: number;
  /** Extra environment for every run. */
  env?: Record<string, string>;
  bedrock?: FakeBedrockOptions;
  /** Which Claude Code runs the scenario. Default DEFAULT_CLIENT. */
  client?: Client;
}

export interface PrintResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  debugFile: string;
  /** The debug log as written so far. */
  debugLog(): string;
}

export interface InstalledPlugin {
  version: string;
  /** `<HOME>/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/<version>` (no trailing slash). */
  cacheDir: string;
  /** The git working tree the marketplace was made from (see Sandbox.stagePlugin). */
  marketplaceDir: string;
  source: 'github' | 'directory';
  /** What was passed to `claude plugin marketplace add`. */
  marketplace: string;
  /** How settings.json got awsCredentialExport/awsAuthRefresh: the plugin's install.cjs, or written by the harness. */
  wiredBy: 'install.cjs' | 'harness';
  /** Output of marketplace add, plugin install and the post-install step. */
  output: string;
}

export class Sandbox {
  readonly scenario: string;
  readonly root: string;
  readonly home: string;
  readonly cwd: string;
  readonly profile: string;
  readonly env: Record<string, string>;
  readonly bedrock: FakeBedrock;
  readonly client: Client;
  /** The `claude` executable of this scenario's client. */
  readonly claudeBin: string;
  readonly startedAt = new Date();
  private readonly children = new Set<ChildProcess>();
  private readonly tuis = new Set<Tui>();
  private readonly timeline: string[] = [];
  private readonly files = new Map<string, string>(); // evidence name → content
  private readonly debugFiles = new Set<string>();
  private seq = 0;

  private constructor(opts: SandboxOptions, root: string, bedrock: FakeBedrock) {
    this.scenario = opts.scenario;
    this.root = root;
    this.home = join(root, 'home');
    this.cwd = join(this.home, 'project');
    this.profile = opts.profile ?? 'work';
    this.bedrock = bedrock;
    this.client = opts.client ?? DEFAULT_CLIENT;
    this.claudeBin = CLIENTS[this.client];
    const url = bedrock.url;
    this.env = {
      HOME: this.home,
      // bin/ first: an `ssh` that logs and fails, so nothing reaches a real host over ssh (see sshCalls()).
      PATH: `${join(root, 'bin')}:${dirname(process.execPath)}:${process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'}`,
      TZ: 'UTC',
      LANG: 'C.UTF-8',
      CLAUDE_CODE_USE_BEDROCK: '1',
      AWS_REGION: 'us-east-1',
      AWS_PROFILE: this.profile,
      ANTHROPIC_BEDROCK_BASE_URL: url,
      AWS_ENDPOINT_URL_STS: url,
      AWS_EC2_METADATA_DISABLED: 'true',
      CLAUDE_CODE_DISABLE_OFFICIAL_MARKETPLACE_AUTOINSTALL: '1',
      DISABLE_TELEMETRY: '1',
      DISABLE_AUTOUPDATER: '1',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      // Anything that is not the fake Bedrock goes through the fake as a proxy, which logs it and fails it at once.
      HTTP_PROXY: url,
      HTTPS_PROXY: url,
      http_proxy: url,
      https_proxy: url,
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
      GIT_CONFIG_NOSYSTEM: '1',
      // GitHub marketplaces: clone over https (which ~/.gitconfig maps to a local repository) instead of probing ssh.
      CLAUDE_CODE_PLUGIN_PREFER_HTTPS: '1',
      ...(opts.maxRetries !== undefined ? { CLAUDE_CODE_MAX_RETRIES: String(opts.maxRetries) } : {}),
      ...opts.env,
    };
  }

  static async create(opts: SandboxOptions): Promise<Sandbox> {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'cck-e2e-')));
    const creds = opts.credentials ?? { akid: 'AKIDE2EAAAAAAAAAAAAA' };
    const bedrock = await startFakeBedrock({ ...opts.bedrock, validKeys: [creds.akid, ...(opts.bedrock?.validKeys ?? [])] });
    const sb = new Sandbox(opts, root, bedrock);
    live.add(sb);
    installEmergencyCleanup();
    mkdirSync(sb.cwd, { recursive: true });
    mkdirSync(join(root, 'bin'));
    writeFileSync(join(root, 'bin', 'ssh'), `#!/bin/sh\necho "ssh $*" >> "${join(root, 'ssh-calls.log')}"\nexit 255\n`, { mode: 0o755 });
    // No first-run dialogs: onboarding done, the project folder trusted.
    sb.write('.claude.json', `${JSON.stringify({ hasCompletedOnboarding: true, projects: { [sb.cwd]: { hasTrustDialogAccepted: true } } }, null, 2)}\n`);
    sb.writeCredentials(creds);
    const config = opts.config === undefined ? { profile: sb.profile } : opts.config;
    if (config) sb.write('.config/cc-aws-keepalive/config.json', `${JSON.stringify(config, null, 2)}\n`);
    sb.note(`sandbox ${root} (fake Bedrock ${bedrock.url}, profile ${sb.profile}, key ${creds.akid})`);
    return sb;
  }

  path(rel: string): string {
    return join(this.home, rel);
  }

  write(rel: string, content: string): string {
    const p = this.path(rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }

  /** Rewrites ~/.aws/credentials with this profile's keys, as `saml2aws login` in another terminal would. */
  writeCredentials(creds: Creds, profile = this.profile): void {
    this.write('.aws/credentials', credentialsIni({ [profile]: creds }));
    this.note(`wrote ~/.aws/credentials [${profile}] key ${creds.akid}${creds.expires ? ` expiring ${creds.expires.toISOString()}` : ''}`);
  }

  /** A line in the scenario's timeline (kept as evidence). */
  note(line: string): void {
    this.timeline.push(`${new Date().toISOString()} ${line}`);
  }

  /** Keeps a named text (a screen, an output) for the evidence directory. */
  keep(name: string, content: string): void {
    this.files.set(`${String(++this.seq).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '_')}`, content);
  }

  debugFile(name: string): string {
    const p = join(this.root, 'debug', `${name}.log`);
    mkdirSync(dirname(p), { recursive: true });
    this.debugFiles.add(p);
    return p;
  }

  /** Spawns a process of the scenario in its own process group, so teardown can kill it and its children. */
  spawn(cmd: string, args: string[], opts: { env?: Record<string, string>; cwd?: string } = {}): ChildProcess {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? this.cwd, env: { ...this.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.children.add(child);
    child.on('exit', () => this.children.delete(child));
    return child;
  }

  /** Runs a short command to completion (git, claude plugin …) with the sandbox env; throws on a non-zero exit. */
  run(cmd: string, args: string[], opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; allowFail?: boolean } = {}) {
    const r = spawnSync(cmd, args, { cwd: opts.cwd ?? this.cwd, env: { ...this.env, ...opts.env }, encoding: 'utf8', timeout: opts.timeoutMs ?? 60_000, killSignal: 'SIGKILL' });
    const out = `$ ${[cmd, ...args].join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}(exit ${r.status ?? r.signal})\n`;
    if (!opts.allowFail && r.status !== 0) throw new Error(`command failed: ${out}`);
    return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', out };
  }

  // ── Claude Code ──

  /** `claude -p <prompt>` with a deadline and a debug log; never throws on a failing run. */
  claudePrint(prompt: string, opts: { timeoutMs?: number; args?: string[]; env?: Record<string, string>; name?: string } = {}): Promise<PrintResult> {
    const name = opts.name ?? `print-${this.seq + 1}`;
    const debugFile = this.debugFile(name);
    const started = Date.now();
    this.note(`claude -p ${JSON.stringify(prompt)} (${name})`);
    return new Promise((resolve, reject) => {
      const child = this.spawn(this.claudeBin, ['-p', prompt, '--debug-file', debugFile, ...(opts.args ?? [])], { env: opts.env });
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      child.stdout!.on('data', (d) => (stdout += d));
      child.stderr!.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid);
      }, opts.timeoutMs ?? 60_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const ms = Date.now() - started;
        this.note(`claude -p (${name}) exit ${code ?? signal} after ${ms} ms${timedOut ? ' (deadline)' : ''}`);
        this.keep(`${name}.out.txt`, `exit ${code ?? signal}${timedOut ? ' (killed at deadline)' : ''}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
        resolve({ code, signal, stdout, stderr, ms, timedOut, debugFile, debugLog: () => readText(debugFile) });
      });
    });
  }

  /** Interactive `claude` in a tmux server of its own; resolves once the prompt box is drawn. */
  async startTui(opts: { name?: string; args?: string[]; env?: Record<string, string>; width?: number; height?: number; readyTimeoutMs?: number; ready?: RegExp } = {}): Promise<Tui> {
    const tui = new Tui(this, opts.name ?? `tui-${this.tuis.size + 1}`, opts);
    this.tuis.add(tui);
    // 2–4 s when idle; 26 s was seen on a loaded 2-core machine.
    // `ready`: a status line of ours takes the place of READY's hint.
    await tui.waitForText(opts.ready ?? READY, opts.readyTimeoutMs ?? 60_000, 'the prompt box');
    return tui;
  }

  // ── the plugin ──

  /**
   * Installs the plugin the way the README tells users: `claude plugin marketplace add OWNER/cc-aws-keepalive`,
   * `claude plugin install cc-aws-keepalive@cc-aws-keepalive`, then the post-install step (see wirePluginSettings).
   *
   * The marketplace is a git repository holding only the plugin's files from this checkout's working tree (so an
   * uncommitted rebuild of dist/ counts). `source: 'github'` (default) adds it by the GitHub shorthand
   * `e2e-local/cc-aws-keepalive`; CLAUDE_CODE_PLUGIN_PREFER_HTTPS=1 makes the client clone
   * https://github.com/e2e-local/cc-aws-keepalive.git, which the sandbox's ~/.gitconfig rewrites to a local bare
   * repository — so it installs exactly like a real GitHub marketplace (committed files only, CLAUDE_PLUGIN_ROOT =
   * the cache dir) without leaving the machine. `source: 'directory'` adds the working tree by path, like a user
   * with a local clone: the client copies the folder but runs the hooks from the folder itself.
   */
  async installPlugin(opts: { source?: 'github' | 'directory'; version?: string; mutate?: (dir: string) => void; timeoutMs?: number } = {}): Promise<InstalledPlugin> {
    const source = opts.source ?? 'github';
    const src = this.stagePlugin(opts.version, opts.mutate);
    const version = (JSON.parse(readFileSync(join(src, '.claude-plugin', 'plugin.json'), 'utf8')) as { version: string }).version;
    let target = src;
    if (source === 'github') {
      const bare = join(this.root, 'git', 'e2e-local', `${PLUGIN_NAME}.git`);
      if (!existsSync(bare)) this.run('git', ['clone', '-q', '--bare', src, bare], { cwd: this.root });
      this.write('.gitconfig', `[url "file://${join(this.root, 'git', 'e2e-local')}/"]\n\tinsteadOf = https://github.com/e2e-local/\n[protocol "file"]\n\tallow = always\n`);
      target = `e2e-local/${PLUGIN_NAME}`;
    }
    let output = this.run(this.claudeBin, ['plugin', 'marketplace', 'add', target]).out;
    output += this.run(this.claudeBin, ['plugin', 'install', `${PLUGIN_NAME}@${MARKETPLACE_NAME}`], { timeoutMs: opts.timeoutMs }).out;
    const cacheDir = join(this.home, '.claude', 'plugins', 'cache', MARKETPLACE_NAME, PLUGIN_NAME, version);
    if (!existsSync(join(cacheDir, '.claude-plugin', 'plugin.json'))) {
      throw new Error(`plugin not found where Claude Code caches it (${cacheDir}):\n${output}`);
    }
    const wired = await this.wirePluginSettings(cacheDir);
    output += wired.output;
    this.keep('install.txt', output);
    this.note(`plugin ${version} installed from ${source} ${target} at ${cacheDir}; settings wired by ${wired.by}`);
    return { version, cacheDir, marketplaceDir: src, source, marketplace: target, wiredBy: wired.by, output };
  }

  /**
   * The marketplace's git working tree, (re)filled with the plugin's files and committed. A version overrides
   * plugin.json, marketplace.json, package.json and package-lock.json, for upgrade scenarios (stage again, then
   * `claude plugin marketplace update` and `claude plugin update`); mutate edits the files before the commit
   * (a broken manifest, say).
   */
  stagePlugin(version?: string, mutate?: (dir: string) => void): string {
    const src = join(this.root, 'marketplace', PLUGIN_NAME);
    const fresh = !existsSync(src);
    mkdirSync(src, { recursive: true });
    // Refilled from scratch (but for .git), so a file gone from the checkout is gone from the next commit too.
    for (const f of readdirSync(src)) if (f !== '.git') rmSync(join(src, f), { recursive: true, force: true });
    for (const f of pluginFiles()) {
      mkdirSync(dirname(join(src, f)), { recursive: true });
      cpSync(join(ROOT, f), join(src, f));
    }
    if (version) {
      for (const f of ['.claude-plugin/plugin.json', 'package.json', 'package-lock.json']) {
        const j = JSON.parse(readFileSync(join(src, f), 'utf8')) as { version: string; packages?: Record<string, { version?: string }> };
        j.version = version;
        if (j.packages?.['']) j.packages[''].version = version;
        writeFileSync(join(src, f), `${JSON.stringify(j, null, 2)}\n`);
      }
      const m = JSON.parse(readFileSync(join(src, '.claude-plugin/marketplace.json'), 'utf8')) as { metadata?: { version?: string }; plugins: { version?: string }[] };
      if (m.metadata) m.metadata.version = version;
      for (const p of m.plugins) p.version = version;
      writeFileSync(join(src, '.claude-plugin/marketplace.json'), `${JSON.stringify(m, null, 2)}\n`);
    }
    mutate?.(src);
    const git = (...a: string[]) => this.run('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@127.0.0.1', '-c', 'commit.gpgsign=false', ...a], { cwd: src });
    if (fresh) git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', `plugin files${version ? ` as ${version}` : ''} for the e2e sandbox`);
    const bare = join(this.root, 'git', 'e2e-local', `${PLUGIN_NAME}.git`);
    if (existsSync(bare)) git('push', '-q', '--force', bare, 'main');
    return src;
  }

  /**
   * The post-install step. When the installed plugin ships dist/install.cjs (every version from 0.2.0), runs it
   * exactly as the README says (`node <cacheDir>/dist/install.cjs`); for an older one writes the two settings itself.
   */
  async wirePluginSettings(cacheDir: string): Promise<{ by: 'install.cjs' | 'harness'; output: string }> {
    const installer = join(cacheDir, 'dist', 'install.cjs');
    if (existsSync(installer)) return { by: 'install.cjs', output: this.run(process.execPath, [installer]).out };
    const file = this.path('.claude/settings.json');
    const settings = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    settings.awsCredentialExport = `node "${join(cacheDir, 'dist', 'export-credentials.mjs')}"`;
    if (existsSync(join(cacheDir, 'dist', 'auth-refresh.mjs'))) settings.awsAuthRefresh = `node "${join(cacheDir, 'dist', 'auth-refresh.mjs')}"`;
    writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
    return { by: 'harness', output: `harness wrote ${file}\n` };
  }

  /** Every ssh invocation the sandbox's processes attempted (each was refused). */
  sshCalls(): string[] {
    return readText(join(this.root, 'ssh-calls.log')).split('\n').filter(Boolean);
  }

  /** The user's Claude Code settings.json, parsed ({} when absent). */
  settings(): Record<string, unknown> {
    const f = this.path('.claude/settings.json');
    return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>) : {};
  }

  // ── teardown and evidence ──

  /** Kills everything this sandbox started: tmux servers, spawned children, and any process left with HOME=<sandbox>. */
  async stop(): Promise<void> {
    for (const tui of this.tuis) await tui.stop();
    for (const child of this.children) killGroup(child.pid);
    killStragglers(this.home);
    await this.bedrock.close();
  }

  /** Writes the evidence directory and returns its path. */
  saveEvidence(reason: string): string {
    const stamp = this.startedAt.toISOString().replace(/[:.]/g, '-');
    const dir = join(ARTIFACTS_DIR, `${this.scenario}-${stamp}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'README.txt'), `${reason}\n\nsandbox: ${this.root}\n`);
    writeFileSync(join(dir, 'timeline.txt'), `${this.timeline.join('\n')}\n`);
    writeFileSync(join(dir, 'bedrock-requests.log'), this.bedrock.formatLog());
    if (this.sshCalls().length) writeFileSync(join(dir, 'ssh-calls.log'), `${this.sshCalls().join('\n')}\n`);
    for (const tui of this.tuis) tui.snapshot('at-teardown');
    for (const [name, content] of this.files) writeFileSync(join(dir, name), content);
    for (const f of this.debugFiles) if (existsSync(f)) cpSync(f, join(dir, `claude-debug-${f.split('/').pop()}`));
    const copy = (rel: string, as: string) => existsSync(this.path(rel)) && cpSync(this.path(rel), join(dir, as), { recursive: true });
    copy('.claude/settings.json', 'home-claude-settings.json');
    copy('.claude.json', 'home-claude.json');
    copy('.aws/credentials', 'home-aws-credentials.ini');
    copy('.config/cc-aws-keepalive', 'home-config-cc-aws-keepalive');
    copy('.local/state/cc-aws-keepalive', 'home-state-cc-aws-keepalive');
    copy('.claude/plugins/installed_plugins.json', 'home-installed_plugins.json');
    return dir;
  }

  cleanup(): void {
    live.delete(this);
    rmSync(this.root, { recursive: true, force: true });
  }

  /** For a process that is being killed: everything stop() does, synchronously (no server close, no waiting). */
  stopSync(): void {
    for (const tui of this.tuis) tui.stopSync();
    for (const child of this.children) killGroup(child.pid);
    killStragglers(this.home);
  }
}

/** Sandboxes not cleaned up yet: what a Ctrl-C or a runner's kill must not leave behind. */
const live = new Set<Sandbox>();
let emergencyInstalled = false;

function installEmergencyCleanup(): void {
  if (emergencyInstalled) return;
  emergencyInstalled = true;
  const emergency = () => {
    for (const sb of live) {
      sb.stopSync();
      if (process.env.E2E_KEEP !== '1') sb.cleanup();
    }
  };
  process.on('exit', emergency);
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(sig, () => {
      process.stderr.write(`\ne2e harness: ${sig} — stopping Claude Code sessions and removing sandboxes\n`);
      emergency();
      process.exit(code);
    });
  }
}

/**
 * Runs one scenario in a fresh sandbox. On failure the evidence directory is written and its path printed;
 * E2E_KEEP=1 keeps it (and the sandbox) on success too.
 */
export async function withSandbox<T>(t: TestContext | null, opts: SandboxOptions, fn: (sb: Sandbox) => Promise<T>): Promise<T> {
  const sb = await Sandbox.create(opts);
  const keep = process.env.E2E_KEEP === '1';
  try {
    const result = await fn(sb);
    if (keep) t?.diagnostic(`evidence: ${sb.saveEvidence('passed (E2E_KEEP=1)')}`);
    return result;
  } catch (err) {
    // Evidence first, while the sessions still show their last screen.
    const dir = sb.saveEvidence(`FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    const line = `e2e evidence for ${opts.scenario}: ${dir}`;
    t?.diagnostic(line);
    process.stderr.write(`\n${line}\n`);
    if (err instanceof Error) err.message += `\n(evidence: ${dir})`;
    throw err;
  } finally {
    await sb.stop().catch(() => undefined);
    if (!keep) sb.cleanup();
  }
}

// ───────────────────────────── interactive sessions ─────────────────────────────

/** Claude Code's idle prompt footer: the TUI is up and takes input (2.1.197: `? for shortcuts`; 2.1.332, whose default
 * permission mode is auto: `⏵⏵ auto mode on (shift+tab to cycle)`). */
export const READY = /\? for shortcuts|shift\+tab to cycle/;
/** The line the TUI shows when a turn finally fails (after its retries), e.g. `API Error: 403 The security token …`. */
export const API_ERROR = /API Error: [^\n]*/;

export class Tui {
  readonly name: string;
  readonly socket: string;
  readonly debugFile: string;
  private stopped = false;

  constructor(
    private readonly sb: Sandbox,
    name: string,
    opts: { args?: string[]; env?: Record<string, string>; width?: number; height?: number },
  ) {
    this.name = name;
    this.socket = join(sb.root, `tmux-${name}.sock`);
    this.debugFile = sb.debugFile(name);
    const conf = join(sb.root, 'tmux.conf');
    // remain-on-exit keeps the last screen of a crashed client for the evidence; focus-events silences CC's hint.
    writeFileSync(conf, 'set -g remain-on-exit on\nset -g focus-events on\nset -g history-limit 10000\nset -g status off\n');
    const env = { ...sb.env, ...opts.env };
    const r = spawnSync(
      'tmux',
      ['-S', this.socket, '-f', conf, 'new-session', '-d', '-s', 'cc', '-x', String(opts.width ?? 120), '-y', String(opts.height ?? 40), '-c', sb.cwd,
        '--', sb.claudeBin, '--debug-file', this.debugFile, ...(opts.args ?? [])],
      { env, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`tmux new-session failed: ${r.stderr}`);
    sb.note(`tmux ${this.socket}: claude ${(opts.args ?? []).join(' ')} (pid ${this.pid() ?? '?'})`);
  }

  private tmux(...args: string[]) {
    return spawnSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8', env: this.sb.env });
  }

  /** The pid of claude in the pane, or null once the server is gone. */
  pid(): number | null {
    const r = this.tmux('display-message', '-p', '-t', 'cc', '#{pane_pid}');
    const n = Number(r.stdout.trim());
    return r.status === 0 && n > 0 ? n : null;
  }

  /** True while claude runs in the pane (false after it exited, even with remain-on-exit). */
  alive(): boolean {
    const r = this.tmux('display-message', '-p', '-t', 'cc', '#{pane_dead}');
    return r.status === 0 && r.stdout.trim() === '0';
  }

  /** The visible screen; with scrollback, everything the pane still holds. */
  screen(opts: { scrollback?: boolean } = {}): string {
    const r = this.tmux('capture-pane', '-p', '-J', '-t', 'cc', ...(opts.scrollback ? ['-S', '-'] : []));
    return r.status === 0 ? r.stdout : '';
  }

  /** The visible screen with its colours and attributes as ANSI escapes (tmux capture-pane -e), for screenshots. */
  screenAnsi(): string {
    const r = this.tmux('capture-pane', '-p', '-e', '-t', 'cc');
    return r.status === 0 ? r.stdout : '';
  }

  /** Keeps the current screen (with scrollback) in the evidence under a label. */
  snapshot(label: string): string {
    const s = this.screen({ scrollback: true });
    if (s) this.sb.keep(`${this.name}-${label}.screen.txt`, s);
    return s;
  }

  /** Types text literally (no Enter). */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'cc', '-l', text);
  }

  /** Presses keys by tmux name: Enter, Escape, C-c, Up … */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'cc', ...keys);
  }

  /** Types a prompt and presses Enter (with a pause, so the TUI does not take it as a paste). */
  async submit(prompt: string): Promise<void> {
    this.sb.note(`${this.name}: submit ${JSON.stringify(prompt)}`);
    this.type(prompt);
    await sleep(250);
    this.press('Enter');
  }

  /** Waits until the pane (with scrollback) matches; returns the screen. Throws with the last screen on timeout. */
  async waitForText(pattern: string | RegExp, timeoutMs: number, what?: string): Promise<string> {
    const re = typeof pattern === 'string' ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : pattern;
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      last = this.screen({ scrollback: true });
      if (re.test(last)) return last;
      if (Date.now() > deadline) {
        this.sb.keep(`${this.name}-timeout.screen.txt`, last);
        throw new Error(`${this.name}: no ${what ?? re} on screen within ${timeoutMs} ms; last screen:\n${this.screen()}`);
      }
      await sleep(200);
    }
  }

  /**
   * Submits a prompt and waits for the fake Bedrock's next PONG to show on screen; returns n, or throws when the
   * answer does not come (the screen then usually shows the API error).
   */
  async ask(prompt: string, timeoutMs = 30_000): Promise<number> {
    const before = this.sb.bedrock.replies();
    await this.submit(prompt);
    await this.sb.bedrock.waitFor((e) => e.note === `PONG-${before + 1}` && e.status === 200, timeoutMs, `answer to ${JSON.stringify(prompt)}`);
    await this.waitForText(new RegExp(`PONG-${before + 1}\\b`), 10_000, `PONG-${before + 1}`);
    return before + 1;
  }

  /**
   * Submits a prompt and waits for whichever comes first: the next PONG on screen, or an API error on screen
   * (default: Claude Code's final `API Error: …` line, printed once its retries are spent).
   */
  async askOrError(prompt: string, timeoutMs = 60_000, error: RegExp = API_ERROR): Promise<{ ok: true; n: number } | { ok: false; error: string }> {
    const n = this.sb.bedrock.replies() + 1;
    const before = (this.screen({ scrollback: true }).match(new RegExp(error.source, 'g')) ?? []).length;
    await this.submit(prompt);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen({ scrollback: true });
      if (new RegExp(`PONG-${n}\\b`).test(screen)) return { ok: true, n };
      const errors = screen.match(new RegExp(error.source, 'g')) ?? [];
      if (errors.length > before) return { ok: false, error: errors[errors.length - 1]! };
      if (Date.now() > deadline) {
        this.sb.keep(`${this.name}-timeout.screen.txt`, screen);
        throw new Error(`${this.name}: neither PONG-${n} nor ${error} on screen within ${timeoutMs} ms; last screen:\n${this.screen()}`);
      }
      await sleep(200);
    }
  }

  stopSync(): void {
    this.stopped = true;
    killGroup(this.pid() ?? undefined);
    this.tmux('kill-server');
  }

  /** Kills claude (SIGTERM, then SIGKILL) and the tmux server of this session. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const pid = this.pid();
    if (pid) {
      killGroup(pid, 'SIGTERM');
      for (let i = 0; i < 20 && isAlive(pid); i++) await sleep(100);
      killGroup(pid, 'SIGKILL');
    }
    this.tmux('kill-server');
  }
}

// ───────────────────────────── debug log ─────────────────────────────

export interface DebugLine {
  t: number;
  text: string;
}

/** Lines of a Claude Code debug log that match, with their timestamps (epoch ms). */
export function debugLines(file: string, pattern: RegExp): DebugLine[] {
  return readText(file)
    .split('\n')
    .map((line) => {
      const m = /^(\d{4}-\d\d-\d\dT[\d:.]+Z) (.*)$/.exec(line);
      return m ? { t: Date.parse(m[1]!), text: m[2]! } : null;
    })
    .filter((l): l is DebugLine => l !== null && pattern.test(l.text));
}

/** Waits until the debug log has at least `count` lines matching. */
export async function waitForDebugLines(file: string, pattern: RegExp, count: number, timeoutMs: number): Promise<DebugLine[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = debugLines(file, pattern);
    if (lines.length >= count) return lines;
    if (Date.now() > deadline) throw new Error(`debug log ${file}: ${lines.length} of ${count} lines matching ${pattern} within ${timeoutMs} ms`);
    await sleep(250);
  }
}

/** What Claude Code 2.1.197 writes to --debug-file around AWS credentials (verified by the scenarios). */
export const DEBUG = {
  resolveStart: /\[API:auth\] AWS credential resolve start/,
  exportRun: /Running AWS credential export command/,
  exportOk: /AWS credentials retrieved from awsCredentialExport/,
  refreshRun: /Running AWS auth refresh command/,
  refreshSkipped: /Fetched AWS caller identity, skipping AWS auth refresh command/,
  cacheCleared: /Clearing AWS credential provider cache/,
} as const;

// ───────────────────────────── processes ─────────────────────────────

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills a process group we created (detached spawn, or a tmux pane's session), falling back to the pid alone. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/**
 * Processes that escaped their group (a hook's detached background login, say) still carry the sandbox HOME in
 * their environment: find them by /proc/<pid>/environ and kill them by pid. Linux only; elsewhere a no-op.
 */
export function killStragglers(home: string): number[] {
  if (process.platform !== 'linux') return [];
  const needle = `\0HOME=${home}\0`;
  const killed: number[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
    } catch {
      continue;
    }
    if (!`\0${environ}`.includes(needle)) continue;
    try {
      process.kill(pid, 'SIGKILL');
      killed.push(pid);
    } catch {
      /* exited meanwhile */
    }
  }
  return killed;
}
