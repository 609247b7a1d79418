// @ts-check
// dist/<entry>.cjs, the file every command runs, is this file with its BUILD line filled in by build.mjs
// (build/fill-launcher.mjs). Plain ES5 so that any Node parses it and an old one gets a message in its caller's form
// instead of a SyntaxError from the bundle (the build refuses anything newer). It runs the bundle
// (dist/code/<entry>.cjs) with V8's compiled code kept between starts: parsing and compiling our code is most of
// what a start costs beyond Node's own, and a start with the cache deserializes instead. On every Node from 18
// (Node's own compile cache exists only from 22.1 and, measured, saves less: it loads node:module and hashes the
// source on each start).
// - The cache file is named by the bundle's content hash, the Node version and the CPU, so a new build or another
//   Node never reads a stale one; V8 checks its own version and flags too and rejects a cache that does not fit
//   (we then write a fresh one). V8 does not check the source itself (only its length): whoever can write the
//   cache file can run code as the user, so the cache is used only where nobody else can write (trustedFolders).
// - It is written after a run that had none (at exit, so it holds the functions that run used), atomically, 0600,
//   in our state dir (0700); a folder we cannot create or write only means no cache. NODE_DISABLE_COMPILE_CACHE
//   turns it off, as it does Node's own.
// - A cache with another content hash is removed when a new one is written, once it is a day old (a session still
//   running the previous version keeps its own meanwhile).
'use strict';

/** @type {{ entry: string, hash: string, channel: 'hook' | 'status' | 'fail' }} */
var BUILD = { entry: 'statusline', hash: '0000000000000000', channel: 'status' };

var DAY_MS = 864e5;
var MAX_CACHE_BYTES = 16777216;
// 0o022 and the modes below in decimal: ES5 has no octal literals.
var GROUP_OR_OTHER_WRITE = 18;
var DIR_MODE = 448; // 0o700
var FILE_MODE = 384; // 0o600

if (parseInt(process.versions.node, 10) < 18) tooOld();
else run();

/** What each entry says when the `node` on PATH is too old, in the form its caller shows: hooks print a
 * systemMessage and exit 0 (never a hook error per prompt), the status line a short line, the rest one stderr line
 * and a failure (Claude Code shows awsCredentialExport/awsAuthRefresh errors). The shell guard in
 * src/core/settings/command-path.ts says the same when there is no `node` at all. */
function tooOld() {
  var says = 'cc-aws-keepalive needs Node.js 18 or later, but the node on PATH is ' + process.version + ' (' + process.execPath + '): install a current Node.js (https://nodejs.org) and restart Claude Code';
  if (BUILD.channel === 'hook') process.stdout.write(JSON.stringify({ systemMessage: says }) + '\n');
  else if (BUILD.channel === 'status') process.stdout.write('AWS: needs Node.js 18+ (node on PATH is ' + process.version + ')\n');
  else {
    process.stderr.write(says + '\n');
    process.exitCode = 1;
  }
}

function run() {
  var fs = require('fs'), path = require('path');
  var dir = path.join(__dirname, 'code'), file = path.join(dir, BUILD.entry + '.cjs');
  var folders = cacheFolders(path);
  var cacheDir = folders && folders[folders.length - 1];
  var cacheFile = cacheDir && cacheDir + path.sep + BUILD.entry + '-' + BUILD.hash + '-' + process.version + '-' + process.arch + '.bin';
  // 'ok': read and write; 'missing': nothing to read, write after creating the folders; 'refused': leave alone.
  var trust = folders ? trustedFolders(fs, folders) : 'refused';
  var cached, leave = trust === 'refused';
  if (cacheFile && trust === 'ok') {
    var read = readCache(fs, cacheFile);
    cached = read.bytes;
    leave = read.leave;
  }
  var script = new (require('vm').Script)('(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(file, 'utf8') + '\n})', { filename: file, cachedData: cached });
  if (cacheFile && !leave && (!cached || script.cachedDataRejected)) {
    process.once('exit', function () {
      writeCache(fs, path, /** @type {string[]} */ (folders), /** @type {string} */ (cacheFile), script);
    });
  }
  // The bundle requires fs and path once per source module: answered here after the first, not by Node's loader.
  /** @type {{ exports: unknown }} */
  var mod = { exports: {} };
  /** @type {Record<string, unknown>} */
  var loaded = { 'node:fs': fs, 'node:path': path };
  script.runInThisContext().call(mod.exports, mod.exports, /** @param {string} id */ function (id) {
    return loaded[id] || (loaded[id] = require(id.charAt(0) === '.' ? path.join(dir, id) : id));
  }, mod, file, dir);
  module.exports = mod.exports;
}

