// The import picture of src/ (src/README.md): entries → flows → io → core → schemas, no arrow back up, core pure,
// flows given the clock and the environment by their entry.
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
    assert.doesNotMatch(text, /Date\.now\(|new Date\(\)|\bprocess\.|from 'node:(child_process|fs)'/, `flows/${name}`);
  }
});
