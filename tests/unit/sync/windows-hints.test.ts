// Fixes we print must work in the user's shell (issue 23.11): on Windows cmd.exe does not expand `~`, Windows
// PowerShell 5.1's `>>` writes UTF-16 (ssh cannot read the known_hosts it makes), and there is no chmod.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unknownHostMessage } from '../../../src/core/sync/ssh-hints.ts';
import { writableCommand } from '../../../src/io/system/text-file.ts';
import type { SshTarget } from '../../../src/schemas/sync-target.ts';

const target: SshTarget = { type: 'ssh', name: 'box', host: 'box.example', user: 'me', port: 2222 };

test('unknown host key: ssh-keyscan >> ~/.ssh/known_hosts on Unix; on Windows, connect once by hand (no ~, no >>)', () => {
  const unix = unknownHostMessage(target, 'me@box.example port 2222', 'linux');
  assert.match(unix, /is not in ~\/\.ssh\/known_hosts .* add it: ssh-keyscan -p 2222 box\.example >> ~\/\.ssh\/known_hosts {3}\(or connect once by hand: ssh -p 2222 me@box\.example\)$/);
  const win = unknownHostMessage(target, 'me@box.example port 2222', 'win32');
  assert.match(win, /is not in %USERPROFILE%\\\.ssh\\known_hosts .* add it by connecting once by hand: ssh -p 2222 me@box\.example {3}\(answer yes when the fingerprint is the host's\)$/);
  assert.doesNotMatch(win, />>|~/);
  const custom: SshTarget = { ...target, sshOptions: ['UserKnownHostsFile=C:/keys/hosts'] };
  assert.match(unknownHostMessage(custom, 'x', 'win32'), /is not in C:\/keys\/hosts /);
});

test('a read-only settings.json: chmod u+w on Unix, attrib -R on Windows', () => {
  assert.equal(writableCommand('/h/.claude/settings.json', 'darwin'), 'chmod u+w "/h/.claude/settings.json"');
  assert.equal(writableCommand('C:\\Users\\u\\.claude\\settings.json', 'win32'), 'attrib -R "C:\\Users\\u\\.claude\\settings.json"');
});
