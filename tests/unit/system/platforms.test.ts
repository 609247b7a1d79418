// Windows and macOS as documented, modelled where the suite runs (issue 23): each platform rule is a parameter
// here (platform, env, an injected fs op or spawner), so Linux CI checks the Windows branch of every adapter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { spawn } from 'node:child_process';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { renameRetrying } from '../../../src/io/system/atomic-write.ts';
import { findProgram } from '../../../src/io/system/program-path.ts';
import { claudeVersionCommand } from '../../../src/io/settings/claude-version.ts';
import { homeDir } from '../../../src/io/system/paths.ts';
import { killTree } from '../../../src/io/system/kill-tree.ts';

const errno = (code: string) => Object.assign(new Error(`${code}: operation not permitted, rename`), { code });

test('atomic write on Windows: a rename refused with EPERM twice (a scanner holds the file) succeeds on the third try', () => {
  const tries: string[] = [];
  const pauses: number[] = [];
  let n = 0;
  const rename = (a: string, b: string) => {
    tries.push(`${a}>${b}`);
    if (n++ < 2) throw errno('EPERM');
  };
  renameRetrying('t', 'f', 'win32', rename, (ms) => pauses.push(ms));
  assert.equal(tries.length, 3);
  assert.deepEqual(pauses, [20, 40]);
});

test('atomic write on Windows: EACCES and EBUSY are retried for about 1.5 s, then the error is thrown', () => {
  for (const code of ['EACCES', 'EBUSY']) {
    let waited = 0;
    let calls = 0;
    assert.throws(() => renameRetrying('t', 'f', 'win32', () => {
      calls++;
      throw errno(code);
    }, (ms) => (waited += ms)), { code });
    assert.ok(waited >= 1_500 && waited < 2_200, `${code}: waited ${waited} ms`);
    assert.ok(calls > 3);
  }
});

test('atomic write: no retry on Linux/macOS, nor for an error a retry cannot fix', () => {
  for (const [platform, code] of [['linux', 'EPERM'], ['darwin', 'EBUSY'], ['win32', 'ENOENT'], ['win32', 'EXDEV']] as const) {
    let calls = 0;
    assert.throws(() => renameRetrying('t', 'f', platform, () => {
      calls++;
      throw errno(code);
    }, () => assert.fail('no pause')), { code });
    assert.equal(calls, 1, `${platform} ${code}`);
  }
});

test('PATH lookup on Windows: PATHEXT extensions before the bare name (npm puts a sh shim `tool` beside `tool.cmd`)', (t) => {
  const h = makeFakeHome(t);
  const bin = h.path('npm');
  mkdirSync(bin);
  for (const f of ['saml2aws', 'saml2aws.cmd', 'claude', 'claude.cmd']) writeFileSync(join(bin, f), '');
  const env = { PATH: `${h.path('nothing')};${bin}`, PATHEXT: '.COM;.EXE;.BAT;.CMD' };
  assert.equal(findProgram('saml2aws', env, 'win32'), join(bin, 'saml2aws.cmd'));
  assert.equal(findProgram('claude', { PATH: bin }, 'win32'), join(bin, 'claude.cmd'), 'the default PATHEXT when unset');
  writeFileSync(join(bin, 'only-bare'), '');
  assert.equal(findProgram('only-bare', env, 'win32'), join(bin, 'only-bare'), 'the bare name still, when it is all there is');
  // Unix: no extensions, and the file must be executable.
  chmodSync(join(bin, 'saml2aws'), 0o755);
  assert.equal(findProgram('saml2aws', { PATH: bin }, 'linux'), join(bin, 'saml2aws'));
});

test('`claude --version` on Windows: an npm claude.cmd is started through cmd.exe; a path cmd would rewrite is not run', (t) => {
  const h = makeFakeHome(t);
  const bin = h.path('npm');
  mkdirSync(bin);
  writeFileSync(join(bin, 'claude.cmd'), '');
  const cmd = claudeVersionCommand({ PATH: bin, ComSpec: 'C:\\Windows\\system32\\cmd.exe' }, 'win32');
  assert.deepEqual(cmd, { file: 'C:\\Windows\\system32\\cmd.exe', args: ['/d', '/s', '/c', `""${join(bin, 'claude.cmd')}" --version"`], verbatim: true });
  const pct = h.path('100%');
  mkdirSync(pct);
  writeFileSync(join(pct, 'claude.cmd'), '');
  assert.equal(claudeVersionCommand({ PATH: pct }, 'win32'), null);
  writeFileSync(join(bin, 'claude.exe'), '');
  assert.deepEqual(claudeVersionCommand({ PATH: bin }, 'win32'), { file: join(bin, 'claude.exe'), args: ['--version'], verbatim: false }, 'the native installer\'s claude.exe runs directly');
  assert.deepEqual(claudeVersionCommand({ PATH: bin }, 'linux'), { file: 'claude', args: ['--version'], verbatim: false });
});

test('home folder in the AWS SDK\'s order on every platform: HOME, USERPROFILE, HOMEDRIVE+HOMEPATH, then the OS', () => {
  const os = () => 'C:\\Users\\os';
  const all = { HOME: 'C:\\msys\\home\\u', USERPROFILE: 'C:\\Users\\u', HOMEDRIVE: 'D:', HOMEPATH: '\\Users\\hp' };
  assert.equal(homeDir(all, 'win32', os), 'C:\\msys\\home\\u', 'HOME wins on Windows too, as in @smithy/shared-ini-file-loader');
  assert.equal(homeDir({ ...all, HOME: undefined }, 'win32', os), 'C:\\Users\\u');
  assert.equal(homeDir({ ...all, HOME: '', USERPROFILE: '' }, 'win32', os), 'D:\\Users\\hp');
  assert.equal(homeDir({ HOMEPATH: '\\Users\\hp' }, 'win32', os), 'C:\\\\Users\\hp', 'HOMEDRIVE defaults to C: plus the separator, as the SDK does');
  assert.equal(homeDir({}, 'win32', os), 'C:\\Users\\os');
  assert.equal(homeDir({ HOME: '/home/u', USERPROFILE: '/x' }, 'linux', os), '/home/u');
});

test('process trees on Windows end with `taskkill /pid N /T /F` (child.kill would leave a .cmd shim\'s node running)', () => {
  const calls: { cmd: string; args: string[]; opts: Record<string, unknown> }[] = [];
  const fakeSpawn = ((cmd: string, args: string[], opts: Record<string, unknown>) => {
    calls.push({ cmd, args, opts });
    const e = new EventEmitter();
    queueMicrotask(() => e.emit('error', new Error('ENOENT'))); // no taskkill here: swallowed
    return e;
  }) as unknown as typeof spawn;
  killTree(4242, 'SIGKILL', fakeSpawn, 'win32');
  assert.deepEqual(calls.map((c) => [c.cmd, c.args]), [['taskkill', ['/pid', '4242', '/T', '/F']]]);
  assert.equal(calls[0]!.opts.windowsHide, true);
  assert.ok(Number(calls[0]!.opts.timeout) > 0, 'taskkill has a deadline of its own');
  killTree(undefined, 'SIGKILL', fakeSpawn, 'win32');
  assert.equal(calls.length, 1);
});
