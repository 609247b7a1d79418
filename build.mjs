// Bundles every src/entries/*.ts into a self-contained dist/code/<entry>.cjs behind a small launcher, dist/<entry>.cjs.
// Users' machines never run `npm install`, so each bundle carries its dependencies.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, basename, sep } from 'node:path';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';

const root = new URL('.', import.meta.url).pathname;

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
// one gets the message above instead of a SyntaxError from the bundle. It runs the bundle (dist/code/<entry>.cjs)
// with V8's compiled code kept between starts: parsing and compiling our code is most of what a start costs beyond
// Node's own, and a start with the cache deserializes instead. On every Node from 18 (Node's own compile cache
// exists only from 22.1 and, measured, saves less: it loads node:module and hashes the source on each start).
// - The cache file is named by the bundle's content hash, the Node version and the CPU, so a new build or another
//   Node never reads a stale one; V8 checks its own version and flags too and rejects a cache that does not fit
//   (we then write a fresh one).
// - It is written after a run that had none (at exit, so it holds the functions that run used), atomically, 0600,
//   in our state dir (0700); a folder we cannot create or write only means no cache. NODE_DISABLE_COMPILE_CACHE
//   turns it off, as it does Node's own.
// - A cache with another content hash is removed when a new one is written, once it is a day old (a session still
//   running the previous version keeps its own meanwhile).
const launcher = (name, hash) => `'use strict';
// cc-aws-keepalive ${name}: generated by build.mjs; the code is in code/${name}.cjs.
var major = +process.versions.node.split('.')[0];
if (major < 18) {
  ${OLD_NODE_REPLY[CHANNEL[name] ?? 'fail']}
} else {
  var fs = require('fs'), path = require('path'), env = process.env;
  var dir = path.join(__dirname, 'code'), file = path.join(dir, '${name}.cjs');
  var cacheDir = null;
  if (!env.NODE_DISABLE_COMPILE_CACHE) {
    var home = (process.platform !== 'win32' && env.HOME) || require('os').homedir();
    var set = function (v) { return v && v.trim() ? v : ''; };
    var state = process.platform === 'win32'
      ? set(env.LOCALAPPDATA) || path.join(home, 'AppData', 'Local')
      : set(env.XDG_STATE_HOME) || path.join(home, '.local', 'state');
    cacheDir = path.join(state.replace(/^~(?=[\\\\/]|$)/, home), 'cc-aws-keepalive', 'code-cache');
  }
  var cacheName = '${name}-${hash}-' + process.version + '-' + process.arch + '.bin';
  // Read like any file within the user's reach: opened non-blocking and used only when it is a regular file of a
  // sane size, so a FIFO or a device in its place cannot hold a start. Anything but a file there is left alone.
  var cached, odd = false;
  if (cacheDir) try {
    var fd = fs.openSync(path.join(cacheDir, cacheName), fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0));
    try {
      var st = fs.fstatSync(fd);
      odd = !st.isFile();
      if (!odd && st.size < 16777216) cached = fs.readFileSync(fd);
    } finally { fs.closeSync(fd); }
  } catch (e) {}
  var script = new (require('vm').Script)('(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(file, 'utf8') + '\\n})', { filename: file, cachedData: cached });
  if (cacheDir && !odd && (!cached || script.cachedDataRejected)) process.once('exit', function () {
    var tmp = path.join(cacheDir, cacheName + '.' + process.pid + '.tmp'), fd;
    try {
      fs.mkdirSync(cacheDir, { recursive: true, mode: 448 });
      fd = fs.openSync(tmp, 'wx', 384);
      fs.writeSync(fd, script.createCachedData());
      fs.closeSync(fd);
      fs.renameSync(tmp, path.join(cacheDir, cacheName));
      fs.readdirSync(cacheDir).forEach(function (n) {
        var f = path.join(cacheDir, n);
        if (n.indexOf('${name}-') === 0 && n.indexOf('${name}-${hash}-') !== 0 && Date.now() - fs.statSync(f).mtimeMs > 864e5) fs.unlinkSync(f);
      });
    } catch (e) {
      try { if (fd !== undefined) fs.unlinkSync(tmp); } catch (e2) {}
    }
  });
  // The bundle requires fs and path once per source module: answered here after the first, not by Node's loader.
  var mod = { exports: {} }, loaded = { 'node:fs': fs, 'node:path': path };
  script.runInThisContext().call(mod.exports, mod.exports, function (id) {
    return loaded[id] || (loaded[id] = require(id.charAt(0) === '.' ? path.join(dir, id) : id));
  }, mod, file, dir);
  module.exports = mod.exports;
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
    writeFileSync(join(root, 'dist', `${name}.mjs`), legacyShim(name));
    const self = `'..', ${JSON.stringify(`${name}.cjs`)}`;
    const out = join(root, 'dist', 'code', `${name}.cjs`);
    await bundle(join(entriesDir, file), out, self, HOT.includes(name) ? [splitStubs, lazyChunks] : []);
    const hash = createHash('sha256').update(readFileSync(out)).digest('hex').slice(0, 16);
    writeFileSync(join(root, 'dist', `${name}.cjs`), launcher(name, hash));
  }),
);
await Promise.all(
  [...lazyModules].map(([name, file]) => bundle(file, join(root, 'dist', 'code', 'lazy', `${name}.cjs`), `'..', '..', ${JSON.stringify(`${name}.cjs`)}`, [])),
);
console.log(`built ${entries.length} entries, ${lazyModules.size} lazy modules and ${SPLIT.length} split modules into dist/`);
