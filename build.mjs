// Bundles every src/entries/*.ts into a self-contained dist/<entry>.mjs.
// Users' machines never run `npm install`, so each bundle carries its dependencies.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = new URL('.', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entriesDir = join(root, 'src', 'entries');
const entries = readdirSync(entriesDir).filter((f) => f.endsWith('.ts')).sort();

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'));

await Promise.all(
  entries.map((file) =>
    build({
      entryPoints: [join(entriesDir, file)],
      outfile: join(root, 'dist', `${basename(file, '.ts')}.mjs`),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node18',
      // Lazy imports (TOML, spawn helpers) stay in the same file: one file per entry, no chunks to lose.
      splitting: false,
      legalComments: 'none',
      logLevel: 'warning',
      define: { __VERSION__: JSON.stringify(pkg.version) },
      // cross-spawn and ini are CommonJS: esbuild's ESM output needs a real `require` for their node builtins.
      banner: {
        js: "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);",
      },
    }),
  ),
);
console.log(`built ${entries.length} entries into dist/`);
