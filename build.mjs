// Bundles every src/entries/*.ts into a self-contained dist/<entry>.mjs.
// Users' machines never run `npm install`, so each bundle carries its dependencies.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = new URL('.', import.meta.url).pathname;

// The prompt hook and status line start on every prompt and repaint, so builtins are reached through `require`:
// - crypto and child_process cost a few percent of a bare Node start each and the hot paths never call them (only
//   slow paths do: SSO cache names, STS signing, spawning a login), so their imports become small wrappers that
//   load the real module on first call (a name we do not wrap fails the build, never at run time);
// - fs, path, os and url are loaded anyway, but an ESM `import` of them makes Node build a full namespace (for fs
//   that pulls in the whole streams stack); `require` hands over the loaded object.
const LAZY_BUILTINS = ['crypto', 'child_process'];
const REQUIRED_BUILTINS = ['fs', 'path', 'os', 'url'];
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${[...LAZY_BUILTINS, ...REQUIRED_BUILTINS].join('|')})$`);
    b.onResolve({ filter }, (a) =>
      // The wrapper's own require() must reach the real builtin.
      a.namespace === 'builtin' ? { path: a.path, external: true } : { path: a.path.replace(/^node:/, ''), namespace: 'builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, async (a) => {
      const id = JSON.stringify(`node:${a.path}`);
      if (!LAZY_BUILTINS.includes(a.path)) return { contents: `module.exports = require(${id});`, loader: 'js', resolveDir: root };
      const real = await import(`node:${a.path}`);
      const fns = Object.keys(real).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k) && typeof real[k] === 'function');
      const lines = [
        `let m; const load = () => (m ??= require(${id}));`,
        // new.target: classes (ChildProcess, Hash) still work with `new`.
        ...fns.map((k) => `export function ${k}(...a) { return new.target ? Reflect.construct(load().${k}, a, new.target) : load().${k}(...a); }`),
        `export default new Proxy({}, { get: (_, k) => load()[k] });`,
      ];
      return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
    });
  },
};
// The TOML parser is half of each bundle but only needed when a config.toml exists. Shipped as a string and
// compiled on first use, it costs every start a string scan instead of a parse of 70 KB of code.
const tomlSource = (
  await build({
    entryPoints: ['@iarna/toml'],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    minify: true,
    legalComments: 'none',
  })
).outputFiles[0].text;
const deferredToml = {
  name: 'deferred-toml',
  setup(b) {
    b.onResolve({ filter: /^@iarna\/toml$/ }, (a) => ({ path: a.path, namespace: 'deferred-toml' }));
    b.onLoad({ filter: /.*/, namespace: 'deferred-toml' }, () => ({
      contents: [
        `const source = ${JSON.stringify(tomlSource)};`,
        'let toml;',
        'export function parse(text) {',
        "  if (!toml) { const m = { exports: {} }; new Function('module', 'exports', 'require', source)(m, m.exports, require); toml = m.exports; }",
        '  return toml.parse(text);',
        '}',
      ].join('\n'),
      loader: 'js',
    }));
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
      // node_modules is a link to .ci/toolchain/node_modules (see its install.mjs): name packages by the link.
      preserveSymlinks: true,
      outfile: join(root, 'dist', `${basename(file, '.ts')}.mjs`),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node18',
      // Lazy imports (TOML, spawn helpers) stay in the same file: one file per entry, no chunks to lose.
      splitting: false,
      legalComments: 'none',
      logLevel: 'warning',
      plugins: [builtinsViaRequire, deferredToml],
      define: { __VERSION__: JSON.stringify(pkg.version) },
      // cross-spawn and ini are CommonJS: esbuild's ESM output needs a real `require` for their node builtins.
      banner: {
        js: "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);",
      },
    }),
  ),
);
console.log(`built ${entries.length} entries into dist/`);
