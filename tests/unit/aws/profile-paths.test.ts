import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinArg, pinnedProfile, profileStem, resolveProfile } from '../../../src/core/aws/profile.ts';
import { resolvePaths } from '../../../src/io/system/paths.ts';

test('profile precedence: CC_KEEPALIVE_PROFILE > config > AWS_PROFILE > default', () => {
  assert.deepEqual(resolveProfile({ CC_KEEPALIVE_PROFILE: 'a', AWS_PROFILE: 'c' }, 'b'), { name: 'a', source: 'CC_KEEPALIVE_PROFILE' });
  assert.deepEqual(resolveProfile({ AWS_PROFILE: 'c' }, 'b'), { name: 'b', source: 'config' });
  assert.deepEqual(resolveProfile({ AWS_PROFILE: 'c' }, ''), { name: 'c', source: 'AWS_PROFILE' });
  assert.deepEqual(resolveProfile({ CC_KEEPALIVE_PROFILE: '  ' }, ' '), { name: 'default', source: 'default' });
});

test('a run started for a profile is told it on its command line, ahead of env and config', () => {
  const argv = ['node', 'cli.cjs', 'sync', '--auto', pinArg('team dev')];
  assert.equal(pinnedProfile(argv), 'team dev');
  assert.deepEqual(resolveProfile({ CC_KEEPALIVE_PROFILE: 'a' }, 'b', pinnedProfile(argv)), { name: 'team dev', source: 'pinned' });
  assert.equal(pinnedProfile(['node', 'cli.cjs', 'sync', '--pinned-profile=']), null);
  assert.equal(pinnedProfile(['node', 'cli.cjs', 'status']), null);
});

test('profileStem is file-safe and keeps odd names apart', () => {
  assert.equal(profileStem('work'), 'work');
  assert.match(profileStem('team.dev'), /^team_dev-[0-9a-f]{8}$/);
  assert.notEqual(profileStem('a.b'), profileStem('a/b'));
  assert.doesNotMatch(profileStem('../../etc/passwd'), /[./\\]/);
  assert.ok(profileStem('x'.repeat(500)).length < 60);
});

test('resolvePaths: defaults on Linux', () => {
  const p = resolvePaths({ env: {}, home: '/home/u', platform: 'linux' });
  assert.equal(p.configJson, '/home/u/.config/cc-aws-keepalive/config.json');
  assert.equal(p.configToml, '/home/u/.config/cc-aws-keepalive/config.toml');
  assert.equal(p.stateDir, '/home/u/.local/state/cc-aws-keepalive');
  assert.equal(p.claudeSettings, '/home/u/.claude/settings.json');
  assert.equal(p.awsCredentials, '/home/u/.aws/credentials');
  assert.equal(p.awsConfig, '/home/u/.aws/config');
});

test('resolvePaths: every override is honoured, ~ expanded as the AWS SDK does', () => {
  const p = resolvePaths({
    env: {
      XDG_CONFIG_HOME: '/x/cfg',
      XDG_STATE_HOME: '/x/state',
      CLAUDE_CONFIG_DIR: '~/claude-alt',
      AWS_SHARED_CREDENTIALS_FILE: '~/creds',
      AWS_CONFIG_FILE: '/x/awsconfig',
    },
    home: '/home/u',
    platform: 'darwin',
  });
  assert.equal(p.configDir, '/x/cfg/cc-aws-keepalive');
  assert.equal(p.stateDir, '/x/state/cc-aws-keepalive');
  assert.equal(p.claudeSettings, '/home/u/claude-alt/settings.json');
  assert.equal(p.awsCredentials, '/home/u/creds');
  assert.equal(p.awsConfig, '/x/awsconfig');
});

test('resolvePaths: Windows uses APPDATA and backslashes', () => {
  const p = resolvePaths({ env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, home: 'C:\\Users\\u', platform: 'win32' });
  assert.equal(p.configJson, 'C:\\Users\\u\\AppData\\Roaming\\cc-aws-keepalive\\config.json');
  assert.equal(p.stateDir, 'C:\\Users\\u\\AppData\\Local\\cc-aws-keepalive');
  assert.equal(p.awsCredentials, 'C:\\Users\\u\\.aws\\credentials');
  assert.equal(p.claudeSettings, 'C:\\Users\\u\\.claude\\settings.json');
});
