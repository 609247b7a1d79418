// The import picture of src/ (src/README.md): entries → flows → {io, core} → schemas, no arrow back up, no circle,
// core pure, io using core only to read and write formats, flows given the clock, the timers and the environment by
// their entry. Every rule reads every file of a layer, its topic folders (core/aws/, flows/sync/, …) included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { ROOT } from '../../helpers/run-entry.ts';

const SRC = join(ROOT, 'src');
const LAYERS = ['schemas', 'core', 'io', 'flows', 'entries'] as const;
type Layer = (typeof LAYERS)[number];
// What each layer may import from src/ besides the shared version.ts.
const MAY_IMPORT: Record<Layer, readonly string[]> = {
  schemas: ['schemas'],
  core: ['schemas', 'core'],
  io: ['schemas', 'core', 'io'],
  flows: ['schemas', 'core', 'io', 'flows'],
  entries: ['schemas', 'core', 'io', 'flows'],
};

/** Every .ts file below `dir`, as a path relative to src/ with forward slashes (`core/aws/expiry.ts`). */
function filesBelow(dir: string): string[] {
  return readdirSync(join(SRC, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(SRC, rel)).isDirectory()) return filesBelow(rel);
    return name.endsWith('.ts') ? [rel] : [];
  });
}
const source = (rel: string) => readFileSync(join(SRC, rel), 'utf8');
/** Relative imports of a file (type-only ones and `import()` included), resolved to paths relative to src/. */
function importsOf(rel: string, text = source(rel)): { spec: string; target: string }[] {
  return [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => ({ spec: m[1]!, target: posix.normalize(posix.join(posix.dirname(rel), m[1]!)) }));
}
const layerOf = (rel: string) => rel.split('/')[0]!;
/** An import that breaks the floors, or null. Exported for the planted-file checks below. */
function wrongImport(from: string, target: string): string | null {
  const layer = layerOf(from) as Layer;
  const to = target.split('/');
  if (to.length === 1) return to[0] === 'version.ts' ? null : `${from} imports ${target} (only version.ts lives at src/)`;
  return MAY_IMPORT[layer].includes(to[0]!) ? null : `${from} imports ${target}, a higher floor`;
}
const ALL = () => LAYERS.flatMap((l) => filesBelow(l));

test('every import in src/ points down the layers, from any folder depth', () => {
  const wrong = ALL().flatMap((f) => importsOf(f).map((i) => wrongImport(f, i.target)).filter((x): x is string => x !== null));
  assert.deepEqual(wrong, []);
});

/** The cycles in an import graph (type imports count: a circle of types is still two modules that must change together). */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return found;
}
const graphOf = (files: string[], text: (f: string) => string) => new Map(files.map((f) => [f, importsOf(f, text(f)).map((i) => i.target)]));

test('no import circle in src/, type imports included', () => {
  const files = [...ALL(), 'version.ts'];
  assert.deepEqual(circles(graphOf(files, source)), []);
});

