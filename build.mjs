// Bundles every src/entries/*.ts into a self-contained dist/code/<entry>.cjs behind a small launcher, dist/<entry>.cjs.
// Users' machines never run `npm install`, so each bundle carries its dependencies.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = new URL('.', import.meta.url).pathname;

// The prompt hook, status line and export start on every prompt, repaint and credential refresh:
// - crypto, child_process and os cost a share of a bare Node start each and the hot paths never call them (only
//   slow paths do: SSO cache names, STS signing, spawning a login, the lock's host name; the home directory comes
//   from HOME on Unix), so their imports become small wrappers that load the real module on first call (a name we
//   do not wrap fails the build, never at run time);
// - fs, path and url are loaded by Node itself: plain CommonJS requires of them cost nothing.
const LAZY_BUILTINS = ['crypto', 'child_process', 'os'];
const REQUIRED_BUILTINS = ['fs', 'path', 'url'];
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
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entriesDir = join(root, 'src', 'entries');
const entries = readdirSync(entriesDir).filter((f) => f.endsWith('.ts')).sort();

// What each entry says when the `node` on PATH is too old, in the form its caller shows: hooks print a
// systemMessage and exit 0 (never a hook error per prompt), the status line a short line, the rest one stderr line
// and a failure (Claude Code shows awsCredentialExport/awsAuthRefresh errors). The shell guard in command-path.ts
// says the same when there is no `node` at all.
const OLD_NODE = `'cc-aws-keepalive needs Node.js 18 or later, but the node on PATH is ' + process.version + ' (' + process.execPath + '): install a current Node.js (https://nodejs.org) and restart Claude Code'`;
const OLD_NODE_REPLY = {
  hook: `process.stdout.write(JSON.stringify({ systemMessage: ${OLD_NODE} }) + '\\n');`,
  status: `process.stdout.write('AWS: needs Node.js 18+ (node on PATH is ' + process.version + ')\\n');`,
  fail: `process.stderr.write(${OLD_NODE} + '\\n'); process.exitCode = 1;`,
};
const CHANNEL = { 'prompt-submit': 'hook', 'session-start': 'hook', statusline: 'status' };

// dist/<entry>.cjs, the file every command runs, is this launcher: plain ES5 so that any Node parses it and an old
// one gets the message above instead of a SyntaxError from the bundle. On Node 22.1+ it turns on Node's compiled-code
// cache before loading the bundle (dist/code/<entry>.cjs), so later starts skip compiling it; its folder is in our
// state dir, and a folder we cannot create or write only means no cache.
const launcher = (name) => `'use strict';
// cc-aws-keepalive ${name}: generated by build.mjs; the code is in code/${name}.cjs.
var major = +process.versions.node.split('.')[0];
if (major < 18) {
  ${OLD_NODE_REPLY[CHANNEL[name] ?? 'fail']}
} else {
  // Loading 'module' has a cost of its own (about half what the cache saves): only where the cache exists.
  var mod = major >= 22 ? require('module') : null;
  if (mod && typeof mod.enableCompileCache === 'function') {
    try {
      var env = process.env, path = require('path');
      var home = (process.platform !== 'win32' && env.HOME) || require('os').homedir();
      var set = function (v) { return v && v.trim() ? v : ''; };
      var state = process.platform === 'win32'
        ? set(env.LOCALAPPDATA) || path.join(home, 'AppData', 'Local')
        : set(env.XDG_STATE_HOME) || path.join(home, '.local', 'state');
      var dir = path.join(state.replace(/^~(?=[\\\\/]|$)/, home), 'cc-aws-keepalive', 'compile-cache');
      require('fs').mkdirSync(dir, { recursive: true, mode: 448 });
      mod.enableCompileCache(dir);
    } catch (e) {}
  }
  module.exports = require('./code/${name}.cjs');
}
`;

// dist/<entry>.mjs: what settings.json and hooks.json pointed at before this release. An upgraded user whose settings still
// name these (no session has re-pointed them yet) keeps working for one release.
const legacyShim = (name) => `// cc-aws-keepalive ${name}: kept for settings written by earlier versions; the code is in ${name}.cjs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// The bundle knows itself as ${name}.cjs (the CLI checks that it is the script being run).
process.argv[1] = fileURLToPath(new URL('./${name}.cjs', import.meta.url));
createRequire(import.meta.url)('./${name}.cjs');
`;

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
    plugins: [builtinsViaRequire, separateToml, ...plugins],
    // The sources are ESM and find their siblings from import.meta.url: a launcher in dist/, worked out on first
    // use (most runs never ask).
    define: { __VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__ccSelf.url' },
    banner: { js: `var __ccSelf = { get url() { return require('url').pathToFileURL(require('path').join(__dirname, ${selfFromDir})).href; } };` },
    // Less text for Node to read and pre-parse on every start; names stay, so messages and traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
  });

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist', 'code', 'lazy'), { recursive: true });
writeFileSync(join(root, 'dist', 'code', 'toml.cjs'), tomlSource);

await Promise.all(
  entries.map((file) => {
    const name = basename(file, '.ts');
    writeFileSync(join(root, 'dist', `${name}.cjs`), launcher(name));
    writeFileSync(join(root, 'dist', `${name}.mjs`), legacyShim(name));
    const self = `'..', ${JSON.stringify(`${name}.cjs`)}`;
    return bundle(join(entriesDir, file), join(root, 'dist', 'code', `${name}.cjs`), self, HOT.includes(name) ? [lazyChunks] : []);
  }),
);
await Promise.all(
  [...lazyModules].map(([name, file]) => bundle(file, join(root, 'dist', 'code', 'lazy', `${name}.cjs`), `'..', '..', ${JSON.stringify(`${name}.cjs`)}`, [])),
);
console.log(`built ${entries.length} entries and ${lazyModules.size} lazy modules into dist/`);
