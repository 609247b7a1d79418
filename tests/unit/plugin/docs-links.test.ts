// README.md and docs/*.md: every relative link reaches a file (and a heading, for `#anchor`), every code fence is
// closed. A moved section or a renamed page breaks a link silently on GitHub; this says which one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The text outside code fences and inline code, where a link is a link. */
function prose(text: string): string {
  return text.replace(/^ *```[\s\S]*?^ *```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading. */
const slug = (h: string) => h.trim().toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

function anchors(file: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fence = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^ *```/.test(line)) fence = !fence;
    const m = !fence && /^#{1,6} (.+)$/.exec(line);
    if (!m) continue;
    const s = slug(m[1]!);
    const n = seen.get(s) ?? 0;
    seen.set(s, n + 1);
    out.add(n ? `${s}-${n}` : s);
  }
  return out;
}

test('every code fence in README.md and docs/ is closed', () => {
  for (const page of pages) {
    const fences = readFileSync(join(ROOT, page), 'utf8').split('\n').filter((l) => /^ *```/.test(l));
    assert.equal(fences.length % 2, 0, `${page}: an unclosed code fence (${fences.length} fence lines)`);
  }
});

test('every relative link in README.md and docs/ reaches its file and heading', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const file = join(ROOT, page);
    for (const m of prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const dest = path ? join(dirname(file), path) : file;
      const rel = relative(ROOT, dest);
      if (!existsSync(dest)) {
        broken.push(`${page}: ${target} (no ${rel})`);
        continue;
      }
      if (anchor && dest.endsWith('.md') && !anchors(dest).has(anchor)) broken.push(`${page}: ${target} (no heading #${anchor} in ${rel})`);
    }
  }
  assert.deepEqual(broken, []);
});

// A test file named as the proof of a claim must exist: test folders move (tests/unit/<topic>/…), prose does not follow.
const TEST_PATH = /\btests\/(?:unit|integration|robustness|e2e)\/[\w./-]+\.ts\b/g;
test('every test file README.md, docs/, CONTRIBUTING.md and src/README.md name exists', () => {
  const missing: string[] = [];
  for (const page of [...pages, 'CONTRIBUTING.md', 'src/README.md']) {
    for (const m of readFileSync(join(ROOT, page), 'utf8').matchAll(TEST_PATH)) if (!existsSync(join(ROOT, m[0]))) missing.push(`${page}: ${m[0]}`);
  }
  assert.deepEqual(missing, []);
});

test('the checks catch what they are for', () => {
  assert.deepEqual('see `tests/unit/layers.test.ts`.'.match(TEST_PATH), ['tests/unit/layers.test.ts']);
  assert.equal(slug('Pick your tool: `setup --login`'), 'pick-your-tool-setup---login');
  assert.equal(prose('a\n```\n[x](nowhere.md)\n```\nb').includes('nowhere'), false);
});