const CORE_IMPURE = /from 'node:(fs|child_process|net|http|https|os|tls|dns)'|\bfetch\(|process\.env/;
test('core/ touches neither the disk, the network, child processes nor the environment', () => {
  for (const f of filesBelow('core')) assert.doesNotMatch(source(f), CORE_IMPURE, f);
});

// Entries pass the clock and the environment in; io/ adapters do the files and programs.
// (`process.` as code, not inside a module name such as io/aws/credential-process.ts.)
const FLOW_IMPURE = /Date\.now\(|new Date\(\)|(?<![-\w/])process\.|from 'node:(child_process|fs)'/;
const FLOW_TIMER = /from 'node:timers|\b(setTimeout|setInterval|setImmediate)\(/;
test('no flow reads the clock, the environment or the process itself, nor touches a file or starts a program', () => {
  for (const f of filesBelow('flows')) assert.doesNotMatch(source(f), FLOW_IMPURE, f);
});

test('no flow sets a timer or sleeps on its own: the entry passes sleep() in', () => {
  for (const f of filesBelow('flows')) assert.doesNotMatch(source(f), FLOW_TIMER, f);
});

const IO_MAY_USE_FROM_CORE: Record<string, readonly string[]> = {
  'aws/aws-config.ts': ['parseProcessCredentials', 'awsCliFailure', 'expiryReason'], // the JSON a credential_process or the AWS CLI prints; why it gave no keys, where an expiry comes from
  'aws/aws-ini.ts': ['parseAwsIni'],
  'aws/credentials.ts': ['credentialsFileRefusal'], // why ~/.aws/credentials could not be read, worded in core
  'settings/client-compat.ts': ['parseClientVersion'], // `claude --version` output
  'settings/command-path.ts': ['expandHome'],
  'config/config-parse.ts': ['parseConfigText'],
  'config/config-quick.ts': ['quickConfig', 'bothConfigsWarning'], // config.json that needs no explaining; two config files
  'errors.ts': ['ok', 'fail'], // errors are values on every floor
  'status/render-status.ts': ['statusCmdProblem'], // why the user's statusLineCmd gave no line, worded in core
  'login/login-text.ts': ['backgroundLogin'], // why the background login could not start, worded in core
  'login/lock-state.ts': ['lockReason'], // why a lock is held or stale before its content is judged, worded in core
  'aws/expiry.ts': ['parseExpiryValue'],
  'settings/json-edit.ts': ['parseStrictJson'],
  'login/mfa-detect.ts': ['detectMfa', 'mfaMessage', 'notifierProgram'], // recognising an MFA prompt in a login's output
  'login/login-failure.ts': ['challengeIn'], // recognising a browser sign-in or MFA prompt in a login's output
  'settings/omc-legacy.ts': ['LEGACY_WRAPPER_NAME', 'isLegacyWrapper', 'stripLegacyPatch'], // the old product's marked lines
  'aws/profile.ts': ['profileStem', 'pinArg', 'resolveProfile'], // file names; the profile named by env, config or argv
  'redact.ts': ['cleanOutputLine'],
  'sync/remote-ini-script.ts': ['REMOTE_MARK', 'remoteCommand', 'remoteInput'], // the script ssh runs, and its answer
  'aws/sha256.ts': ['sha256Hex'], // `aws login` cache file names
  'aws/sigv4.ts': ['sha256Hex', 'signV4', 'toAmzDate'],
  'aws/sso-portal.ts': ['classifyPortalResponse', 'parseRoleCache', 'roleCacheEntry', 'PORTAL_SERVICE', 'PORTAL_EXPIRY_REASON'], // the portal's answer and cache entry; its name in messages
  'aws/sso-oidc.ts': ['classifyCreateToken', 'OIDC_SERVICE'], // the OIDC token endpoint's answer; its name in messages
  'net/http-text.ts': ['httpText'], // what a failed request tells the user, worded in core from the adapter's facts
  'net/route.ts': ['routeFor'], // the proxy settings in the environment, read curl's way (webhook sync)
  'aws/sso-session.ts': ['refreshKeyOf'], // fingerprint of a credential_process command
  'aws/sts-plan.ts': ['classifyStsResponse', 'credentialFingerprint', 'NO_TIME_FOR_STS'], // STS's answer; the key's fingerprint in the state file; why no probe
  'sync/sync-plan.ts': ['parseSyncState', 'sectionHeader'],
  'sync/webhook-text.ts': ['webhookText'], // why a webhook was refused and what it answered, worded in core
  'sync/ssh-hints.ts': ['sshDoneMessage', 'sshFailureMessage'], // ssh's answer and its failure, recognised in its output and worded in core
  'text.ts': ['stripBom', 'fileProblem'], // why a file in our way was not read, worded in core
  'settings/wiring.ts': ['isRecord', 'readWiring'], // finding our keys in parsed settings.json
  'settings/edit-errors.ts': ['editRefusal'], // why a careful edit refused, worded in core from the adapter's facts
};

test('io/ imports from core/ only the parsers, formatters and hashes on the allow-list', () => {
  const wrong: string[] = [];
  for (const f of filesBelow('io')) {
    const text = source(f);
    for (const m of text.matchAll(/(?:import|export)\s+(type\s+)?\{([^}]*)\}\s+from\s+'(\.[^']+)'/g)) {
      if (m[1]) continue; // types only
      const target = posix.normalize(posix.join(posix.dirname(f), m[3]!));
      if (!target.startsWith('core/')) continue;
      const key = target.slice('core/'.length);
      const allowed = IO_MAY_USE_FROM_CORE[key] ?? [];
      for (const spec of m[2]!.split(',').map((x) => x.trim()).filter(Boolean)) {
        if (spec.startsWith('type ')) continue;
        const used = spec.split(/\s+as\s+/)[0]!;
        if (!allowed.includes(used)) wrong.push(`${f} uses ${used} from ${target}`);
      }
    }
    // Namespace or default imports would slip past the list.
    for (const m of text.matchAll(/import\s+(\*|\w+)\s+(as\s+\w+\s+)?from\s+'(\.[^']+)'/g)) {
      assert.ok(!posix.normalize(posix.join(posix.dirname(f), m[3]!)).startsWith('core/'), f);
    }
  }
  assert.deepEqual(wrong, []);
});

// Every entry turns argv, stdin, the environment, the clock and timers into one flow call and prints its result:
// it imports flows, the paths, and (the hot ones, which read a hook payload and print an answer) stdin/stdout.
const HOT_ENTRIES = ['prompt-submit.ts', 'statusline.ts', 'export-credentials.ts'];

test('entries import flows and the paths, nothing else of src/', () => {
  const wrong: string[] = [];
  for (const f of filesBelow('entries')) {
    const name = posix.basename(f);
    for (const { target } of importsOf(f)) {
      // auth-refresh's watchdog needs the run's budget (core/login/refresh-plan.ts): it guards Claude Code's 3-minute limit.
      const ok =
        target.startsWith('flows/') ||
        target === 'io/system/paths.ts' ||
        (HOT_ENTRIES.includes(name) && target === 'io/system/stdin.ts') ||
        (name === 'auth-refresh.ts' && target === 'core/login/refresh-plan.ts');
      if (!ok) wrong.push(`${f} imports ${target}`);
    }
  }
  assert.deepEqual(wrong, []);
});

