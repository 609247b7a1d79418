// The hostile-environment group, names (issue 22): every field of ours that reaches a command line — the AWS
// profile, the keychain account, the role ARN, an ssh target's host, user, remotePath and remoteProfile — given
// option syntax (`-c…`, `-oProxyCommand=…`), redirections (`<`, `>`, `2>`, `|`, `&`) and shell syntax (`$(…)`,
// backquotes, `;`, quotes, a trailing backslash). Each is either refused with a message naming the value and where it
// came from, or reaches the program as one argument, never interpreted. Every hostile value tries to create a file
// named pwned-… in HOME, the working folder of every run: none may exist afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeFakeHome, type FakeHome } from '../helpers/fake-home.ts';
import { ROOT, runEntry } from '../helpers/run-entry.ts';
import { handleSlashCommand } from '../../src/flows/cli/slash-command.ts';
import { resolvePaths } from '../../src/io/system/paths.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bin');
const TEMPLATE = join(ROOT, 'templates', 'login.exp');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** Read as an option or a redirection by expect, Tcl's exec, getopt or a shell: refused wherever they come from. */
const OPTION_LIKE = ['-cexec touch pwned-c', '<pwned-lt', '>pwned-gt', '2>pwned-2', '|touch pwned-pipe', '&touch pwned-amp'];
/** Shell syntax: allowed as names, and must reach the program as one argument. */
const SHELL_LIKE = ['$(touch pwned-sub)', '`touch pwned-bq`', "it's; touch pwned-semi #", 'back\\', 'a b\\"c'];

const creds = (profile: string, expiresInMs: number) =>
  `[${profile}]\naws_access_key_id = ASIAHOSTILE000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${iso(Date.now() + expiresInMs)}\n`;

function pwned(h: FakeHome): string[] {
  return readdirSync(h.home).filter((f) => f.startsWith('pwned'));
}

