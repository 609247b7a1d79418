// The shell Claude Code runs a status line with on Windows (its 2.1.197 bundle, docs/platforms.md), modelled with
// an injected `exists` and a fake PATH: Git Bash when found, else PowerShell, never cmd.exe while either exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findGitBash, findPowerShell, statusLineShell } from '../../../src/io/system/claude-shell.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';

const only = (...paths: string[]) => (p: string) => paths.includes(p);
const GIT = 'C:\\Program Files\\Git\\bin\\bash.exe';

test('Git Bash: CLAUDE_CODE_GIT_BASH_PATH, then Git\'s install folders, then <git on PATH>/../../bin/bash.exe', (t) => {
  assert.equal(findGitBash({ CLAUDE_CODE_GIT_BASH_PATH: 'D:\\tools\\bash.exe' }, only('D:\\tools\\bash.exe', GIT)), 'D:\\tools\\bash.exe');
  assert.equal(findGitBash({ CLAUDE_CODE_GIT_BASH_PATH: 'D:\\gone\\bash.exe' }, only(GIT)), GIT, 'naming no file: looked up as if unset');
  assert.equal(findGitBash({ CLAUDE_CODE_GIT_BASH_PATH: 'D:\\tools\\zsh.exe' }, only('D:\\tools\\zsh.exe')), null, 'not a bash or sh: ignored');
  assert.equal(findGitBash({}, only(GIT)), GIT);
  assert.equal(findGitBash({}, only('C:\\Program Files (x86)\\Git\\bin\\bash.exe')), 'C:\\Program Files (x86)\\Git\\bin\\bash.exe');
  const h = makeFakeHome(t);
  mkdirSync(h.path('Git/cmd'), { recursive: true });
  writeFileSync(h.path('Git/cmd/git.exe'), '');
  assert.equal(findGitBash({ PATH: h.path('Git/cmd') }, only(h.path('Git/bin/bash.exe'))), h.path('Git/bin/bash.exe'));
  assert.equal(findGitBash({ PATH: h.path('Git/cmd') }, only()), null);
});

test('PowerShell: pwsh on PATH, PowerShell 7\'s folders, then Windows PowerShell 5.1', (t) => {
  const h = makeFakeHome(t);
  for (const d of ['ps7', 'win']) mkdirSync(h.path(d));
  writeFileSync(h.path('ps7/pwsh.exe'), '');
  writeFileSync(h.path('win/powershell.exe'), '');
  assert.equal(findPowerShell({ PATH: `${h.path('win')};${h.path('ps7')}` }, only()), h.path('ps7/pwsh.exe'));
  assert.equal(findPowerShell({ PATH: h.path('win'), ProgramFiles: 'C:\\PF' }, only(join('C:\\PF', 'PowerShell', '7', 'pwsh.exe'))), join('C:\\PF', 'PowerShell', '7', 'pwsh.exe'));
  assert.equal(findPowerShell({ PATH: h.path('win') }, only()), h.path('win/powershell.exe'));
});

test('statusLineShell: Windows with Git Bash runs `bash.exe -c` with Git\'s folder first on PATH; a bare x.sh gets bash', () => {
  const r = statusLineShell('~/.claude/line.sh --short', { Path: 'C:\\Windows' }, 'win32', only(GIT));
  assert.equal(r.shell, GIT);
  assert.equal(r.file, 'bash ~/.claude/line.sh --short');
  assert.equal(r.env.Path, 'C:\\Program Files\\Git\\bin;C:\\Windows');
  assert.equal(statusLineShell('bash $HOME/x.sh', {}, 'win32', only(GIT)).file, 'bash $HOME/x.sh');
});

test('statusLineShell: Windows without Git Bash runs PowerShell -Command (Bypass unless told to respect the policy)', (t) => {
  const h = makeFakeHome(t);
  writeFileSync(h.path('powershell.exe'), '');
  const r = statusLineShell('Write-Output hi', { PATH: h.home }, 'win32', only());
  assert.deepEqual([r.file, r.args, r.shell], [h.path('powershell.exe'), ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', 'Write-Output hi'], false]);
  const strict = statusLineShell('x', { PATH: h.home, CLAUDE_CODE_POWERSHELL_RESPECT_EXECUTION_POLICY: '1' }, 'win32', only());
  assert.deepEqual(strict.args, ['-NoProfile', '-NonInteractive', '-Command', 'x']);
  assert.deepEqual(statusLineShell('x', { PATH: h.path('none') }, 'win32', only()).shell, true, 'neither: cmd.exe, the last resort');
  assert.deepEqual(statusLineShell('x', { PATH: h.home }, 'linux', only(GIT)), { file: 'x', args: [], shell: true, env: { PATH: h.home } }, 'Unix: /bin/sh');
});