/**
 * The static text of every string and template literal in `text` (each template cut at its `${…}`), comments and
 * regular expression literals skipped: what a reader of the program's output could be shown.
 */
function literalsOf(text: string): string[] {
  const out: string[] = [];
  // Open `${…}` in templates: how many `{` deep each one is.
  const braces: number[] = [];
  let prev = ''; // the last token that was not blank: decides whether `/` starts a regular expression
  let i = 0;
  const skipTo = (end: string) => {
    const at = text.indexOf(end, i);
    i = at < 0 ? text.length : at + end.length;
  };
  const readTemplate = () => {
    let s = '';
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\') s += text[++i];
      else if (c === '`') return void (i++, out.push(s));
      else if (c === '$' && text[i + 1] === '{') return void ((i += 2), braces.push(0), out.push(s));
      else s += c;
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') skipTo('\n');
    else if (c === '/' && text[i + 1] === '*') skipTo('*/');
    else if (c === '/' && /^([(,=:[!&|?{};>]|return|)$/.test(prev)) {
      for (let inClass = false, j = ++i; i < text.length && text[i] !== '\n'; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '[') inClass = true;
        else if (text[i] === ']') inClass = false;
        else if (text[i] === '/' && !inClass && i >= j) break;
      }
      i++;
      prev = 'x';
    } else if (c === "'" || c === '"') {
      let s = '';
      for (i++; i < text.length && text[i] !== c; i++) s += text[i] === '\\' ? text[++i] : text[i];
      i++;
      out.push(s);
      prev = 'x';
    } else if (c === '`' || (c === '}' && braces.at(-1) === 0)) {
      if (c === '}') braces.pop();
      i++;
      readTemplate();
      prev = 'x';
    } else if (/[\w$]/.test(c)) {
      const word = /^[\w$]+/.exec(text.slice(i))![0];
      i += word.length;
      prev = word === 'return' ? 'return' : 'x';
    } else {
      if (c === '{' && braces.length) braces[braces.length - 1]!++;
      if (c === '}' && braces.length) braces[braces.length - 1]!--;
      if (!/\s/.test(c)) prev = c;
      i++;
    }
  }
  return out;
}
const SENTENCE_WORDS = 5;
/** The literals of `text` that read as a sentence: five or more words (an error code or a flag is one word). */
const sentencesOf = (text: string) => literalsOf(text).filter((s) => (s.match(/[A-Za-z][\w'’-]*/g) ?? []).length >= SENTENCE_WORDS);

// Text for the user is built in core (core/status/, or the topic's room such as core/login/login-text.ts); io/ and
// flows/ return facts and codes. Every file of theirs that still holds sentences is listed with how many, and the
// count is exact: it may not grow, and moving text into core means lowering it here (0 removes the line).
const SENTENCES_OUTSIDE_CORE: Record<string, number> = {
  // Not text for the user: the PowerShell and AppleScript programs that show a desktop notification, and Git for
  // Windows' install folders where Claude Code looks for bash.exe.
  'io/login/notify.ts': 6,
  'io/system/claude-shell.ts': 2,
};

test('io/ and flows/ build no text for the user beyond the counted list: text is built in core', () => {
  const counts: Record<string, number> = {};
  for (const f of [...filesBelow('io'), ...filesBelow('flows')]) {
    const n = sentencesOf(source(f)).length;
    if (n > 0) counts[f] = n;
  }
  assert.deepEqual(counts, SENTENCES_OUTSIDE_CORE);
});

// The rules must see a file however deep it sits: each planted breach, in a topic folder, is caught.
test('a planted circle, upward import, impure flow or impure core file in a subfolder is caught', () => {
  const planted: Record<string, string> = {
    'core/aws/a.ts': "import type { B } from './b.ts';\nexport type A = B;",
    'core/aws/b.ts': "import type { A } from './a.ts';\nexport type B = A;",
  };
  const g = graphOf(Object.keys(planted), (f) => planted[f]!);
  assert.equal(circles(g).length, 1);
  assert.match(wrongImport('core/sync/x.ts', 'flows/sync/sync-run.ts') ?? '', /higher floor/);
  assert.match(wrongImport('io/aws/x.ts', 'flows/aws/export.ts') ?? '', /higher floor/);
  assert.equal(wrongImport('flows/sync/x.ts', 'io/sync/sync-ssh.ts'), null);
  assert.match('const t = Date.now();', FLOW_IMPURE);
  assert.match('setTimeout(f, 1)', FLOW_TIMER);
  assert.match("import { readFileSync } from 'node:fs';", CORE_IMPURE);
  // A sentence built in a flow is seen; a code, a flag, a comment or a regular expression is not.
  const flow = "// a comment of many words here\nconst re = /it's a long regular expression of words/;\n" +
    "return fail('EXPIRED_TOKEN', `the SSO token of profile \"${name}\" has expired`, '--pinned-profile');";
  assert.deepEqual(sentencesOf(flow), ['the SSO token of profile "']);
  // filesBelow really descends: a known nested file is listed.
  assert.ok(filesBelow('core').includes('core/aws/expiry.ts'));
});