/**
 * The state root and our folders under it, down to the cache folder; null when the cache is off. Where
 * src/io/system/paths.ts puts the state dir (this file cannot import it): XDG_STATE_HOME, else ~/.local/state;
 * %LOCALAPPDATA% on Windows. A relative value is ignored, as the XDG spec says: it would name a folder in the
 * working directory, the user's project, whose files are anyone's.
 * @param {import('path').PlatformPath} path
 * @returns {string[] | null}
 */
function cacheFolders(path) {
  var env = process.env;
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  var win = process.platform === 'win32';
  var home = (!win && env.HOME) || require('os').homedir();
  var set = win ? env.LOCALAPPDATA : env.XDG_STATE_HOME;
  set = set && set.trim() ? set.replace(/^~(?=[\\/]|$)/, home) : '';
  var root = set && path.isAbsolute(set) ? set : win ? path.join(home, 'AppData', 'Local') : path.join(home, '.local', 'state');
  if (!path.isAbsolute(root)) return null;
  // One path.join (it walks the string), then fixed names appended.
  var ours = path.join(root, 'cc-aws-keepalive');
  return [root, ours, ours + path.sep + 'code-cache'];
}

/**
 * Whether nobody but the user can put a file where we read the cache: each folder from the state root down is a
 * real folder (not a link), owned by us and writable by nobody else. 'missing' when the walk reaches a folder that
 * does not exist yet, every one above it being fine (we may create the rest). Windows has no uids: there every
 * existing folder passes, as before these checks (its per-user %LOCALAPPDATA% is not shared).
 * @param {typeof import('fs')} fs
 * @param {string[]} folders
 * @returns {'ok' | 'missing' | 'refused'}
 */
function trustedFolders(fs, folders) {
  for (var i = 0; i < folders.length; i++) {
    var st = fs.lstatSync(/** @type {string} */ (folders[i]), { throwIfNoEntry: false });
    if (!st) return 'missing';
    if (!st.isDirectory() || !ownedByUs(st)) return 'refused';
  }
  return 'ok';
}

/** @param {import('fs').Stats} st */
function ownedByUs(st) {
  return !process.getuid || (st.uid === process.getuid() && (st.mode & GROUP_OR_OTHER_WRITE) === 0);
}

/**
 * The cache's bytes, read like any file within reach of others: opened non-blocking and without following a link,
 * used only when it is a regular file of ours of a sane size, so a FIFO or a device in its place cannot hold a
 * start. `leave`: something is there that is not ours to replace (a FIFO, a folder, a link, another user's file).
 * @param {typeof import('fs')} fs
 * @param {string} cacheFile
 * @returns {{ bytes?: Buffer, leave: boolean }}
 */
function readCache(fs, cacheFile) {
  var fd;
  try {
    fd = fs.openSync(cacheFile, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0) | (fs.constants.O_NOFOLLOW || 0));
  } catch (e) {
    return { leave: /** @type {NodeJS.ErrnoException} */ (e).code !== 'ENOENT' };
  }
  try {
    var st = fs.fstatSync(fd);
    if (!st.isFile() || !ownedByUs(st)) return { leave: true };
    // An oversized file of ours is no cache V8 wrote for us: replaced.
    return st.size < MAX_CACHE_BYTES ? { bytes: fs.readFileSync(fd), leave: false } : { leave: false };
  } catch (e) {
    return { leave: true };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes the cache for the next start (temp file + rename, 0600), after making the folders and checking them
 * again, and removes a day-old cache of another build of this entry. Any failure only means no cache.
 * @param {typeof import('fs')} fs
 * @param {import('path').PlatformPath} path
 * @param {string[]} folders
 * @param {string} cacheFile
 * @param {import('vm').Script} script
 */
function writeCache(fs, path, folders, cacheFile, script) {
  var cacheDir = path.dirname(cacheFile), tmp = cacheFile + '.' + process.pid + '.tmp', fd;
  try {
    fs.mkdirSync(cacheDir, { recursive: true, mode: DIR_MODE });
    if (trustedFolders(fs, folders) !== 'ok') return;
    fd = fs.openSync(tmp, 'wx', FILE_MODE);
    fs.writeSync(fd, script.createCachedData());
    fs.closeSync(fd);
    fs.renameSync(tmp, cacheFile);
    var mine = BUILD.entry + '-', current = BUILD.entry + '-' + BUILD.hash + '-';
    fs.readdirSync(cacheDir).forEach(function (n) {
      var f = path.join(cacheDir, n);
      if (n.indexOf(mine) === 0 && n.indexOf(current) !== 0 && Date.now() - fs.lstatSync(f).mtimeMs > DAY_MS) fs.unlinkSync(f);
    });
  } catch (e) {
    try {
      if (fd !== undefined) fs.unlinkSync(tmp);
    } catch (e2) {}
  }
}
