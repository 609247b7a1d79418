import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayCommand, expandHome, findScript, guardedCommand, quotePath, repointCommand, scriptCommand } from '../../../src/core/settings/command-path.ts';
import { compareVersions, parseCacheDir } from '../../../src/core/settings/plugin-dir.ts';

const A = '/home/u/.claude/plugins/cache/m/cc-aws-keepalive/0.1.0';
const B = '/home/u/.claude/plugins/cache/m/cc-aws-keepalive/0.2.0';

test('scriptCommand quotes the path for sh and cmd.exe', () => {
  assert.equal(scriptCommand(A, 'export-credentials', 'linux'), guardedCommand('export-credentials', `"${A}/dist/export-credentials.cjs"`));
  assert.match(scriptCommand(A, 'export-credentials', 'linux'), /^command -v node >\/dev\/null 2>&1 \|\| \{ .*; exit 1; \}; exec node "[^"]+export-credentials\.cjs"$/);
  assert.equal(scriptCommand('/Users/John Smith/p', 'auth-refresh', 'darwin'), guardedCommand('auth-refresh', '"/Users/John Smith/p/dist/auth-refresh.cjs"'));
  // $ and backslashes act inside sh double quotes: single quotes keep them literal.
  assert.equal(quotePath("/x/$HOME/it's", 'linux'), `'/x/$HOME/it'\\''s'`);
  assert.equal(
    scriptCommand('C:\\Users\\me\\.claude\\plugins\\cache\\m\\cc-aws-keepalive\\0.1.0', 'export-credentials', 'win32'),
    'node "C:\\Users\\me\\.claude\\plugins\\cache\\m\\cc-aws-keepalive\\0.1.0\\dist\\export-credentials.cjs"',
  );
});

test('findScript: quoted, unquoted, wrapped, Windows, legacy, foreign', () => {
  const q = findScript(`node "${A}/dist/export-credentials.mjs" --debug`, 'export-credentials')!;
  assert.equal(q.path, `${A}/dist/export-credentials.mjs`);
  assert.equal(q.root, A);
  assert.equal(q.legacy, false);
  const u = findScript(`FOO=1 node ${A}/dist/auth-refresh.mjs`, 'auth-refresh')!;
  assert.equal(u.root, A);
  const wrapped = findScript(`sh -c 'node ${A}/dist/auth-refresh.mjs'`, 'auth-refresh')!;
  assert.equal(wrapped.path, `${A}/dist/auth-refresh.mjs`);
  const spaced = findScript(`node "/Users/John Smith/p/dist/statusline.mjs"`, 'statusline')!;
  assert.equal(spaced.root, '/Users/John Smith/p');
  const win = findScript('node "C:\\Users\\me\\p\\dist\\export-credentials.mjs"', 'export-credentials')!;
  assert.equal(win.root, 'C:\\Users\\me\\p');
  const legacy = findScript('node ~/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.3.0/aws-cred-export.mjs', 'export-credentials')!;
  assert.equal(legacy.legacy, true);
  assert.equal(legacy.root, '~/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.3.0');
  assert.equal(findScript('aws configure export-credentials --profile x --format process', 'export-credentials'), null);
  assert.equal(findScript('node /x/dist/export-credentials.mjs.bak', 'export-credentials'), null);
  assert.equal(findScript(`node "${A}/dist/auth-refresh.mjs"`, 'export-credentials'), null);
});