/** A program on PATH that records its arguments (and stdin) as one JSON line in <home>/argv.log and exits 0. */
function recorder(h: FakeHome, name: string, reply = ''): void {
  h.write(
    `bin/${name}`,
    `#!/usr/bin/env node\nconst fs = require('node:fs');\nlet input = '';\ntry { input = fs.readFileSync(0, 'utf8'); } catch {}\nfs.appendFileSync(${JSON.stringify(h.path('argv.log'))}, JSON.stringify({ argv: process.argv.slice(2), input }) + '\\n');\nprocess.stdout.write(${JSON.stringify(reply)});\n`,
  );
  chmodSync(h.path(`bin/${name}`), 0o755);
}
const calls = (h: FakeHome): { argv: string[]; input: string }[] =>
  existsSync(h.path('argv.log')) ? readFileSync(h.path('argv.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
const withBin = (h: FakeHome, extra: Record<string, string> = {}) => ({ ...h.env, PATH: `${h.path('bin')}:${FIXTURES}:${h.env.PATH}`, ...extra });

test('profile: an option-like name is refused by setup --login, from --profile, the config and AWS_PROFILE alike', async (t) => {
  for (const name of OPTION_LIKE) {
    const h = makeFakeHome(t, { '.aws/credentials': creds('dev', 3_600_000) });
    const r = await runEntry('cli', { env: withBin(h), args: ['setup', '--login', 'saml2aws', '--profile', name] });
    assert.equal(r.code, 1, r.stdout);
    assert.ok(r.stdout.includes(`the profile name ${JSON.stringify(name)} (from --profile) starts with`), r.stdout);
    assert.equal(existsSync(h.path('.config/cc-aws-keepalive/config.json')), false, 'nothing written');

    const env = await runEntry('cli', { env: withBin(h, { AWS_PROFILE: name }), args: ['setup', '--login', 'aws-sso'] });
    assert.equal(env.code, 1, env.stdout);
    assert.match(env.stdout, /\(from env AWS_PROFILE\) starts with/);
    assert.deepEqual(pwned(h), []);
  }
  const h = makeFakeHome(t, { '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: '-x' }) });
  const cfg = await runEntry('cli', { env: withBin(h), args: ['setup', '--login', 'aws-sso'] });
  assert.match(cfg.stdout, /the profile name "-x" \(from config "profile"\) starts with "-"/);
});

test('profile: a config written before names were checked never runs its login (login --test, login, awsAuthRefresh, background)', async (t) => {
  // What `setup --login saml2aws --profile '-cexec touch pwned-old'` wrote before the fix: no `--` after the script.
  const name = '-cexec touch pwned-old';
  const h = makeFakeHome(t, {
    '.aws/credentials': creds(name, -60_000),
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: name, autoLoginCmd: `expect -f '${TEMPLATE}' '${name}' 20 saml2aws login`, loginTimeoutSeconds: 20 }),
  });
  for (const [entry, args] of [['cli', ['login', '--test']], ['cli', ['login']], ['auth-refresh', []], ['auth-refresh', ['--background']]] as const) {
    const r = await runEntry(entry, { env: withBin(h), args: [...args], timeoutMs: 30_000 });
    assert.equal(r.code, 1, `${entry} ${args.join(' ')}: ${r.stdout}`);
    if (args[0] !== '--background') assert.ok(r.stdout.includes(`the profile name ${JSON.stringify(name)} (from config "profile") starts with "-"`), r.stdout);
    assert.deepEqual(pwned(h), [], `${entry} ${args.join(' ')} ran the profile as a command`);
  }
  // Typed into Claude Code: said at once, nothing started in the background.
  const slash = await handleSlashCommand('/aws-keepalive login', { env: withBin(h), paths: resolvePaths({ env: h.env, home: h.home, platform: 'linux' }), root: ROOT, platform: 'linux', cwd: h.home, now: Date.now, sleep, nodeVersion: process.versions.node });
  assert.ok(slash?.reason.includes(`the profile name ${JSON.stringify(name)} (from config "profile") starts with "-"`), slash?.reason);
  assert.match(slash!.reason, /no login was started/);
});

test('profile: the prompt hook\'s background login refuses an option-like profile and the next prompt says why', async (t) => {
  // A project's .claude/settings.json can set AWS_PROFILE for the session: the hook must not turn it into a command.
  const h = makeFakeHome(t, {
    '.aws/credentials': creds('-x', 10 * 60_000),
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ autoLoginCmd: 'touch pwned-hook', autoLoginMinutes: 30 }),
  });
  const env = { ...withBin(h), CLAUDE_CODE_USE_BEDROCK: '1', AWS_PROFILE: '-x' };
  const payload = readFileSync(join(ROOT, 'tests', 'fixtures', 'payloads', 'user-prompt-submit.json'), 'utf8');
  const first = await runEntry('prompt-submit', { env, stdin: payload });
  assert.equal(first.code, 0);
  const stateFile = h.path('.local/state/cc-aws-keepalive/-x.json');
  for (let i = 0; i < 100 && !(existsSync(stateFile) && readFileSync(stateFile, 'utf8').includes('lastLogin')); i++) await sleep(100);
  const next = await runEntry('prompt-submit', { env, stdin: payload });
  const message = (JSON.parse(next.stdout) as { systemMessage?: string }).systemMessage ?? '';
  // The background run was told its profile by the hook (it came from AWS_PROFILE there).
  assert.match(message, /auto-login failed \(exit 1 after \d+s: "cc-aws-keepalive: the profile name "-x" \(from the session that started this run\) starts with "-"/, message);
  assert.deepEqual(pwned(h), []);
});

test('profile and role with shell syntax: setup quotes them; the login command receives each as one argument', async (t) => {
  for (const name of SHELL_LIKE) {
    const h = makeFakeHome(t, { '.aws/credentials': creds(name, 3_600_000) });
    recorder(h, 'okta-aws-cli');
    const role = `arn:aws:iam::1:role/${name}`;
    const s = await runEntry('cli', { env: withBin(h), args: ['setup', '--login', 'okta-aws-cli', '--profile', name, '--role', role] });
    assert.equal(s.code, 0, s.stdout);
    await runEntry('cli', { env: withBin(h), args: ['login', '--test'], timeoutMs: 30_000 });
    const argv = calls(h)[0]?.argv ?? [];
    assert.equal(argv[argv.indexOf('--profile') + 1], name, JSON.stringify(argv));
    assert.equal(argv[argv.indexOf('--aws-iam-role') + 1], role, JSON.stringify(argv));
    assert.deepEqual(pwned(h), []);
  }
  const h = makeFakeHome(t);
  const r = await runEntry('cli', { env: withBin(h), args: ['setup', '--login', 'okta-aws-cli', '--profile', 'dev', '--role', '-x'] });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /the role "-x" \(from --role\) starts with "-"/);
});

/** The expect template run directly, as on Linux (secret-tool) or on a model of macOS (security). */
function template(h: FakeHome, account: string, darwin: boolean): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const pre = darwin ? ['-c', 'set tcl_platform(os) Darwin'] : [];
    const child = spawn('expect', [...pre, '-f', TEMPLATE, '--', account, '10', 'saml2aws', '--role', 'Dev'], {
      cwd: h.home,
      env: { ...withBin(h), PATH: `${h.path('bin')}:${FIXTURES}:${dirname(process.execPath)}:/usr/bin:/bin`, FAKE_KEYCHAIN_DIR: h.path('kc') },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

test('keychain account: the template refuses one that Tcl exec would read as a redirection, before any keychain call', async (t) => {
  const h = makeFakeHome(t);
  mkdirSync(h.path('bin'));
  symlinkSync(join(FIXTURES, 'fake-idp'), h.path('bin/saml2aws'));
  for (const darwin of [false, true]) {
    for (const account of OPTION_LIKE) {
      const r = await template(h, account, darwin);
      assert.equal(r.code, 2, r.out);
      assert.ok(r.out.includes(`the keychain account "${account}" (ACCOUNT, the first argument) starts like an option or a redirection`), r.out);
      assert.deepEqual(pwned(h), [], `${darwin ? 'macOS' : 'Linux'}: ${account}`);
    }
  }
});

test('ssh target: option-like host and user are refused; shell syntax in host, remotePath and remoteProfile is one argument or one line of stdin', async (t) => {
  for (const [field, value] of [['host', '-oProxyCommand=touch pwned-host'], ['user', '-oProxyCommand=touch pwned-user'], ['remotePath', '~/a\u001b]0;x\u0007'], ['remoteProfile', 'a\rb']] as const) {
    const h = makeFakeHome(t, {
      '.aws/credentials': creds('work', 3_600_000),
      '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', syncTargets: [{ type: 'ssh', host: 'box', [field]: value }] }),
    });
    recorder(h, 'ssh');
    const r = await runEntry('cli', { env: withBin(h), args: ['sync'], timeoutMs: 30_000 });
    assert.match(r.stdout + r.stderr, new RegExp(`syncTargets\\[0\\]\\.${field} should be`), `${field}: ${r.stdout}`);
    assert.deepEqual(calls(h), [], `${field}: ssh never ran`);
    assert.deepEqual(pwned(h), []);
  }
  const host = '$(touch${IFS}pwned-h)`touch${IFS}pwned-b`;x';
  const remotePath = "~/it's; touch pwned-p #\\";
  const remoteProfile = "-x $(touch pwned-r) 'q' \\";
  const h = makeFakeHome(t, {
    '.aws/credentials': creds('work', 3_600_000),
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', syncTargets: [{ type: 'ssh', host, user: 'me$(touch${IFS}pwned-u)', remotePath, remoteProfile }] }),
  });
  recorder(h, 'ssh', `cc-aws-keepalive-sync: replaced ${remotePath}\n`);
  const r = await runEntry('cli', { env: withBin(h), args: ['sync'], timeoutMs: 30_000 });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const [call] = calls(h);
  assert.ok(call, 'ssh ran');
  const { argv, input } = call;
  assert.deepEqual(argv.slice(-3, -1), ['--', host], 'the host is one argument after --');
  assert.equal(argv[argv.indexOf('-l') + 1], 'me$(touch${IFS}pwned-u)');
  assert.match(argv.at(-1)!, /^sh -c '[^']*' cc-aws-keepalive-sync write$/, 'the remote command is ours alone');
  assert.equal(input.split('\n').slice(0, 2).join('\n'), `${remoteProfile}\n${remotePath}`, 'the section and path travel on stdin');
  assert.deepEqual(pwned(h), []);
});
