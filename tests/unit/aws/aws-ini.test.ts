import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAwsIni } from '../../../src/core/aws/aws-ini.ts';

const section = (text: string, name: string) => parseAwsIni(text).sections.get(name);

test('real-world credentials file shapes parse like the AWS SDK reads them', async (t) => {
  const cases: Array<[string, string, string, Record<string, string> | undefined]> = [
    ['plain', '[dev]\naws_access_key_id = A\n', 'dev', { aws_access_key_id: 'A' }],
    ['UTF-8 BOM keeps the first section', '\ufeff[dev]\nk = v\n', 'dev', { k: 'v' }],
    ['CRLF line endings', '[dev]\r\nk = v\r\nj = w\r\n', 'dev', { k: 'v', j: 'w' }],
    ['lone CR line endings', '[dev]\rk = v\r', 'dev', { k: 'v' }],
    ['dotted name is one profile, not nested', '[team.dev]\nk = v\n', 'team.dev', { k: 'v' }],
    ['spaces inside brackets', '[ dev ]\nk = v\n', 'dev', { k: 'v' }],
    ['comment after header', '[dev] ; from saml2aws\nk = v\n', 'dev', { k: 'v' }],
    ['hash comment after header', '[dev] # note\nk = v\n', 'dev', { k: 'v' }],
    ['inline # comment after whitespace', '[dev]\nk = v # note\n', 'dev', { k: 'v' }],
    ['inline ; comment after whitespace', '[dev]\nk = v ; note\n', 'dev', { k: 'v' }],
    ['# inside a value is kept', '[dev]\nk = a#b;c\n', 'dev', { k: 'a#b;c' }],
    ['double-quoted value is unquoted', '[dev]\nk = "abc"\n', 'dev', { k: 'abc' }],
    ['single-quoted value is unquoted', "[dev]\nk = 'abc'\n", 'dev', { k: 'abc' }],
    ['key=value without spaces', '[dev]\nk=v\n', 'dev', { k: 'v' }],
    ['token ending in = keeps its padding', '[dev]\naws_session_token=FwoGZX+/abc==\n', 'dev', { aws_session_token: 'FwoGZX+/abc==' }],
    ['value with = inside', '[dev]\nk = a=b=c\n', 'dev', { k: 'a=b=c' }],
    ['true stays a string', '[dev]\nk = true\n', 'dev', { k: 'true' }],
    ['duplicate sections merge, later wins', '[dev]\nk = old\nj = 1\n[dev]\nk = new\n', 'dev', { k: 'new', j: '1' }],
    ['indented keys', '[dev]\n  k = v\n', 'dev', { k: 'v' }],
    ['full-line comments skipped', '# top\n; also\n[dev]\n# k = no\nk = v\n', 'dev', { k: 'v' }],
    ['keys before any section are ignored', 'k = v\n[dev]\nj = w\n', 'dev', { j: 'w' }],
    ['profile name with slash and unicode', '[équipe/dev]\nk = v\n', 'équipe/dev', { k: 'v' }],
    ['backslash in value kept', '[dev]\nk = a\\b\n', 'dev', { k: 'a\\b' }],
    ['empty value', '[dev]\nk =\n', 'dev', { k: '' }],
    ['missing section', '[dev]\nk = v\n', 'prod', undefined],
  ];
  for (const [name, text, profile, expected] of cases) {
    await t.test(name, () => assert.deepEqual(section(text, profile), expected));
  }
});

test('aws-sso-cli "# Expires:" comment attaches to the profile whose keys follow it', () => {
  const r = parseAwsIni('[a]\n# Expires: 2026-11-24T10:00:00Z\nk = 1\n\n# Expires: 2026-11-24T11:00:00Z\n[b]\nk = 2\n');
  assert.equal(r.expiresComments.get('a'), '2026-11-24T10:00:00Z');
  assert.equal(r.expiresComments.get('b'), '2026-11-24T11:00:00Z');
});

test('garbage does not throw', () => {
  assert.doesNotThrow(() => parseAwsIni('\u0000\u0001[[[]]]=\n=\n[\n]]\n'));
  assert.equal(parseAwsIni('').sections.size, 0);
});

test('values with dots, brackets and quotes inside are kept verbatim', () => {
  assert.deepEqual(section('[dev]\nx = 2026-11-24T10:00:00.000Z\ny = a[b]c\nz = it\'s "q"\n', 'dev'), {
    x: '2026-11-24T10:00:00.000Z',
    y: 'a[b]c',
    z: 'it\'s "q"',
  });
});

test('plain files skip ini, anything ini would change still goes through it: same answers either way', () => {
  const plain = parseAwsIni('[p]\naws_access_key_id = A\nx = a#b ; note\nflag = true\nempty =\nk = v=1\n');
  assert.deepEqual(plain.sections.get('p'), { aws_access_key_id: 'A', x: 'a#b', flag: 'true', empty: '', k: 'v=1' });
  const odd = parseAwsIni('[p]\n"quoted key" = 1\nlist[] = a\nn = null\nq = "x y"\nb = c\\\\d\nplain = ok\n');
  assert.deepEqual(odd.sections.get('p'), { 'quoted key': '1', q: 'x y', b: 'c\\\\d', plain: 'ok' });
});
