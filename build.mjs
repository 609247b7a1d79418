// Bundles every src/entries/*.ts into a self-contained dist/code/<entry>.cjs behind a small launcher, dist/<entry>.cjs.
// Users' machines never run `npm install`, so each bundle carries its dependencies.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, basename, sep } from 'node:path';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { assertEs5, channelOf, fillLauncher, readLauncher } from './build/fill-launcher.mjs';

// fileURLToPath, not URL.pathname: a checkout under `C:\…` or a folder with a space (`%20`) must still build.
const root = fileURLToPath(new URL('.', import.meta.url));

// The prompt hook, status line and export start on every prompt, repaint and credential refresh:
// - crypto, child_process, os, net, module, http, https and tls cost a share of a bare Node start each and the hot
//   paths never call them (only slow paths do: SSO cache names, STS signing, spawning a login, the lock's host name,
//   a stdin pipe outside Linux, loading the CLI for a slash command, io/net/http.ts's requests; the home directory
//   comes from HOME on Unix), so their imports
//   become small wrappers that load the real module on first call (a name we
//   do not wrap fails the build, never at run time);
// - fs, path and url are loaded by Node itself: plain CommonJS requires of them cost nothing.
const LAZY_BUILTINS = ['crypto', 'child_process', 'os', 'net', 'module', 'http', 'https', 'tls'];
const REQUIRED_BUILTINS = ['fs', 'path', 'url'];
/** A module whose functions `names` require `id` on their first call and forward to it. */
const stubSource = (id, names) =>
  [
    `let m; const load = () => (m ??= require(${id}));`,
    // new.target: classes (ChildProcess, Hash, Socket) still work with `new`.
    ...names.map((k) => `export function ${k}(...a) { return new.target ? Reflect.construct(load().${k}, a, new.target) : load().${k}(...a); }`),
  ].join('\n');
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${[...LAZY_BUILTINS, ...REQUIRED_BUILTINS].join('|')})$`);
    b.onResolve({ filter }, (a) => {
      const name = a.path.replace(/^node:/, '');
      // The wrapper's own require() must reach the real builtin; in CommonJS output the others are plain requires.
      if (a.namespace === 'builtin' || !LAZY_BUILTINS.includes(name)) return { path: `node:${name}`, external: true };
      return { path: name, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, async (a) => {
      const id = JSON.stringify(`node:${a.path}`);
      const real = await import(`node:${a.path}`);
      const fns = Object.keys(real).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k) && typeof real[k] === 'function');
      return { contents: `${stubSource(id, fns)}\nexport default new Proxy({}, { get: (_, k) => load()[k] });`, loader: 'js', resolveDir: root };
    });
  },
};
// The TOML parser is 70 KB, needed only when a config.toml exists: it is its own file, dist/code/toml.cjs, which the
// bundles require on first use, so no other start reads or compiles it.
const tomlSource = (
  await build({
    entryPoints: ['@iarna/toml'],
    absWorkingDir: root,
    // node_modules is a link to .ci/toolchain/node_modules (see its install.mjs): name packages by the link.
    preserveSymlinks: true,
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    minify: true,
    legalComments: 'none',
  })
).outputFiles[0].text;
const separateToml = {
  name: 'separate-toml',
  setup(b) {
    b.onResolve({ filter: /^@iarna\/toml$/ }, () => ({ path: 'toml', namespace: 'separate-toml' }));
    // A CommonJS require at the point of use (an external import() would go through the ESM loader).
    b.onLoad({ filter: /.*/, namespace: 'separate-toml' }, () => ({ contents: "module.exports = require('./toml.cjs');", loader: 'js' }));
    b.onResolve({ filter: /^\.\/toml\.cjs$/ }, (a) => ({ path: a.path, external: true }));
  },
};
// The proxy client (https-proxy-agent with agent-base) is needed only when a request goes through a proxy:
// its own file too, dist/code/proxy-agent.cjs, required by path at that moment from a bundle in code/ or code/lazy/.
// Its `debug` logging (on with DEBUG=https-proxy-agent) is left out: a silent stand-in, nothing to load or set up.
const silentDebug = {
  name: 'silent-debug',
  setup(b) {
    b.onResolve({ filter: /^debug$/ }, () => ({ path: 'debug', namespace: 'silent-debug' }));
    b.onLoad({ filter: /.*/, namespace: 'silent-debug' }, () => ({ contents: 'module.exports = () => Object.assign(() => {}, { enabled: false });', loader: 'js' }));
  },
};
const proxyAgentSource = (
  await build({ entryPoints: ['https-proxy-agent'], absWorkingDir: root, preserveSymlinks: true, bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node18', minify: true, legalComments: 'none', plugins: [silentDebug] })
).outputFiles[0].text;
const separateProxyAgent = {
  name: 'separate-proxy-agent',
  setup(b) {
    b.onResolve({ filter: /^https-proxy-agent$/ }, () => ({ path: 'proxy-agent', namespace: 'separate-proxy-agent' }));
    b.onLoad({ filter: /.*/, namespace: 'separate-proxy-agent' }, () => ({
      contents: "const path = require('path'); module.exports = require(path.join(__dirname, path.basename(__dirname) === 'lazy' ? '..' : '.', 'proxy-agent.cjs'));",
      loader: 'js',
    }));
  },
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entriesDir = join(root, 'src', 'entries');
const entries = readdirSync(entriesDir).filter((f) => f.endsWith('.ts')).sort();

// The hot entries' own dynamic imports (the prompt hook's login and STS code, the status line's user command and
// key fingerprint, the export's AWS CLI path) become files of their own, dist/code/lazy/<module>.cjs, required on
// first use: a healthy start neither reads nor pre-parses them. They carry their own copies of what they share with
// the entry (pure code; the one counter, atomic-write's, only names temporary files).
const HOT = ['prompt-submit', 'statusline', 'export-credentials'];
const lazyModules = new Map();
const lazyChunks = {
  name: 'lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.ts$/ }, (a) => {
      if (a.kind !== 'dynamic-import') return undefined;
      const file = join(a.resolveDir, a.path);
      lazyModules.set(basename(file, '.ts'), file);
      return { path: basename(file, '.ts'), namespace: 'lazy-chunk' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-chunk' }, (a) => ({ contents: `module.exports = require('./lazy/${a.path}.cjs');`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/lazy\/.*\.cjs$/ }, (a) => ({ path: a.path, external: true }));
  },
};

// Code a healthy start never calls but that the hot path imports statically (sync functions, so a dynamic import
// would not do): in the hot bundles each becomes a stub whose functions require dist/code/lazy/<name>.cjs on first
// call. Only functions can be imported through a stub (the build fails on anything else). The full config parser
// with its valibot schemas and messages (a config the quick check accepts never needs it), the expiry lookups of
// profiles defined in ~/.aws/config, the warning texts, stdin's pipe readers and the `ini` package (for files with
// quotes or escapes).
const SPLIT = ['src/core/config/config-parse.ts', 'src/flows/aws/config-profile.ts', 'src/core/status/hook-message.ts', 'src/io/system/stdin-pipe.ts', 'ini'];
const splitKey = (a) => {
  if (!a.path.startsWith('.')) return SPLIT.includes(a.path) ? a.path : null;
  const rel = join(a.resolveDir, a.path).slice(root.length).split(sep).join('/');
  return SPLIT.includes(rel) ? rel : null;
};
const splitName = (key) => basename(key, '.ts');
const splitExports = new Map();
const splitStubs = {
  name: 'split-stubs',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (a) => {
      if (a.kind !== 'import-statement' || a.namespace === 'split-stub') return undefined;
      const key = splitKey(a);
      return key ? { path: key, namespace: 'split-stub' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'split-stub' }, (a) => {
      return { contents: stubSource(JSON.stringify(`./lazy/${splitName(a.path)}.cjs`), splitExports.get(a.path)), loader: 'js', resolveDir: root };
    });
    b.onResolve({ filter: /^\.\/lazy\/.*\.cjs$/ }, (a) => ({ path: a.path, external: true }));
  },
};

const bundle = (entry, outfile, selfFromDir, plugins) =>
  build({
    entryPoints: [entry],
    // Paths in the bundle's comments are relative to this; pinned so a build from any cwd is byte-identical.
    absWorkingDir: root,
    preserveSymlinks: true,
    outfile,
    bundle: true,
    platform: 'node',
    // CommonJS: Node's ESM loader alone costs about a tenth of a bare start, paid on every prompt and repaint.
    format: 'cjs',
    target: 'node18',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [builtinsViaRequire, separateToml, separateProxyAgent, ...plugins],
    // The sources are ESM and find their siblings from import.meta.url: a launcher in dist/, worked out on first
    // use (most runs never ask).
    define: { __VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__ccSelf.url' },
    banner: { js: `var __ccSelf = { get url() { return require('url').pathToFileURL(require('path').join(__dirname, ${selfFromDir})).href; } };` },
    // Less text for Node to read and pre-parse on every start; names stay, so messages and traces stay readable.
    // (BUILD_READABLE=1 keeps the whitespace and each module's path comment, to read what a bundle holds.)
    minifyWhitespace: !process.env.BUILD_READABLE,
    minifySyntax: true,
  });

// dist/<entry>.cjs, the file every command runs, is build/launcher.cjs filled in per entry (it says why it exists).
const launcherSource = readLauncher();
assertEs5(launcherSource);

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist', 'code', 'lazy'), { recursive: true });
writeFileSync(join(root, 'dist', 'code', 'toml.cjs'), tomlSource);
writeFileSync(join(root, 'dist', 'code', 'proxy-agent.cjs'), proxyAgentSource);

// The split modules first: their stubs are generated from what each file exports.
const requireBuilt = createRequire(import.meta.url);
for (const key of SPLIT) {
  const out = join(root, 'dist', 'code', 'lazy', `${splitName(key)}.cjs`);
  await bundle(key.startsWith('src/') ? join(root, key) : key, out, `'..', '..', ${JSON.stringify(`${splitName(key)}.cjs`)}`, []);
  const mod = requireBuilt(out);
  splitExports.set(key, Object.keys(mod).filter((k) => typeof mod[k] === 'function'));
}
await Promise.all(
  entries.map(async (file) => {
    const name = basename(file, '.ts');
    const self = `'..', ${JSON.stringify(`${name}.cjs`)}`;
    const out = join(root, 'dist', 'code', `${name}.cjs`);
    await bundle(join(entriesDir, file), out, self, HOT.includes(name) ? [splitStubs, lazyChunks] : []);
    const hash = createHash('sha256').update(readFileSync(out)).digest('hex').slice(0, 16);
    writeFileSync(join(root, 'dist', `${name}.cjs`), fillLauncher(launcherSource, { entry: name, hash, channel: channelOf(name) }));
  }),
);
await Promise.all(
  [...lazyModules].map(([name, file]) => bundle(file, join(root, 'dist', 'code', 'lazy', `${name}.cjs`), `'..', '..', ${JSON.stringify(`${name}.cjs`)}`, [])),
);
console.log(`built ${entries.length} entries, ${lazyModules.size} lazy modules and ${SPLIT.length} split modules into dist/`);
