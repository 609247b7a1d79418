// What the user reads about logging in (core/login/login-text.ts): built from facts, in core alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loginFailure, loginHint, loginStarting } from '../../../src/core/login/login-text.ts';

test('loginHint: the user\'s loginCmd, else the command the profile implies, else where to set one', () => {
  const base = { loginCmd: '', fallbackCmd: null, profile: 'dev', configFile: '/c/config.json' };
  assert.equal(loginHint({ ...base, loginCmd: ' saml2aws login ', fallbackCmd: 'aws sso login --profile dev' }), 'run: saml2aws login');
  assert.equal(loginHint({ ...base, fallbackCmd: 'aws sso login --profile dev' }), 'run: aws sso login --profile dev');
  assert.equal(loginHint(base), 'log in again for AWS profile "dev" (set "loginCmd" in /c/config.json to show the exact command here)');
});

test('loginFailure: one reason per outcome of autoLoginCmd, the first fact that explains it', () => {
  const r = { spawnError: null, timedOut: false, exitCode: 0, durationMs: 41_600 };
  assert.equal(loginFailure({ ...r, spawnError: 'ENOENT' }, null), 'autoLoginCmd could not be started (ENOENT)');
  assert.equal(loginFailure({ ...r, timedOut: true, exitCode: null }, null), 'autoLoginCmd did not finish within 42 s and was stopped');
  assert.equal(loginFailure({ ...r, exitCode: null }, null), 'autoLoginCmd was stopped');
  assert.equal(loginFailure({ ...r, exitCode: 2 }, null), 'autoLoginCmd failed (exit code 2)');
  assert.equal(loginFailure(r, 'STS did not answer'), 'autoLoginCmd finished, but the new credentials could not be confirmed (STS did not answer)');
  assert.equal(loginFailure(r, null), 'autoLoginCmd finished, but the credentials are still not valid');
  assert.equal(loginStarting('dev', 150_400), 'Credentials for AWS profile "dev" are not valid; running autoLoginCmd (up to 150 s)…');
});
