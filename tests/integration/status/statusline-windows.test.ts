// The user's own status line on Windows, modelled with real processes: a fake Git `bash.exe` (where
// CLAUDE_CODE_GIT_BASH_PATH points) and a fake `pwsh` on PATH that log how they were called and then run the
// command with sh. Before issue 23 the command went to cmd.exe, where `bash ~/.claude/x.sh` and `$HOME` fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync } from 'node:fs';
import { runStatusLineCommand } from '../../../src/io/status/status-compose.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';

const STDIN = '{"session_id":"s1"}';

test('Windows with Git Bash: the user\'s status line runs as `bash.exe -c <command>`, its stdin passed through', { skip: process.platform === 'win32' }, async (t) => {
  const h = makeFakeHome(t);
  const log = h.path('shell.log');
  const bash = h.write('Git/bin/bash.exe', `#!/bin/sh\nprintf '%s\\n' "$0 $*" >> '${log}'\nshift\nexec /bin/sh -c "$1"\n`);
  chmodSync(bash, 0o755);
  h.write('.claude/line.sh', 'read -r j; printf "line from %s" "$j"\n');
  const r = await runStatusLineCommand({
    command: '~/.claude/line.sh',
    stdin: STDIN,
    env: { ...h.env, CLAUDE_CODE_GIT_BASH_PATH: bash, PATH: `${h.path('empty')};${h.env.PATH}` },
    cwd: h.home,
    sessionId: 's1',
    stateDir: h.path('state'),
    platform: 'win32',
  });
  assert.deepEqual([r.source, r.output], ['fresh', `line from ${STDIN}`], r.problem ?? '');
  assert.equal(readFileSync(log, 'utf8'), `${bash} -c bash ~/.claude/line.sh\n`, 'Git\'s bash, and a bare x.sh run with bash as Claude Code does');
});

test('Windows without Git Bash: the user\'s status line runs with PowerShell -Command, not cmd.exe', { skip: process.platform === 'win32' }, async (t) => {
  const h = makeFakeHome(t);
  const log = h.path('shell.log');
  const pwsh = h.write('ps/pwsh', `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nfor last; do :; done\nexec /bin/sh -c "$last"\n`);
  chmodSync(pwsh, 0o755);
  const r = await runStatusLineCommand({
    command: 'echo from-powershell',
    stdin: STDIN,
    env: { ...h.env, PATH: `${h.path('ps')};/usr/bin;/bin`, PATHEXT: '.EXE' },
    cwd: h.home,
    sessionId: 's1',
    stateDir: h.path('state'),
    platform: 'win32',
  });
  assert.deepEqual([r.source, r.output.trim()], ['fresh', 'from-powershell'], r.problem ?? '');
  assert.equal(readFileSync(log, 'utf8'), '-NoProfile -NonInteractive -ExecutionPolicy Bypass -Command echo from-powershell\n');
});
