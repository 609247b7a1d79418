// Bundles every src/entries/*.ts into a self-contained dist/<entry>.mjs.
// Users' machines never run `npm install`, so each bundle carries its dependencies.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = new URL('.', import.meta.url).pathname;

// The prompt hook and status line start on every prompt and repaint. Loading node:crypto or node:child_process
// costs a few percent of a bare Node start each, and their hot paths never call them (only slow paths do: SSO
// cache names, STS signing, spawning a login). So every import of these builtins becomes a module of small
// wrappers that load the real one on first call. A name we do not wrap fails the build, never at run time.
const LAZY_BUILTINS = ['crypto', 'child_process'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (a) =>
      // The wrapper's own require() must reach the real builtin.
      a.namespace === 'lazy-builtin' ? { path: a.path, external: true } : { path: a.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (a) => {
      const real = await import(`node:${a.path}`);
      const fns = Object.keys(real).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k) && typeof real[k] === 'function');
      const lines = [
        `let m; const load = () => (m ??= require(${JSON.stringify(`node:${a.path}`)}));`,
        // new.target: classes (ChildProcess, Hash) still work with `new`.
        ...fns.map((k) => `export function ${k}(...a) { return new.target ? Reflect.construct(load().${k}, a, new.target) : load().${k}(...a); }`),
        `export default new Proxy({}, { get: (_, k) => load()[k] });`,
      ];
      return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
    });
  },
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entriesDir = join(root, 'src', 'entries');
const entries = readdirSync(entriesDir).filter((f) => f.endsWith('.ts')).sort();

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'));

await Promise.all(
  entries.map((file) =>
    build({
      entryPoints: [join(entriesDir, file)],
      // Paths in the bundle's comments are relative to this; pinned so a build from any cwd is byte-identical.
      absWorkingDir: root,
      outfile: join(root, 'dist', `${basename(file, '.ts')}.mjs`),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node18',
      // Lazy imports (TOML, spawn helpers) stay in the same file: one file per entry, no chunks to lose.
      splitting: false,
      legalComments: 'none',
      logLevel: 'warning',
      plugins: [lazyBuiltins],
      define: { __VERSION__: JSON.stringify(pkg.version) },
      // cross-spawn and ini are CommonJS: esbuild's ESM output needs a real `require` for their node builtins.
      banner: {
        js: "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);",
      },
    }),
  ),
);
console.log(`built ${entries.length} entries into dist/`);
