// ssh's arguments for a sync target: ssh keeps the first value it gets for each option, so ours come before the
// user's sshOptions (and any ssh_config); no existing ControlMaster socket may carry our session; the host is one
// argument after `--`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sshArgs } from '../../../src/io/sync/sync-ssh.ts';

const OURS = ['BatchMode=yes', 'StrictHostKeyChecking=yes', 'ControlMaster=no', 'ControlPath=none', 'PermitLocalCommand=no', 'ForwardAgent=no'];

test('our options come first, the user\'s after them, the host last after --', () => {
  const args = sshArgs({ type: 'ssh', host: 'box', user: 'me', port: 2222, identityFile: '/k', sshOptions: ['ControlPath=/tmp/cm-%C', 'ConnectTimeout=99'] }, 20_000, 'CMD');
  const at = (v: string) => args.indexOf(v);
  for (const o of OURS) assert.ok(at(o) > 0 && args[at(o) - 1] === '-o', `${o} is passed`);
  const lastOurs = Math.max(...OURS.map(at), at('ConnectTimeout=10'));
  assert.ok(at('ControlPath=/tmp/cm-%C') > lastOurs && at('ConnectTimeout=99') > lastOurs, 'the user\'s options follow ours');
  assert.deepEqual(args.slice(-3), ['--', 'box', 'CMD']);
});
