// The remote half of an ssh sync target, run here under every POSIX sh we have (dash is Debian's sh, bash, busybox
// when present): one section replaced, every other byte kept, whatever shape the file has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REMOTE_INI_SCRIPT, remoteCommand, remoteInput } from '../../../src/core/sync/remote-ini-script.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';

const SHELLS = ['dash', 'bash', 'busybox', 'mksh', 'posh'].filter((sh) => spawnSync(sh, sh === 'busybox' ? ['sh', '-c', 'true'] : ['-c', 'true']).status === 0);
const NEW = 'aws_access_key_id = ASIANEW\naws_secret_access_key = s3cr3t\n';

/** `[mode, section, path]`: the mode is the script's argument, the section and the path go on stdin before `input`. */
function run(sh: string, home: string, [mode, header, path]: string[], input: string) {
  const argv = sh === 'busybox' ? ['sh', '-c', REMOTE_INI_SCRIPT, 'x', mode!] : ['-c', REMOTE_INI_SCRIPT, 'x', mode!];
  return spawnSync(sh, argv, { input: `${header}\n${path}\n${input}`, encoding: 'utf8', env: { HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin' }, cwd: home });
}

const CASES: Array<[string, string | null, string, string]> = [
  ['missing file: created with our section', null, 'work', '[work]\nASIANEW\n'],
  ['empty file', '', 'work', '[work]\nASIANEW\n'],
  ['section absent, no final newline: a newline and a blank line first', '[a]\nx = 1', 'work', '[a]\nx = 1\n\n[work]\nASIANEW\n'],
  ['section absent, file ends with a blank line', '[a]\nx = 1\n\n', 'work', '[a]\nx = 1\n\n[work]\nASIANEW\n'],
  ['CRLF file, section absent: appended with CRLF', '[a]\r\nx = 1\r\n', 'work', '[a]\r\nx = 1\r\n\r\n[work]\r\nASIANEW\r\n'],
  ['in the middle: neighbours byte for byte', '# c\n[a]\nx = 1\n[work]\nold = 1\n\n# about b\n[b]\ny = 2', 'work', '# c\n[a]\nx = 1\n[work]\nASIANEW\n\n# about b\n[b]\ny = 2'],
  ['last section without final newline', '[a]\nx = 1\n[work]\nold = 1', 'work', '[a]\nx = 1\n[work]\nASIANEW\n'],
  ['CRLF section keeps CRLF; LF neighbours stay LF', '[a]\nx = 1\n[work]\r\nold = 1\r\n[b]\ny = 2\n', 'work', '[a]\nx = 1\n[work]\r\nASIANEW\r\n[b]\ny = 2\n'],
  ['spaced header with a comment', '[ work ] ; saml2aws\nold = 1\n[b]\n', 'work', '[work]\nASIANEW\n[b]\n'],
  ['duplicate sections: first replaced, later copies dropped', '[work]\nold = 1\n[a]\nx = 1\n[work]\nold = 2\n[b]\n', 'work', '[work]\nASIANEW\n[a]\nx = 1\n[b]\n'],
  ['[profile work] is another section in a credentials file', '[profile work]\nregion = x\n', 'work', '[profile work]\nregion = x\n\n[work]\nASIANEW\n'],
  ['[profile work] is the section in a config file', '[default]\nregion = a\n[profile work]\nregion = x\n', 'profile work', '[default]\nregion = a\n[profile work]\nASIANEW\n'],
  ['a similar name is not ours', '[work2]\nx = 1\n[wor]\ny = 2\n', 'work', '[work2]\nx = 1\n[wor]\ny = 2\n\n[work]\nASIANEW\n'],
  ['backslashes, tabs, leading spaces and glob characters kept', '[a]\n  k = a\\tb\\\\c *?[x]\n\tt = 1\n[work]\nold\n', 'work', '[a]\n  k = a\\tb\\\\c *?[x]\n\tt = 1\n[work]\nASIANEW\n'],
  ['BOM before the first header stays', '\ufeff[a]\nx = 1\n', 'work', '\ufeff[a]\nx = 1\n\n[work]\nASIANEW\n'],
  ['BOM before our own section: kept, the section replaced', '\ufeff[work]\nold = 1\n[a]\n', 'work', '\ufeff[work]\nASIANEW\n[a]\n'],
];

for (const sh of SHELLS) {
  for (const [name, before, header, expected] of CASES) {
    test(`${sh}: ${name}`, (t) => {
      const h = makeFakeHome(t);
      const file = h.path('.aws/credentials');
      if (before !== null) h.write('.aws/credentials', before);
      const r = run(sh, h.home, ['write', header, '~/.aws/credentials'], NEW);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^cc-aws-keepalive-sync: (replaced|added|created) ${file}\\n$`));
      const want = expected.replace(/ASIANEW(\r?\n)/, (_, eol: string) => NEW.replace(/\n/g, eol));
      assert.equal(readFileSync(file, 'utf8'), want);
      assert.equal(statSync(file).mode & 0o777, 0o600);
      assert.deepEqual(readdirSync(h.path('.aws')), ['credentials'], 'no temporary file left');
    });
  }

  test(`${sh}: a symlinked file, an empty stdin and a folder in the way are refused; the file is untouched`, (t) => {
    const h = makeFakeHome(t, { 'real': '[a]\n' });
    symlinkSync(h.path('real'), h.path('link'));
    const link = run(sh, h.home, ['write', 'work', 'link'], NEW);
    assert.equal(link.status, 3);
    assert.match(link.stderr, /cc-aws-keepalive-sync-error: link is a symbolic link; set remotePath to the file it points to/);
    assert.ok(lstatSync(h.path('link')).isSymbolicLink());
    const empty = run(sh, h.home, ['write', 'work', 'real'], '');
    assert.equal(empty.status, 7);
    assert.equal(readFileSync(h.path('real'), 'utf8'), '[a]\n');
    h.write('dir/x', '');
    assert.equal(run(sh, h.home, ['write', 'work', 'dir'], NEW).status, 4);
  });

  test(`${sh}: check mode reads only the name and path from stdin and writes nothing`, (t) => {
    const h = makeFakeHome(t, { '.aws/credentials': '[a]\n' });
    assert.match(run(sh, h.home, ['check', 'work', '~/.aws/credentials'], '').stdout, /ok exists .*\/\.aws\/credentials/);
    assert.match(run(sh, h.home, ['check', 'work', '~/new/dir/credentials'], '').stdout, /ok create .*\/new\/dir\/credentials/);
    assert.equal(existsSync(h.path('new')), false);
  });
}

test('the script is one line without quote, bang, newline or double backslash, so any login shell passes it to sh unchanged', () => {
  assert.doesNotMatch(REMOTE_INI_SCRIPT, /['!\n\r]|\\\\/);
  assert.equal(remoteCommand('write'), `sh -c '${REMOTE_INI_SCRIPT}' cc-aws-keepalive-sync write`);
});

test('the remote command line carries nothing of the user\'s: the section, the path and the keys go on stdin', () => {
  assert.doesNotMatch(remoteCommand('write'), /ASIA|aws_secret|session_token =|\.aws/);
  assert.deepEqual(remoteInput('work', '~/.aws/credentials', 'k = v\n'), { ok: true, text: 'work\n~/.aws/credentials\nk = v\n' });
  assert.deepEqual(remoteInput('work', '~/x', null), { ok: true, text: 'work\n~/x\n' });
  for (const [h, p] of [['wo\nrk', '~/x'], ['work', '~/x\n/etc/passwd'], ['work', '~/x\r'], ['w\x1b[2Jork', '~/x']]) {
    const r = remoteInput(h!, p!, 'k = v\n');
    assert.equal(r.ok, false, JSON.stringify([h, p]));
    assert.match((r as { message: string }).message, /contains a control character — remove it/);
  }
});

// What a hostile or merely odd name does once a login shell parses the command: fish reads \' inside single quotes
// as a quote (a name ending in \ once ended our quoting there), tcsh and bash expand nothing inside them. The
// names go on stdin now; every login shell installed here runs the same command and writes the same bytes.
const LOGIN_SHELLS = ['bash', 'dash', 'fish', 'tcsh', 'zsh', 'mksh'].filter((sh) => spawnSync(sh, ['-c', 'true']).status === 0);
const ODD: Array<[string, string]> = [
  ['work', "~/odd dir/it's"],
  ['we\\ird\\', '~/back\\slash\\'],
  ["x\\' ; touch pwned ; echo '", "~/a'b\"c\\'$(touch pwned2)`touch pwned3`"],
  ['-rf', '~/-n'],
  // Under fish the old single-quoted arguments ran this: 'x\' closed no quote, so `; touch pwned` was a command.
  ['x\\', '~/; touch pwned ; #'],
];
for (const sh of LOGIN_SHELLS) {
  test(`${sh} as the remote login shell: odd and hostile section names and paths are written as given, never run`, (t) => {
    for (const [header, path] of ODD) {
      const h = makeFakeHome(t);
      const input = remoteInput(header, path, NEW);
      assert.ok(input.ok);
      const r = spawnSync(sh, ['-c', remoteCommand('write')], { input: input.text, encoding: 'utf8', cwd: h.home, env: { HOME: h.home, PATH: process.env.PATH ?? '' } });
      assert.equal(r.status, 0, `${header} ${path}: ${r.stderr}`);
      assert.equal(readFileSync(join(h.home, path.slice(2)), 'utf8'), `[${header}]\n${NEW}`);
      for (const f of ['pwned', 'pwned2', 'pwned3']) assert.equal(existsSync(join(h.home, f)), false, `${sh} ran a command from ${JSON.stringify([header, path])}`);
    }
  });
}

test('fish is among the login shells tested (Debian package "fish")', { skip: LOGIN_SHELLS.includes('fish') ? false : 'fish is not installed' }, () => {
  assert.ok(LOGIN_SHELLS.includes('fish'));
});
