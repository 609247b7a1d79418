// The Windows login path as Windows documents it (issue 23): the shipped PowerShell template's bytes as Windows
// PowerShell 5.1 reads them, the command setup writes for it, and the words cmd.exe would rewrite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildLogin, findPreset } from '../../../src/core/login/login-presets.ts';
import { cmdQuoteProblem } from '../../../src/core/login/shell-quote.ts';
import { runLoginSetup } from '../../../src/flows/login/login-setup.ts';
import { resolvePaths } from '../../../src/io/system/paths.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { ROOT } from '../../helpers/run-entry.ts';

const SKIP = new Set(['node_modules', 'dist', '.git']);
const shippedPs1 = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (SKIP.has(n)) return [];
    return statSync(p).isDirectory() ? shippedPs1(p) : n.toLowerCase().endsWith('.ps1') ? [p] : [];
  });

// Windows-1252, the ANSI code page of Western-European Windows: the bytes 0x80-0x9F that differ from Latin-1.
const CP1252: Record<number, string> = { 0x80: '\u20ac', 0x82: '\u201a', 0x84: '\u201e', 0x85: '\u2026', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x96: '\u2013', 0x97: '\u2014', 0x8b: '\u2039', 0x9b: '\u203a' };
const asAnsi = (bytes: Buffer) => Array.from(bytes, (b) => CP1252[b] ?? String.fromCharCode(b)).join('');
// The characters PowerShell's tokenizer takes as quotes besides ' and " (its SpecialChars).
const PS_QUOTES = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e]/;

test('every shipped .ps1 is ASCII (or has a BOM): Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page', () => {
  const files = shippedPs1(ROOT);
  assert.ok(files.some((f) => f.endsWith('templates/login.ps1')), 'the login template is among them');
  for (const f of files) {
    const bytes = readFileSync(f);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom) continue;
    const at = bytes.findIndex((b) => b > 0x7e || (b < 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09));
    const line = at < 0 ? 0 : bytes.subarray(0, at).toString('latin1').split('\n').length;
    assert.equal(at, -1, `${relative(ROOT, f)}:${line} has a non-ASCII byte and no BOM: write it in ASCII`);
    assert.doesNotMatch(asAnsi(bytes), PS_QUOTES, `${relative(ROOT, f)}: PowerShell 5.1 would read a quote character that is not there`);
  }
});

test('the model is right: a UTF-8 em dash read as cp1252 ends in U+201D, which PowerShell takes as a closing quote', () => {
  assert.match(asAnsi(Buffer.from('"a \u2014 b"', 'utf8')), PS_QUOTES);
});

test('login.ps1: partial lines split without the 0..-1 range, and a stopped tool is ended with its whole tree', () => {
  const text = readFileSync(join(ROOT, 'templates/login.ps1'), 'utf8');
  // In PowerShell 0..-1 is the two items 0 and -1: with one part the partial line was printed and read twice.
  assert.doesNotMatch(text, /\[\s*0\s*\.\.\s*\(\s*\$\w+\.Count\s*-\s*\d+\s*\)\s*\]/);
  const stop = /function Stop-Tool[\s\S]*?\n}/.exec(text)?.[0] ?? '';
  assert.match(stop, /'taskkill\.exe', "\/pid \$\(\$p\.Id\) \/T \/F"/, 'Stop-Tool walks the tree with taskkill /T /F');
  assert.match(stop, /WaitForExit\(\d+\)/, 'taskkill has a deadline');
});

const decode = (cmd: string) => {
  const m = /^powershell -NoProfile -NonInteractive -EncodedCommand ([A-Za-z0-9+/=]+)$/.exec(cmd);
  assert.ok(m, cmd);
  return Buffer.from(m[1]!, 'base64').toString('utf16le');
};

test('setup writes login.ps1 as a script block from the file\'s text (-EncodedCommand), never -File: Group Policy cannot refuse it', () => {
  const saml = findPreset('saml2aws')!;
  const base = { templateDir: 'C:\\Users\\o\'neil\\AppData\\Roaming\\cc-aws-keepalive', programPath: 'C:\\Program Files\\saml2aws\\saml2aws.exe', expectPath: null, role: '', templateTimeoutSeconds: 140 };
  const win = buildLogin(saml, { ...base, platform: 'win32', profile: 'dev' });
  assert.equal(win.template, 'login.ps1');
  assert.doesNotMatch(win.autoLoginCmd, /-File|-ExecutionPolicy/);
  assert.equal(
    decode(win.autoLoginCmd),
    "& ([scriptblock]::Create([IO.File]::ReadAllText('C:\\Users\\o''neil\\AppData\\Roaming\\cc-aws-keepalive\\login.ps1'))) -Account 'dev' -TimeoutSeconds 140 -Program 'C:\\Program Files\\saml2aws\\saml2aws.exe' -Arguments 'login --profile dev --skip-prompt --force'",
  );
  // A typographic quote in a name is doubled too: PowerShell would end the string there.
  assert.match(decode(buildLogin(saml, { ...base, platform: 'win32', profile: 'team\u2019s' }).autoLoginCmd), /-Account 'team\u2019\u2019s'/);
  // Arguments with spaces keep their Windows quoting inside the one -Arguments string.
  assert.match(decode(buildLogin(saml, { ...base, platform: 'win32', profile: 'my team' }).autoLoginCmd), /-Arguments 'login --profile "my team" --skip-prompt --force'$/);
});

test('cmd.exe expands %VAR% (and !VAR! with delayed expansion) inside double quotes: such words are refused on Windows only', () => {
  assert.match(cmdQuoteProblem('100%dev', 'win32') ?? '', /% or !/);
  assert.match(cmdQuoteProblem('wow!', 'win32') ?? '', /% or !/);
  assert.match(cmdQuoteProblem('a\nb', 'win32') ?? '', /control character/);
  assert.equal(cmdQuoteProblem('my team', 'win32'), null);
  assert.equal(cmdQuoteProblem('100%dev', 'linux'), null, 'sh single quotes keep % literal');
});

test('setup --login on Windows refuses a profile cmd.exe would rewrite, and writes nothing', async (t) => {
  const h = makeFakeHome(t);
  const paths = resolvePaths({ env: h.env, home: h.home, platform: 'linux' });
  const input = { env: h.env, paths, root: ROOT, platform: 'win32' as const, now: () => 0, sleep: async () => undefined, tool: 'aws-sso', role: '', dryRun: false };
  const r = await runLoginSetup({ ...input, profile: '%USERNAME%-dev' });
  assert.match(r.error ?? '', /the profile "%USERNAME%-dev" holds % or !, which cmd\.exe expands even inside quotes/);
  assert.throws(() => readFileSync(paths.configJson), 'no config written');
  const fine = await runLoginSetup({ ...input, profile: 'dev', dryRun: true });
  assert.equal(fine.error, null);
});
