// XDG_CONFIG_HOME and XDG_STATE_HOME: absolute values (and ~/…, as for the AWS variables) are honoured; a relative
// one is ignored, as the XDG spec says, instead of naming a folder inside the hook's working directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePaths } from '../../../src/io/system/paths.ts';

const at = (env: Record<string, string>) => resolvePaths({ env, home: '/home/u', platform: 'linux' });

test('absolute and ~ XDG values are used', () => {
  assert.equal(at({ XDG_CONFIG_HOME: '/x/cfg', XDG_STATE_HOME: '/x/state' }).configDir, '/x/cfg/cc-aws-keepalive');
  assert.equal(at({ XDG_STATE_HOME: '/x/state' }).stateDir, '/x/state/cc-aws-keepalive');
  assert.equal(at({ XDG_STATE_HOME: '~/st' }).stateDir, '/home/u/st/cc-aws-keepalive');
});

test('relative XDG values are ignored (issue 22, finding 2)', () => {
  for (const rel of ['st', './st', 'st/', '../st', '~st']) {
    const p = at({ XDG_CONFIG_HOME: rel, XDG_STATE_HOME: rel });
    assert.equal(p.configDir, '/home/u/.config/cc-aws-keepalive', rel);
    assert.equal(p.configJson, '/home/u/.config/cc-aws-keepalive/config.json', rel);
    assert.equal(p.stateDir, '/home/u/.local/state/cc-aws-keepalive', rel);
  }
});
