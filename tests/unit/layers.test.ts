// The import picture of src/ (src/README.md): entries → flows → {io, core} → schemas, no arrow back up, core pure,
// io using core only to read and write formats, flows given the clock, the timers and the environment by their entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/run-entry.ts';

const SRC = join(ROOT, 'src');
const LAYERS = ['schemas', 'core', 'io', 'flows', 'entries'] as const;
// What each layer may import from src/ besides the shared errors.ts and version.ts.
const MAY_IMPORT: Record<(typeof LAYERS)[number], readonly string[]> = {
  schemas: ['schemas'],
  core: ['schemas', 'core'],
  io: ['schemas', 'core', 'io'],
  flows: ['schemas', 'core', 'io', 'flows'],
  entries: ['schemas', 'core', 'io', 'flows'],
};

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => m[1]!);
}

test('every import in src/ points down the layers', () => {
  const wrong: string[] = [];
  for (const layer of LAYERS) {
    for (const name of readdirSync(join(SRC, layer)).filter((f) => f.endsWith('.ts'))) {
      for (const spec of importsOf(join(SRC, layer, name))) {
        const target = join(SRC, layer, spec).slice(SRC.length + 1).split(/[\\/]/);
        const ok = target.length === 1 ? ['errors.ts', 'version.ts'].includes(target[0]!) : MAY_IMPORT[layer].includes(target[0]!);
        if (!ok) wrong.push(`${layer}/${name} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('core/ touches neither the disk, the network, child processes nor the environment', () => {
  for (const name of readdirSync(join(SRC, 'core')).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(SRC, 'core', name), 'utf8');
    assert.doesNotMatch(text, /from 'node:(fs|child_process|net|http|https|os)'|\bfetch\(|process\.env/, `core/${name}`);
  }
});

test('no flow reads the clock, the environment or the process itself, nor touches a file or starts a program', () => {
  // Entries pass the clock and the environment in; io/ adapters do the files and programs.
  for (const name of readdirSync(join(SRC, 'flows')).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(SRC, 'flows', name), 'utf8');
    // (`process.` as code, not inside a module name such as io/credential-process.ts.)
    assert.doesNotMatch(text, /Date\.now\(|new Date\(\)|(?<![-\w/])process\.|from 'node:(child_process|fs)'/, `flows/${name}`);
  }
});

test('no flow sets a timer or sleeps on its own: the entry passes sleep() in', () => {
  for (const name of readdirSync(join(SRC, 'flows')).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(SRC, 'flows', name), 'utf8');
    assert.doesNotMatch(text, /from 'node:timers|\b(setTimeout|setInterval|setImmediate)\(/, `flows/${name}`);
  }
});

// io/ may use core/ only to read and write formats: parsers, formatters, pure types (any `import type`) and the
// hashes that name or fingerprint files. Every decision — whether a lock is stale, which settings pointer is stale,
// which AWS_PROFILE Claude Code sees, the sso-session estimate, where STS is, when to log in or sync — is taken in
// flows/ calling core/ itself, so an adapter returns facts and a flow's unit test can replace it.
const IO_MAY_USE_FROM_CORE: Record<string, readonly string[]> = {
  'aws-config.ts': ['parseProcessCredentials'], // the JSON a credential_process or the AWS CLI prints
  'aws-ini.ts': ['parseAwsIni'],
  'client-compat.ts': ['parseClientVersion'], // `claude --version` output
  'command-path.ts': ['expandHome'],
  'config-parse.ts': ['parseConfigText'],
  'config-quick.ts': ['quickConfig'], // config.json that needs no explaining
  'expiry.ts': ['parseExpiryValue'],
  'json-edit.ts': ['parseStrictJson'],
  'mfa-detect.ts': ['detectMfa', 'mfaMessage', 'notifierProgram'], // recognising an MFA prompt in a login's output
  'omc-legacy.ts': ['LEGACY_WRAPPER_NAME', 'isLegacyWrapper', 'stripLegacyPatch'], // the old product's marked lines
  'profile.ts': ['profileStem', 'pinArg', 'resolveProfile'], // file names; the profile named by env, config or argv
  'redact.ts': ['cleanOutputLine'],
  'remote-ini-script.ts': ['REMOTE_ERROR_MARK', 'REMOTE_MARK', 'remoteCommand'], // the script ssh runs, and its answer
  'sha256.ts': ['sha256Hex'], // `aws login` cache file names
  'sigv4.ts': ['sha256Hex', 'signV4', 'toAmzDate'],
  'sso-portal.ts': ['classifyPortalResponse', 'parseRoleCache', 'portalUrl', 'roleCacheEntry'], // the portal's address, answer and cache entry
  'sso-session.ts': ['refreshKeyOf'], // fingerprint of a credential_process command
  'sts-plan.ts': ['classifyStsResponse', 'credentialFingerprint'], // STS's answer; the key's fingerprint in the state file
  'sync-plan.ts': ['parseSyncState', 'sectionHeader'],
  'text.ts': ['stripBom'],
  'wiring.ts': ['isRecord', 'readWiring'], // finding our keys in parsed settings.json
};

test('io/ imports from core/ only the parsers, formatters and hashes on the allow-list', () => {
  const wrong: string[] = [];
  for (const name of readdirSync(join(SRC, 'io')).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(SRC, 'io', name), 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s+(type\s+)?\{([^}]*)\}\s+from\s+'\.\.\/core\/([^']+)'/g)) {
      if (m[1]) continue; // types only
      const allowed = IO_MAY_USE_FROM_CORE[m[3]!] ?? [];
      for (const spec of m[2]!.split(',').map((x) => x.trim()).filter(Boolean)) {
        if (spec.startsWith('type ')) continue;
        const used = spec.split(/\s+as\s+/)[0]!;
        if (!allowed.includes(used)) wrong.push(`io/${name} uses ${used} from core/${m[3]}`);
      }
    }
    // Namespace or default imports would slip past the list.
    assert.doesNotMatch(text, /import\s+(\*|\w+)\s+(as\s+\w+\s+)?from\s+'\.\.\/core\//, `io/${name}`);
  }
  assert.deepEqual(wrong, []);
});

// Every entry turns argv, stdin, the environment, the clock and timers into one flow call and prints its result:
// it imports flows, the paths, and (the hot ones, which read a hook payload and print an answer) stdin/stdout.
const HOT_ENTRIES = ['prompt-submit.ts', 'statusline.ts', 'export-credentials.ts'];

test('entries import flows and the paths, nothing else of src/', () => {
  const wrong: string[] = [];
  for (const name of readdirSync(join(SRC, 'entries')).filter((f) => f.endsWith('.ts'))) {
    for (const spec of importsOf(join(SRC, 'entries', name))) {
      // auth-refresh's watchdog needs the run's budget (core/refresh-plan.ts): it guards Claude Code's 3-minute limit.
      const ok =
        spec.startsWith('../flows/') ||
        spec === '../io/paths.ts' ||
        (HOT_ENTRIES.includes(name) && spec === '../io/stdin.ts') ||
        (name === 'auth-refresh.ts' && spec === '../core/refresh-plan.ts');
      if (!ok) wrong.push(`entries/${name} imports ${spec}`);
    }
  }
  assert.deepEqual(wrong, []);
});
