// Credential sync on the real client: the laptop's key has 8 minutes left; a prompt starts the background login,
// which writes key B; the ssh sync target (a real sshd on 127.0.0.1, started by the test) then holds key B in the
// "remote" HOME, where a second client session answers with it after key A has died.
// Baseline: the same without syncTargets — the remote session still signs with the dead key and fails.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { credentialsIni, sleep, withSandbox, type Sandbox } from './harness.ts';
import { makeFakeHome } from '../helpers/fake-home.ts';
import { startSshd, type Sshd } from '../helpers/sshd.ts';

const KEY_A = 'AKIDE2ESYNCAAAAAAAAA';
const KEY_B = 'AKIDE2ESYNCBBBBBBBBB';
const MIN = 60_000;
const PERSONAL = '# other accounts stay as they are\n[personal]\r\naws_access_key_id = AKIDE2EPERSONAL00000\r\naws_secret_access_key = keep\r\n\r\n';

/** The sandbox's `ssh` refuses every host (nothing may leave the machine); this one lets 127.0.0.1 through. */
function loopbackOnlySsh(sb: Sandbox): void {
  sb.write(
    '../bin/ssh',
    `#!/bin/sh\necho "ssh $*" >> "${join(sb.root, 'ssh-calls.log')}"\ncase " $* " in *" 127.0.0.1 "*) exec /usr/bin/ssh "$@";; esac\nexit 255\n`,
  );
  // write() keeps the fake's mode 0755 (same file).
}

async function scenario(t: TestContext, withSync: boolean): Promise<void> {
  const remote = makeFakeHome(t);
  const remoteHome = remote.path('home');
  const sshd: Sshd = await startSshd(t, remote.path('srv'), remoteHome);
  remote.write('home/.aws/credentials', PERSONAL + credentialsIni({ work: { akid: KEY_A, expires: new Date(Date.now() + 8 * MIN) } }));
  await withSandbox(
    t,
    { scenario: withSync ? 'sync-ssh' : 'sync-ssh-baseline', credentials: { akid: KEY_A, expires: new Date(Date.now() + 8 * MIN) }, bedrock: { validKeys: [KEY_B] }, maxRetries: 1 },
    async (sb) => {
      loopbackOnlySsh(sb);
      const plugin = await sb.installPlugin();
      const login = sb.write(
        'bin/fake-login.mjs',
        `import { writeFileSync } from 'node:fs';\n` +
          `writeFileSync(${JSON.stringify(sb.path('.aws/credentials'))}, ` +
          `'[work]\\naws_access_key_id = ${KEY_B}\\naws_secret_access_key = secret-of-${KEY_B}\\naws_session_token = token-of-${KEY_B}==\\n' + ` +
          `'x_security_token_expires = ' + new Date(Date.now() + 8 * 3600e3).toISOString() + '\\n');\n`,
      );
      const target = { type: 'ssh', name: 'devbox', host: '127.0.0.1', port: sshd.port, user: sshd.user, identityFile: sshd.identityFile, sshOptions: [`UserKnownHostsFile=${sshd.knownHosts}`] };
      sb.write(
        '.config/cc-aws-keepalive/config.json',
        JSON.stringify({ profile: 'work', autoLoginCmd: `node "${login}"`, autoLoginMinutes: 30, ...(withSync ? { syncTargets: [target] } : {}) }),
      );

      const first = await sb.claudePrint('first question', { name: 'laptop' });
      assert.equal(first.code, 0, first.stderr);
      const remoteFile = join(remoteHome, '.aws', 'credentials');
      const end = Date.now() + 30_000;
      while (Date.now() < end && !(withSync ? readFileSync(remoteFile, 'utf8').includes(KEY_B) : readFileSync(sb.path('.aws/credentials'), 'utf8').includes(KEY_B))) await sleep(200);
      assert.ok(readFileSync(sb.path('.aws/credentials'), 'utf8').includes(KEY_B), 'the background login ran on the laptop');
      sb.keep('remote-credentials.txt', readFileSync(remoteFile, 'utf8').replace(/(secret|token)-of-\S+/g, '$1-…'));
      if (withSync) {
        const text = readFileSync(remoteFile, 'utf8');
        assert.ok(text.startsWith(PERSONAL), 'the other profile, its comment and CRLF lines are untouched');
        assert.match(text, new RegExp(`\\[work\\]\\naws_access_key_id = ${KEY_B}\\n`));
      } else {
        await sleep(3_000);
        assert.ok(readFileSync(remoteFile, 'utf8').includes(KEY_A), 'baseline: nothing reached the remote');
      }

      sb.bedrock.setKey(KEY_A, 'expired');
      sb.note('key A expired on the server');
      const mark = sb.bedrock.log().length;
      // The remote machine: another HOME (its own ~/.aws, no plugin), the same Bedrock.
      const second = await sb.claudePrint('question on the remote machine', { name: 'remote', env: { HOME: remoteHome }, timeoutMs: 90_000 });
      const turns = sb.bedrock.log().slice(mark).filter((e) => e.kind !== 'sts' && e.akid);
      if (withSync) {
        assert.equal(second.code, 0, `${second.stdout}${second.stderr}\n${sb.bedrock.formatLog()}`);
        assert.match(second.stdout, /PONG-\d+/);
        assert.ok(turns.length > 0 && turns.every((e) => e.akid === KEY_B), `the remote session signed with key B:\n${sb.bedrock.formatLog()}`);
        const st = sb.run(process.execPath, [join(plugin.cacheDir, 'dist', 'cli.cjs'), 'status']);
        sb.keep('status.txt', st.stdout);
        assert.match(st.stdout, /devbox +ok .*: replaced \[work\] in .*\/\.aws\/credentials on 127\.0\.0\.1/);
        assert.doesNotMatch(st.stdout, /secret-of|token-of/);
      } else {
        assert.notEqual(second.code, 0, 'baseline: the remote session fails with the dead key');
        assert.ok(turns.some((e) => e.akid === KEY_A && e.status === 403));
      }
      // The keys went on ssh's stdin: the command lines ssh was given hold none of them.
      if (existsSync(join(sb.root, 'ssh-calls.log'))) assert.doesNotMatch(readFileSync(join(sb.root, 'ssh-calls.log'), 'utf8'), /AKIDE2ESYNC|secret-of|token-of/);
      assert.equal(existsSync(join(sb.root, 'ssh-calls.log')) ? /ssh .*127\.0\.0\.1/.test(readFileSync(join(sb.root, 'ssh-calls.log'), 'utf8')) : false, withSync, 'ssh ran only when a target was set');
    },
  );
}

test('sync baseline: without syncTargets the remote session keeps the dead key and fails', async (t) => {
  await scenario(t, false);
});

test('sync: a background login on the laptop reaches the remote HOME over ssh; a session there answers with the new key', async (t) => {
  await scenario(t, true);
});
