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

test('Windows, a status line past its deadline whose command left a child (a .cmd shim\'s node): `taskkill /pid N /T /F` ends the tree', { skip: process.platform === 'win32' }, async (t) => {
  const h = makeFakeHome(t);
  const log = h.path('taskkill.log');
  const pidFile = h.path('child.pid');
  // taskkill as Windows documents it, on this machine: /T ends the process and every descendant.
  chmodSync(h.write('bin/taskkill', `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nkill -9 -"$2"\n`), 0o755);
  chmodSync(h.write('Git/bin/bash.exe', '#!/bin/sh\nshift\nexec /bin/sh -c "$1"\n'), 0o755);
  // The taskkill we start is looked up on our own PATH: the run happens in a process whose PATH has the fake.
  const script = `
    import { runStatusLineCommand } from ${JSON.stringify(`${process.cwd()}/src/io/status/status-compose.ts`)};
    const r = await runStatusLineCommand({ command: 'sleep 30 & echo $! > ${pidFile}; wait', stdin: '{}', env: { PATH: process.env.PATH, CLAUDE_CODE_GIT_BASH_PATH: ${JSON.stringify(h.path('Git/bin/bash.exe'))} }, sessionId: 's', stateDir: ${JSON.stringify(h.path('state'))}, timeoutMs: 700, platform: 'win32' });
    console.log(JSON.stringify(r));`;
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...h.env, PATH: `${h.path('bin')}:${h.env.PATH}` },
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /did not finish within 700 ms/);
  assert.match(readFileSync(log, 'utf8'), /^\/pid \d+ \/T \/F\n$/);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  await new Promise((res) => setTimeout(res, 300));
  let alive = true;
  try {
    alive = !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    alive = false;
  }
  assert.equal(alive, false, 'the command\'s child is gone');
});