test('repointCommand keeps everything the user wrapped around our path', () => {
  // What we used to write (`node "<path>.mjs"`) becomes today's whole command.
  assert.equal(repointCommand(`node "${A}/dist/export-credentials.mjs"`, 'export-credentials', B, 'linux'), scriptCommand(B, 'export-credentials', 'linux'));
  assert.equal(
    repointCommand(`AWS_REGION=eu-west-1 /opt/wrap.sh node ${A}/dist/auth-refresh.mjs --verbose 2>>/tmp/log`, 'auth-refresh', B, 'linux'),
    `AWS_REGION=eu-west-1 /opt/wrap.sh node "${B}/dist/auth-refresh.cjs" --verbose 2>>/tmp/log`,
  );
  assert.equal(repointCommand(`sh -c 'node ${A}/dist/auth-refresh.mjs'`, 'auth-refresh', B, 'linux'), `sh -c 'node "${B}/dist/auth-refresh.cjs"'`);
  // Already there: the very same string comes back (idempotent, no re-quoting).
  const cur = `node ${B}/dist/statusline.cjs --compact`;
  assert.equal(repointCommand(cur, 'statusline', B, 'linux'), cur);
  const guarded = scriptCommand(B, 'statusline', 'linux');
  assert.equal(repointCommand(guarded, 'statusline', B, 'linux'), guarded);
  // Our guarded command for an older version: only the path inside changes.
  assert.equal(repointCommand(scriptCommand(A, 'statusline', 'linux'), 'statusline', B, 'linux'), guarded);
  // This version's own old name moves too.
  assert.equal(repointCommand(`node "${B}/dist/statusline.mjs" --compact`, 'statusline', B, 'linux'), `node "${B}/dist/statusline.cjs" --compact`);
  // The original plugin's script names become ours.
  assert.equal(
    repointCommand('node ~/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.3.0/aws-auth-refresh.mjs', 'auth-refresh', B, 'linux'),
    scriptCommand(B, 'auth-refresh', 'linux'),
  );
  assert.equal(repointCommand('echo hi', 'statusline', B, 'linux'), null);
});

test('parseCacheDir, compareVersions, expandHome', () => {
  assert.deepEqual(parseCacheDir(A), { marketplace: 'm', plugin: 'cc-aws-keepalive', version: '0.1.0' });
  assert.deepEqual(parseCacheDir('C:\\u\\.claude\\plugins\\cache\\m\\p\\abcdef123456\\'), { marketplace: 'm', plugin: 'p', version: 'abcdef123456' });
  assert.equal(parseCacheDir('/home/u/src/cc-aws-keepalive'), null);
  assert.equal(compareVersions('0.10.0', '0.9.9'), 1);
  assert.equal(compareVersions('1.0.0', '1.0.0-rc.1'), 1);
  assert.equal(compareVersions('1.0.0', '1.0.0'), 0);
  assert.equal(compareVersions('abcdef123456', '1.0.0'), null);
  assert.equal(expandHome('~/x', '/h'), '/h/x');
  assert.equal(expandHome('$HOME/x', '/h'), '/h/x');
  assert.equal(expandHome('${HOME}/x', '/h'), '/h/x');
  assert.equal(expandHome('/a/~/x', '/h'), '/a/~/x');
});

test('displayCommand hides secrets people put in commands, keeps paths readable', () => {
  assert.equal(
    displayCommand('saml2aws login --password=hunter2 --profile dev'),
    'saml2aws login --password=[redacted] --profile dev',
  );
  assert.equal(displayCommand('AWS_ACCESS_KEY_ID=ASIAABCDEFGHIJKLMNOP tool'), 'AWS_ACCESS_KEY_ID=[redacted key id] tool');
  const path = 'node "/Users/JohnSmith/Library/ApplicationSupport/Tools/dist/statusline.mjs"';
  assert.equal(displayCommand(path), path);
});

test('findScript sees our path inside the node guard, and tells our old .mjs name from the .cjs', () => {
  const g = findScript(scriptCommand(A, 'statusline', 'linux'), 'statusline')!;
  assert.equal(g.path, `${A}/dist/statusline.cjs`);
  assert.equal(g.mjs, false);
  assert.equal(findScript(`node "${A}/dist/statusline.mjs"`, 'statusline')!.mjs, true);
  assert.equal(findScript('node /opt/aws-statusline.mjs', 'statusline')!.mjs, false);
});
