// Names that reach a command line (core/login/safe-name.ts): option and redirection starts and control characters
// are refused with the name and its source; everything else, shell syntax included, is a value for the quoting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameProblem, profileProblem } from '../../../src/core/login/safe-name.ts';

test('refused: a start that expect, getopt or Tcl exec reads as an option or a redirection, and control characters', () => {
  for (const [name, lead] of [['-cexec touch x', '-'], ['<in', '<'], ['>out', '>'], ['2>err', '2>'], ['|cmd', '|'], ['&', '&'], ['--profile', '-']]) {
    const m = nameProblem(name!, 'profile name', '--profile');
    assert.equal(m, `the profile name ${JSON.stringify(name)} (from --profile) starts with "${lead}", which a command line reads as an option or a redirection — use a name that starts with a letter or digit`);
  }
  assert.match(nameProblem('a\nb', 'role', '--role')!, /^the role "a\\nb" \(from --role\) contains a control character/);
  assert.match(nameProblem('a\u001b[2J', 'role', '--role')!, /control character/);
});

test('allowed: ordinary names, and shell syntax that quoting keeps a single value', () => {
  for (const name of ['dev', 'my-team_prod.1', '2fa', 'a-b', 'arn:aws:iam::1:role/x', "it's", '$(x)', 'a b', 'x>y', 'back\\']) {
    assert.equal(nameProblem(name, 'profile name', 'config "profile"'), null, name);
  }
});

test('profileProblem names where the run\'s profile came from', () => {
  assert.match(profileProblem({ name: '-x', source: 'AWS_PROFILE' })!, /\(from env AWS_PROFILE\)/);
  assert.equal(profileProblem({ name: 'dev', source: 'config' }), null);
});
