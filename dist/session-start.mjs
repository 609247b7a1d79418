import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// builtin:url
var require_url = __commonJS({
  "builtin:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:path
var require_path = __commonJS({
  "builtin:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:fs
var require_fs = __commonJS({
  "builtin:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// src/core/redact.ts
function redactSecrets(s) {
  return s.replace(KEY_ID, "[redacted key id]").replace(NAMED, "$1[redacted]").replace(BASE64_RUN, (m2) => looksSecret(m2) ? "[redacted]" : m2);
}
var KEY_ID, NAMED, BASE64_RUN, looksSecret;
var init_redact = __esm({
  "src/core/redact.ts"() {
    "use strict";
    KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g;
    NAMED = /\b([\w-]*(?:secret|token|password|passwd|credential)[\w-]*["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;
    BASE64_RUN = /[A-Za-z0-9+/]{32,}={0,2}/g;
    looksSecret = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9+/]/.test(s);
  }
});

// src/core/command-path.ts
function findScript(command, script) {
  const modern = new RegExp(`(^|[\\\\/])dist[\\\\/]${esc(script)}\\.mjs(?=$|[\\s"'])`).exec(command);
  const legacy = modern ? null : new RegExp(`(^|[\\\\/])${esc(LEGACY[script])}(?=$|[\\s"'])`).exec(command);
  const m2 = modern ?? legacy;
  if (!m2) return null;
  const nameAt = m2.index + m2[1].length;
  const nameEnd = m2.index + m2[0].length;
  const q = Math.max(command.lastIndexOf('"', nameAt), command.lastIndexOf("'", nameAt));
  const inQuotes = q >= 0 ? command.slice(q + 1, nameAt) : "";
  const quoted = q >= 0 && command[nameEnd] === command[q] && (inQuotes === "" || looksLikePathStart.test(inQuotes));
  let start = q;
  if (!quoted) {
    start = nameAt;
    while (start > 0 && !/[\s"']/.test(command[start - 1])) start--;
  }
  const path = command.slice(quoted ? q + 1 : start, nameEnd);
  const withSep = path.slice(0, path.length - (nameEnd - nameAt));
  const root = withSep.length > 1 ? withSep.replace(/[\\/]$/, "") : withSep || ".";
  return { start, end: quoted ? nameEnd + 1 : nameEnd, path, root, legacy: !modern };
}
function quotePath(path, platform) {
  if (platform === "win32") return `"${path}"`;
  if (/[$`\\"!]/.test(path)) return `'${path.replace(/'/g, `'\\''`)}'`;
  return `"${path}"`;
}
function scriptPath(root, script, platform) {
  return (platform === "win32" ? import_node_path2.win32 : import_node_path2.posix).join(root, "dist", `${script}.mjs`);
}
function scriptCommand(root, script, platform) {
  return `node ${quotePath(scriptPath(root, script, platform), platform)}`;
}
function repointCommand(command, script, root, platform) {
  const ref = findScript(command, script);
  if (!ref) return null;
  const want = scriptPath(root, script, platform);
  if (!ref.legacy && samePath(ref.path, want, platform)) return command;
  return `${command.slice(0, ref.start)}${quotePath(want, platform)}${command.slice(ref.end)}`;
}
function samePath(a, b, platform) {
  if (platform !== "win32") return import_node_path2.posix.normalize(a) === import_node_path2.posix.normalize(b);
  return import_node_path2.win32.normalize(a).toLowerCase() === import_node_path2.win32.normalize(b).toLowerCase();
}
function expandHome(path, home) {
  if (path === "~" || /^~[\\/]/.test(path)) return home + path.slice(1);
  return path.replace(/^\$\{?HOME\}?(?=[\\/]|$)/, home);
}
function displayCommand(command) {
  return command.split(/(\s+)/).map((t) => /[\\/]/.test(t) && !/[=:]/.test(t) ? t.replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g, "[redacted key id]") : redactSecrets(t)).join("");
}
var import_node_path2, LEGACY, esc, looksLikePathStart;
var init_command_path = __esm({
  "src/core/command-path.ts"() {
    "use strict";
    import_node_path2 = __toESM(require_path(), 1);
    init_redact();
    LEGACY = {
      "export-credentials": "aws-cred-export.mjs",
      "auth-refresh": "aws-auth-refresh.mjs",
      statusline: "aws-statusline.mjs",
      "prompt-submit": "aws-cred-check.mjs"
    };
    esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    looksLikePathStart = /^(?:[/\\~.$%]|[A-Za-z]:)/;
  }
});

// src/core/plugin-dir.ts
function parseCacheDir(root) {
  const m2 = /[\\/]plugins[\\/]cache[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]?$/.exec(root);
  return m2 ? { marketplace: m2[1], plugin: m2[2], version: m2[3] } : null;
}
function compareVersions(a, b) {
  const parse2 = (v) => /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/.exec(v);
  const x = parse2(a);
  const y = parse2(b);
  if (!x || !y) return null;
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return Math.sign(d);
  }
  if (!x[4] !== !y[4]) return x[4] ? -1 : 1;
  return x[4] && y[4] ? Math.sign(x[4].localeCompare(y[4])) : 0;
}
var init_plugin_dir = __esm({
  "src/core/plugin-dir.ts"() {
    "use strict";
  }
});

// src/core/text.ts
function lineCol(text, pos) {
  const before = text.slice(0, Math.max(0, pos));
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
function jsonErrorPosition(text, err) {
  const msg = err instanceof Error ? err.message : String(err);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), col: Number(lc[2]) };
  const pos = /position (\d+)/.exec(msg);
  if (pos) return lineCol(text, Number(pos[1]));
  if (/end of (JSON )?input/i.test(msg)) return lineCol(text, text.length);
  return null;
}
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function closest(word, candidates) {
  let best = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}
function describeValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}\u2026` : v)}`;
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}
var stripBom, firstLine, CONTROL, stripControl;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    stripBom = (s) => s.charCodeAt(0) === 65279 ? s.slice(1) : s;
    firstLine = (msg) => (msg.split("\n")[0] ?? "").replace(/\s+in JSON at position \d+.*$/, "").trim();
    CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
    stripControl = (s) => s.replace(CONTROL, "");
  }
});

// src/core/wiring.ts
function commandOf(settings, key) {
  const v = settings[key];
  if (key === "statusLine") return isRecord(v) && typeof v.command === "string" ? v.command : null;
  return typeof v === "string" && v.trim() !== "" ? v : null;
}
function readWiring(settings) {
  return WIRED_KEYS.map((key) => {
    const command = commandOf(settings, key);
    return { key, command, ref: command === null ? null : findScript(command, SCRIPT_OF[key]) };
  });
}
function judgeWire(w, ownRoot, facts, platform) {
  if (w.command === null) return { state: "unset" };
  if (!w.ref) return { state: "foreign" };
  if (w.ref.legacy) return { state: "legacy", path: w.ref.path };
  if (samePath(w.ref.path, scriptPath(ownRoot, SCRIPT_OF[w.key], platform), platform)) return { state: "current" };
  if (facts && !facts.exists) return { state: "missing-file", path: w.ref.path };
  if (facts?.orphaned) return { state: "orphaned", root: w.ref.root };
  const theirs = parseCacheDir(w.ref.root);
  const ours = parseCacheDir(ownRoot);
  if (theirs && ours && theirs.plugin === ours.plugin && compareVersions(ours.version, theirs.version) === 1) {
    return { state: "older", root: w.ref.root, version: theirs.version };
  }
  return { state: "elsewhere", root: w.ref.root };
}
function describeWireState(s) {
  switch (s.state) {
    case "unset":
      return "not set";
    case "foreign":
      return "set to a command that is not ours";
    case "current":
      return "this version \u2713";
    case "legacy":
      return `the old cc-aws-keepalive script (${s.path})`;
    case "missing-file":
      return `points at ${s.path}, which no longer exists`;
    case "orphaned":
      return `points at ${s.root}, a version an update replaced`;
    case "older":
      return `points at older version ${s.version}`;
    case "elsewhere":
      return `points at ${s.root}`;
  }
}
var WIRED_KEYS, SCRIPT_OF, isRecord, isStale;
var init_wiring = __esm({
  "src/core/wiring.ts"() {
    "use strict";
    init_command_path();
    init_plugin_dir();
    WIRED_KEYS = ["awsCredentialExport", "awsAuthRefresh", "statusLine"];
    SCRIPT_OF = {
      awsCredentialExport: "export-credentials",
      awsAuthRefresh: "auth-refresh",
      statusLine: "statusline"
    };
    isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    isStale = (s) => s.state === "legacy" || s.state === "missing-file" || s.state === "orphaned" || s.state === "older";
  }
});

// src/io/atomic-write.ts
function writeFileAtomic(file, data, mode = 384) {
  const dir = (0, import_node_path3.dirname)(file);
  (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
  const tmp = (0, import_node_path3.join)(dir, `.${(0, import_node_path3.basename)(file)}.${process.pid}.${Date.now().toString(36)}.${(seq++).toString(36)}.tmp`);
  const fd = (0, import_node_fs.openSync)(tmp, "wx", mode);
  try {
    (0, import_node_fs.writeSync)(fd, data);
    (0, import_node_fs.fsyncSync)(fd);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
  try {
    (0, import_node_fs.renameSync)(tmp, file);
  } catch (err) {
    try {
      (0, import_node_fs.unlinkSync)(tmp);
    } catch {
    }
    throw err;
  }
}
var import_node_fs, import_node_path3, seq;
var init_atomic_write = __esm({
  "src/io/atomic-write.ts"() {
    "use strict";
    import_node_fs = __toESM(require_fs(), 1);
    import_node_path3 = __toESM(require_path(), 1);
    seq = 0;
  }
});

// src/core/json-edit.ts
function parseStrictJson(text) {
  const body = stripBom(text);
  const deep = nestingBeyond(body, MAX_DEPTH);
  if (deep !== null) return { ok: false, ...lineCol(body, deep), reason: `nested more than ${MAX_DEPTH} levels deep, which we do not edit`, tooDeep: true };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const where = jsonErrorPosition(body, err) ?? { line: 1, col: 1 };
    return { ok: false, ...where, reason: firstLine(err instanceof Error ? err.message : String(err)) };
  }
}
function nestingBeyond(text, max) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}
function parseTree(text) {
  let pos = 0;
  const skip = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const match = (re) => {
    re.lastIndex = pos;
    const m2 = re.exec(text);
    if (!m2) throw new Error(`invalid JSON at offset ${pos}`);
    pos = re.lastIndex;
    return m2[0];
  };
  const value = () => {
    skip();
    const start = pos;
    const c = text[pos];
    if (c === "{") {
      pos++;
      const props = [];
      skip();
      if (text[pos] === "}") pos++;
      else
        for (; ; ) {
          skip();
          const keyStart = pos;
          const key = JSON.parse(match(STRING));
          skip();
          pos++;
          const v = value();
          props.push({ key, start: keyStart, end: v.end, value: v });
          skip();
          if (text[pos++] === "}") break;
        }
      return { kind: "object", start, end: pos, props };
    }
    if (c === "[") {
      pos++;
      const items = [];
      skip();
      if (text[pos] === "]") pos++;
      else
        for (; ; ) {
          items.push(value());
          skip();
          if (text[pos++] === "]") break;
        }
      return { kind: "array", start, end: pos, items };
    }
    match(c === '"' ? STRING : SCALAR);
    return { kind: "scalar", start, end: pos };
  };
  return value();
}
function locate(root, path) {
  let cur = root;
  let unit = root;
  let parent = null;
  for (const seg of path) {
    parent = cur;
    if (typeof seg === "number") {
      const item = cur.items?.[seg];
      if (!item) return null;
      unit = cur = item;
    } else {
      const prop = cur.props?.filter((p) => p.key === seg).pop();
      if (!prop) return null;
      unit = prop;
      cur = prop.value;
    }
  }
  return { unit, value: cur, parent };
}
function detectFormatting(text) {
  if (!/\n/.test(text.trim())) return null;
  return { indent: /^([ \t]+)["{[\]}]/m.exec(text)?.[1] ?? "  ", eol: text.includes("\r\n") ? "\r\n" : "\n" };
}
function render(value, fmt, base) {
  if (!fmt) return JSON.stringify(value);
  return JSON.stringify(value, null, fmt.indent).replace(/\n/g, `${fmt.eol}${base}`);
}
function setJson(text, path, value, opts = {}) {
  const root = parseTree(text);
  if (value === void 0) return removeAt(text, root, path);
  const fmt = detectFormatting(text);
  let depth = path.length;
  while (depth > 0 && !locate(root, path.slice(0, depth))) depth--;
  const at = locate(root, path.slice(0, depth));
  if (depth === path.length && !opts.append) {
    return text.slice(0, at.value.start) + render(value, fmt, lineIndent(text, at.value.start)) + text.slice(at.value.end);
  }
  let nested = opts.append && depth === path.length ? value : opts.append ? [value] : value;
  for (let i = path.length - 1; i > depth; i--) nested = { [path[i]]: nested };
  const container = at.value;
  const childIndent = fmt ? lineIndent(text, container.start) + fmt.indent : "";
  const element = container.kind === "object" ? `${JSON.stringify(path[depth])}:${fmt ? " " : ""}${render(nested, fmt, childIndent)}` : render(nested, fmt, childIndent);
  const children = container.props ?? container.items ?? [];
  const oneLine = children.length > 0 && !text.slice(container.start, container.end).includes("\n");
  const sep = !fmt ? "" : oneLine ? " " : `${fmt.eol}${childIndent}`;
  if (children.length === 0) {
    const close = fmt ? `${fmt.eol}${lineIndent(text, container.start)}` : "";
    return `${text.slice(0, container.start + 1)}${sep}${element}${close}${text.slice(container.end - 1)}`;
  }
  const last = children[children.length - 1];
  return `${text.slice(0, last.end)},${sep}${element}${text.slice(last.end)}`;
}
function removeAt(text, root, path) {
  const at = locate(root, path);
  if (!at || !at.parent) return text;
  const siblings = at.parent.props ?? at.parent.items ?? [];
  const i = siblings.indexOf(at.unit);
  let from;
  let to;
  if (siblings.length === 1) [from, to] = [at.parent.start + 1, at.parent.end - 1];
  else if (i > 0) [from, to] = [siblings[i - 1].end, at.unit.end];
  else [from, to] = [at.unit.start, siblings[1].start];
  return text.slice(0, from) + text.slice(to);
}
function duplicateTopLevelKeys(text, keys) {
  const seen = /* @__PURE__ */ new Map();
  let depth = 0;
  let expectKey = false;
  const re = /"(?:[^"\\]|\\.)*"|[{}[\],:]/g;
  for (let m2 = re.exec(text); m2; m2 = re.exec(text)) {
    const tok = m2[0];
    if (tok === "{" || tok === "[") {
      depth++;
      expectKey = tok === "{" && depth === 1;
    } else if (tok === "}" || tok === "]") depth--;
    else if (tok === ",") expectKey = depth === 1;
    else if (tok === ":") expectKey = false;
    else if (expectKey && depth === 1) {
      const k = JSON.parse(tok);
      seen.set(k, (seen.get(k) ?? 0) + 1);
      expectKey = false;
    }
  }
  return keys.filter((k) => (seen.get(k) ?? 0) > 1);
}
var MAX_DEPTH, WS, STRING, SCALAR, lineIndent;
var init_json_edit = __esm({
  "src/core/json-edit.ts"() {
    "use strict";
    init_text();
    MAX_DEPTH = 256;
    WS = /[ \t\r\n]*/y;
    STRING = /"(?:[^"\\]|\\.)*"/y;
    SCALAR = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    lineIndent = (text, offset) => /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", offset - 1) + 1))[0];
  }
});

// src/io/safe-read.ts
function kindOf(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a regular file";
}
function readRegularBytes(file, max) {
  let fd;
  try {
    const st = (0, import_node_fs2.statSync)(file);
    if (!st.isFile()) return notRegular(file, st);
    if (st.size > max) return tooLarge(file, st.size, max);
    fd = (0, import_node_fs2.openSync)(file, OPEN_FLAGS);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    if (code === "EISDIR") return { problem: `${file} is a directory, not a regular file \u2014 replace it with a file or remove it` };
    return { problem: `cannot read ${file} (${code ?? "error"})` };
  }
  try {
    const st = (0, import_node_fs2.fstatSync)(fd);
    if (!st.isFile()) return notRegular(file, st);
    const chunks = [];
    let size = 0;
    const buf = Buffer.alloc(64 * 1024);
    for (; ; ) {
      const n = (0, import_node_fs2.readSync)(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      size += n;
      if (size > max) return tooLarge(file, size, max);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return { bytes: Buffer.concat(chunks, size), stamp: stampOf(st), mtimeMs: st.mtimeMs };
  } catch (err) {
    return { problem: `cannot read ${file} (${err.code ?? "error"})` };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function readRegularText(file, max) {
  const r = readRegularBytes(file, max);
  return "bytes" in r ? { text: r.bytes.toString("utf8"), stamp: r.stamp, mtimeMs: r.mtimeMs } : r;
}
function readOwnText(file, max = 1024 * 1024) {
  const r = readRegularText(file, max);
  return "text" in r ? r.text : null;
}
var import_node_fs2, OPEN_FLAGS, stampOf, notRegular, kib, tooLarge;
var init_safe_read = __esm({
  "src/io/safe-read.ts"() {
    "use strict";
    import_node_fs2 = __toESM(require_fs(), 1);
    OPEN_FLAGS = import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NONBLOCK ?? 0);
    stampOf = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    notRegular = (file, st) => ({ problem: `${file} is ${kindOf(st)}, not a regular file \u2014 replace it with a file or remove it` });
    kib = (n) => `${Math.ceil(n / 1024)} KiB`;
    tooLarge = (file, size, max) => ({ problem: `${file} is too large (${kib(size)}; a file like this stays under ${kib(max)})` });
  }
});

// src/io/wiring-check.ts
function checkWiring(paths, ownRoot, platform) {
  const ownOrphaned = (0, import_node_fs3.existsSync)((0, import_node_path4.join)(ownRoot, ORPHAN_MARKER));
  const read = readRegularText(paths.claudeSettings, MAX_SETTINGS_BYTES);
  if ("missing" in read) return { settings: { state: "missing" }, wires: [], ownOrphaned, values: {} };
  if ("problem" in read) return { settings: { state: "invalid", problem: read.problem }, wires: [], ownOrphaned, values: {} };
  const { text } = read;
  const parsed = text.trim() === "" ? { ok: true, value: {} } : parseStrictJson(text);
  if (!parsed.ok) return { settings: { state: "invalid", problem: `${paths.claudeSettings}:${parsed.line}:${parsed.col}: ${parsed.reason}` }, wires: [], ownOrphaned, values: {} };
  const settings = isRecord(parsed.value) ? parsed.value : {};
  const wires = readWiring(settings).map((wire) => {
    const facts = wire.ref ? {
      exists: (0, import_node_fs3.existsSync)(expandHome(wire.ref.path, paths.home)),
      orphaned: (0, import_node_fs3.existsSync)((0, import_node_path4.join)(expandHome(wire.ref.root, paths.home), ORPHAN_MARKER))
    } : null;
    return { wire, state: judgeWire(wire, ownRoot, facts, platform) };
  });
  return { settings: { state: "ok" }, wires, ownOrphaned, values: settings };
}
var import_node_fs3, import_node_path4, ORPHAN_MARKER, MAX_SETTINGS_BYTES;
var init_wiring_check = __esm({
  "src/io/wiring-check.ts"() {
    "use strict";
    import_node_fs3 = __toESM(require_fs(), 1);
    import_node_path4 = __toESM(require_path(), 1);
    init_command_path();
    init_json_edit();
    init_wiring();
    init_safe_read();
    ORPHAN_MARKER = ".orphaned_at";
    MAX_SETTINGS_BYTES = 8 * 1024 * 1024;
  }
});

// src/errors.ts
function formatError(e) {
  return stripControl(`cc-aws-keepalive: ${e.message}${e.hint ? ` \u2014 ${e.hint}` : ""}`);
}
var ok, fail;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    init_text();
    ok = (value) => ({ ok: true, value });
    fail = (code, message2, hint) => ({
      ok: false,
      error: { code, message: message2, hint }
    });
  }
});

// src/core/omc-legacy.ts
function stripLegacyPatch(text) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.includes(LEGACY_PATCH_START));
  if (start === -1) return null;
  let end = lines.findIndex((l, i) => i > start && l.includes(LEGACY_PATCH_END));
  if (end === -1) end = Math.min(start + 2, lines.length - 1);
  let from = start;
  let to = end;
  if (from > 0 && lines[from - 1].trim() === "") from--;
  if (to < lines.length - 1 && lines[to + 1].trim() === "") to++;
  lines.splice(from, to - from + 1);
  return lines.join(eol);
}
function unwrapLegacyHudCommand(command) {
  return command.includes(LEGACY_WRAPPER_NAME) ? command.split(LEGACY_WRAPPER_NAME).join("omc-hud.mjs") : null;
}
var LEGACY_PATCH_START, LEGACY_PATCH_END, LEGACY_WRAPPER_NAME, isLegacyWrapper;
var init_omc_legacy = __esm({
  "src/core/omc-legacy.ts"() {
    "use strict";
    LEGACY_PATCH_START = "// [cc-aws-keepalive:timer-start]";
    LEGACY_PATCH_END = "// [cc-aws-keepalive:timer-end]";
    LEGACY_WRAPPER_NAME = "aws-hud-wrapper.mjs";
    isLegacyWrapper = (text) => text.includes("cc-aws-keepalive");
  }
});

// src/core/settings-plan.ts
function planSettings(original, file, o) {
  const bom = original !== null && original.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  let text = original === null || stripBom(original).trim() === "" ? SETTINGS_SKELETON : stripBom(original);
  const parsed = parseStrictJson(text);
  if (!parsed.ok) {
    if (parsed.tooDeep) return fail("SETTINGS_PARSE", `${file}:${parsed.line}:${parsed.col}: ${parsed.reason}`, "flatten it by hand; nothing was changed");
    return fail("SETTINGS_PARSE", `${file}:${parsed.line}:${parsed.col}: not valid JSON (${parsed.reason})`, "fix that line (Claude Code cannot read the file either); nothing was changed");
  }
  if (!isRecord(parsed.value)) {
    return fail("SETTINGS_NOT_OBJECT", `${file} holds ${Array.isArray(parsed.value) ? "an array" : typeof parsed.value}, not an object of settings`, "make it an object ({ \u2026 }); nothing was changed");
  }
  const dupes = duplicateTopLevelKeys(text, ["awsCredentialExport", "awsAuthRefresh", "statusLine", "hooks"]);
  if (dupes.length) {
    return fail("SETTINGS_DUPLICATE", `${file} has "${dupes[0]}" more than once`, "keep one of them; nothing was changed");
  }
  const settings = parsed.value;
  const changes = [];
  let record = o.record ? structuredClone(o.record) : null;
  let statusLineCmd = null;
  const set = (path, value, opts) => {
    text = setJson(text, path, value, opts);
  };
  const conflicts = [];
  for (const key of COMMAND_KEYS) {
    if (o.mode === "heal" && o.healKeys && !o.healKeys.includes(key)) continue;
    const cur = settings[key];
    const cmd = commandOf(settings, key);
    const mine = cmd !== null && findScript(cmd, SCRIPT_OF[key]) !== null;
    if (o.mode === "uninstall") {
      if (!mine) continue;
      const before = record?.replaced?.[key];
      set([key], before);
      changes.push(before === void 0 ? { key, action: "remove", before: cur } : { key, action: "restore", before: cur, after: before });
    } else if (mine) {
      const next = repointCommand(cmd, SCRIPT_OF[key], o.root, o.platform);
      if (next !== cmd) {
        set([key], next);
        changes.push({ key, action: "update", before: cmd, after: next });
      }
    } else if (o.mode === "heal") {
      continue;
    } else if (cur === void 0 || cur === null || cur === "") {
      const next = scriptCommand(o.root, SCRIPT_OF[key], o.platform);
      if (cur !== void 0) record = { ...record, replaced: { ...record?.replaced, [key]: cur } };
      set([key], next);
      changes.push({ key, action: "add", after: next });
    } else if (o.force) {
      const next = scriptCommand(o.root, SCRIPT_OF[key], o.platform);
      record = { ...record, replaced: { ...record?.replaced, [key]: cur } };
      set([key], next);
      changes.push({ key, action: "update", before: cur, after: next, note: "yours is saved; --uninstall puts it back" });
    } else {
      conflicts.push(key);
    }
  }
  if (conflicts.length) {
    const key = conflicts[0];
    const shown = JSON.stringify(typeof settings[key] === "string" ? displayCommand(settings[key]) : settings[key]);
    return fail(
      "SETTINGS_CONFLICT",
      `${file}: ${conflicts.join(" and ")} already ${conflicts.length > 1 ? "run commands" : `runs ${shown.length > 80 ? `${shown.slice(0, 80)}\u2026` : shown}`} that are not cc-aws-keepalive's`,
      key === "awsAuthRefresh" || conflicts.length > 1 ? 'to keep your login command, put it in "autoLoginCmd" of our config (we run it when a login is needed); then re-run with --force to replace them (saved, and --uninstall puts them back); nothing was changed' : "re-run with --force to replace it (saved, and --uninstall puts it back); nothing was changed"
    );
  }
  const sl = planStatusLine(settings, o, record);
  for (const [path, value] of sl.edits) set(path, value);
  changes.push(...sl.changes);
  record = sl.record;
  statusLineCmd = sl.statusLineCmd;
  if (o.mode !== "heal") {
    const hooks = planHook(text, o, record);
    if (!hooks.ok) return hooks;
    text = hooks.value.text;
    changes.push(...hooks.value.changes);
    record = hooks.value.record;
  }
  if (o.mode === "uninstall") record = null;
  const unchanged = changes.length === 0;
  return ok({ text: unchanged ? original ?? "" : bom + text, changes, record, statusLineCmd });
}
function planStatusLine(settings, o, record) {
  const key = "statusLine";
  const out = { edits: [], changes: [], record, statusLineCmd: null };
  if (o.mode === "heal" && o.healKeys && !o.healKeys.includes(key)) return out;
  const cur = settings[key];
  const cmd = commandOf(settings, key);
  const mine = cmd !== null && findScript(cmd, "statusline") !== null;
  const ours = scriptCommand(o.root, "statusline", o.platform);
  if (o.mode === "uninstall") {
    if (!mine) return out;
    let before = record && "statusLineBefore" in record ? record.statusLineBefore : void 0;
    if (before === void 0 && o.statusLineCmd.trim()) before = { type: "command", command: o.statusLineCmd.trim() };
    out.edits.push([[key], before]);
    out.changes.push(before === void 0 ? { key, action: "remove", before: cmd } : { key, action: "restore", before: cmd, after: describeStatusLine(before) });
    return out;
  }
  if (mine) {
    const next2 = repointCommand(cmd, "statusline", o.root, o.platform);
    if (next2 !== cmd) {
      out.edits.push([[key, "command"], next2]);
      out.changes.push({ key, action: "update", before: cmd, after: next2 });
    }
    if (o.mode === "install" && o.statusLine && isRecord(cur) && cur.refreshInterval === void 0) {
      out.edits.push([[key, "refreshInterval"], o.refreshIntervalSeconds]);
      out.changes.push({ key: "statusLine.refreshInterval", action: "add", after: o.refreshIntervalSeconds });
    }
    return out;
  }
  const unwrapped = cmd === null ? null : unwrapLegacyHudCommand(cmd);
  if (o.mode !== "install" || !o.statusLine && unwrapped === null) return out;
  if (cur === void 0 || cur === null) {
    const next2 = { type: "command", command: ours, refreshInterval: o.refreshIntervalSeconds };
    out.edits.push([[key], next2]);
    if (cur === null) out.record = { ...record, statusLineBefore: null };
    out.changes.push({ key, action: "add", after: ours });
    return out;
  }
  const base = isRecord(cur) ? cur : {};
  const next = { ...base, type: "command", command: ours, refreshInterval: typeof base.refreshInterval === "number" ? base.refreshInterval : o.refreshIntervalSeconds };
  out.edits.push([[key], next]);
  out.record = { ...record, statusLineBefore: unwrapped === null ? cur : { ...base, command: unwrapped } };
  const inner = unwrapped ?? cmd;
  if (inner !== null && inner.trim() !== o.statusLineCmd.trim()) out.statusLineCmd = inner;
  out.changes.push({
    key,
    action: "update",
    before: cmd ?? cur,
    after: ours,
    note: unwrapped !== null ? `the old cc-aws-keepalive HUD wrapper; ${unwrapped} keeps running inside ours, via statusLineCmd` : cmd !== null ? "yours keeps running inside ours, via statusLineCmd in our config" : void 0
  });
  return out;
}
function describeStatusLine(v) {
  return isRecord(v) && typeof v.command === "string" ? v.command : v;
}
function planHook(text, o, record) {
  const changes = [];
  const settings = JSON.parse(text);
  const hooks = settings.hooks;
  if (hooks !== void 0 && !isRecord(hooks)) {
    return fail("SETTINGS_NOT_OBJECT", `"hooks" in settings.json is ${Array.isArray(hooks) ? "an array" : typeof hooks}, not an object`, "fix or remove it; nothing was changed");
  }
  const groups = hooks?.UserPromptSubmit;
  if (groups !== void 0 && !Array.isArray(groups)) {
    return fail("SETTINGS_NOT_OBJECT", '"hooks.UserPromptSubmit" in settings.json is not an array', "fix or remove it; nothing was changed");
  }
  const found = [];
  (groups ?? []).forEach((g, gi) => {
    if (!isRecord(g) || !Array.isArray(g.hooks)) return;
    g.hooks.forEach((h, hi) => {
      if (isRecord(h) && typeof h.command === "string" && findScript(h.command, "prompt-submit")) found.push([gi, hi, h.command]);
    });
  });
  const pluginProvides = parseCacheDir(o.root) !== null || pluginEnabled(settings);
  const wanted = o.mode === "install" && !pluginProvides;
  if (wanted && found.length === 0) {
    const command = scriptCommand(o.root, "prompt-submit", o.platform);
    const entry = { hooks: [{ type: "command", command, timeout: o.hookTimeoutSeconds }] };
    text = setJson(text, ["hooks", "UserPromptSubmit"], groups ? entry : [entry], { append: groups !== void 0 });
    changes.push({ key: "hooks.UserPromptSubmit", action: "add", after: command });
    const made2 = hooks === void 0 ? "hooks" : groups === void 0 ? "hooks.UserPromptSubmit" : null;
    return ok({ text, changes, record: made2 ? { ...record, hookContainer: made2 } : record });
  }
  if (wanted) {
    for (const [gi, hi, cmd] of found) {
      const next = repointCommand(cmd, "prompt-submit", o.root, o.platform);
      if (next === cmd) continue;
      text = setJson(text, ["hooks", "UserPromptSubmit", gi, "hooks", hi, "command"], next);
      changes.push({ key: "hooks.UserPromptSubmit", action: "update", before: cmd, after: next });
    }
    return ok({ text, changes, record });
  }
  for (const [gi, hi, cmd] of [...found].reverse()) {
    const group = groups[gi];
    const alone = group.hooks.length === 1;
    text = setJson(text, alone ? ["hooks", "UserPromptSubmit", gi] : ["hooks", "UserPromptSubmit", gi, "hooks", hi], void 0);
    changes.push({ key: "hooks.UserPromptSubmit", action: "remove", before: cmd, note: o.mode === "uninstall" ? void 0 : "the plugin runs this hook itself" });
  }
  const made = record ? record.hookContainer : "hooks";
  if (found.length && made) {
    const after = JSON.parse(text);
    if (Array.isArray(after.hooks.UserPromptSubmit) && after.hooks.UserPromptSubmit.length === 0) text = setJson(text, ["hooks", "UserPromptSubmit"], void 0);
    if (made === "hooks" && Object.keys(JSON.parse(text).hooks).length === 0) text = setJson(text, ["hooks"], void 0);
  }
  if (record?.hookContainer) {
    const { hookContainer: _, ...rest } = record;
    record = rest;
  }
  return ok({ text, changes, record });
}
function pluginEnabled(settings) {
  const enabled = settings.enabledPlugins;
  return isRecord(enabled) && Object.entries(enabled).some(([id, on]) => id.startsWith("cc-aws-keepalive@") && on === true);
}
function describeChange(c) {
  const show = (v) => typeof v === "string" ? displayCommand(v) : JSON.stringify(v);
  const note = c.note ? `  (${c.note})` : "";
  switch (c.action) {
    case "add":
      return `+ ${c.key}: ${show(c.after)}${note}`;
    case "remove":
      return `- ${c.key}: ${show(c.before)}${note}`;
    case "update":
    case "restore":
      return `~ ${c.key}: ${show(c.before)}
    \u2192 ${show(c.after)}${note}`;
  }
}
var COMMAND_KEYS, SETTINGS_SKELETON;
var init_settings_plan = __esm({
  "src/core/settings-plan.ts"() {
    "use strict";
    init_errors();
    init_command_path();
    init_json_edit();
    init_omc_legacy();
    init_plugin_dir();
    init_text();
    init_wiring();
    COMMAND_KEYS = ["awsCredentialExport", "awsAuthRefresh"];
    SETTINGS_SKELETON = "{\n}\n";
  }
});

// node_modules/valibot/dist/index.js
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config2) {
  return {
    lang: config2?.lang ?? store?.lang,
    message: config2?.message,
    abortEarly: config2?.abortEarly ?? store?.abortEarly,
    abortPipeEarly: config2?.abortPipeEarly ?? store?.abortPipeEarly
  };
}
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store2?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store3?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store4?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") {
    return `"${input}"`;
  }
  if (type === "number" || type === "bigint" || type === "boolean") {
    return `${input}`;
  }
  if (type === "object" || type === "function") {
    return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  }
  return type;
}
function _addIssue(context, label, dataset, config2, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config2.lang,
    abortEarly: config2.abortEarly,
    abortPipeEarly: config2.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message2 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config2.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message2 !== void 0) {
    issue.message = typeof message2 === "function" ? (
      // @ts-expect-error
      message2(issue)
    ) : message2;
  }
  if (isSchema) {
    dataset.typed = false;
  }
  if (dataset.issues) {
    dataset.issues.push(issue);
  } else {
    dataset.issues = [issue];
  }
}
// @__NO_SIDE_EFFECTS__
function _getStandardProps(context) {
  return {
    version: 1,
    vendor: "valibot",
    validate(value2) {
      return context["~run"]({ value: value2 }, /* @__PURE__ */ getGlobalConfig());
    }
  };
}
// @__NO_SIDE_EFFECTS__
function integer(message2) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !this.requirement(dataset.value)) {
        _addIssue(this, "integer", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message2) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !(dataset.value <= this.requirement)) {
        _addIssue(this, "value", dataset, config2, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value)
        });
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message2) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !(dataset.value >= this.requirement)) {
        _addIssue(this, "value", dataset, config2, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value)
        });
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function number(message2) {
  return {
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) {
        dataset.typed = true;
      } else {
        _addIssue(this, "type", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function string(message2) {
  return {
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      if (typeof dataset.value === "string") {
        dataset.typed = true;
      } else {
        _addIssue(this, "type", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe2) {
  return {
    ...pipe2[0],
    pipe: pipe2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      for (const item of pipe2) {
        if (item.kind !== "metadata") {
          if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
            dataset.typed = false;
            break;
          }
          if (!dataset.issues || !config2.abortEarly && !config2.abortPipeEarly) {
            dataset = item["~run"](dataset, config2);
          }
        }
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config2) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config2));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}
var store, store2, store3, store4, EMOJI_REGEX;
var init_dist = __esm({
  "node_modules/valibot/dist/index.js"() {
    EMOJI_REGEX = // eslint-disable-next-line redos-detector/no-unsafe-regex, regexp/no-dupe-disjunctions -- false positives
    new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation}))*)+$", "u");
  }
});

// src/schemas/config.ts
function rangeOf(key) {
  const f = ConfigFields[key];
  return "range" in f ? f.range : null;
}
function defaultConfig() {
  const out = {};
  for (const k of CONFIG_KEYS) out[k] = ConfigFields[k].default;
  return out;
}
function describeExpected(key) {
  const d = ConfigFields[key].default;
  if (typeof d === "string") return "a string";
  if (key === "loginTimeoutSeconds") return "a whole number of seconds from 10 to 160";
  return "a whole number of minutes from 0 to 1440";
}
var MINUTES, minutes, ConfigFields, CONFIG_KEYS;
var init_config = __esm({
  "src/schemas/config.ts"() {
    "use strict";
    init_dist();
    MINUTES = { min: 0, max: 24 * 60 };
    minutes = () => pipe(number(), integer(), minValue(MINUTES.min), maxValue(MINUTES.max));
    ConfigFields = {
      profile: { schema: string(), default: "" },
      expirationField: { schema: string(), default: "" },
      loginCmd: { schema: string(), default: "" },
      autoLoginCmd: { schema: string(), default: "" },
      autoLoginMinutes: { schema: minutes(), default: 30, range: MINUTES },
      warnMinutes: { schema: minutes(), default: 30, range: MINUTES },
      timerWarnMinutes: { schema: minutes(), default: 60, range: MINUTES },
      statusLineCmd: { schema: string(), default: "" },
      // Claude Code kills awsAuthRefresh at 180 s; our whole run must end by 170 s, so a login gets at most 160 s.
      loginTimeoutSeconds: { schema: pipe(number(), integer(), minValue(10), maxValue(160)), default: 150, range: { min: 10, max: 160 } }
    };
    CONFIG_KEYS = Object.keys(ConfigFields);
  }
});

// src/core/config-parse.ts
function parseConfigText(text, file, kind, parseToml) {
  const config = defaultConfig();
  const body = stripBom(text);
  if (body.trim() === "") return { config, warnings: [`${file} is empty \u2014 using defaults; copy config.example.json there to start`] };
  let raw;
  try {
    raw = kind === "json" ? JSON.parse(body) : parseToml(body);
  } catch (err) {
    return { config, warnings: [describeParseError(body, file, kind, err)] };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { config, warnings: [`${file}: expected an object of settings, got ${describeValue(raw)} \u2014 using defaults`] };
  }
  const warnings = [];
  const target = config;
  for (const [key, value] of Object.entries(raw)) {
    if (!CONFIG_KEYS.includes(key)) {
      const guess = closest(key, CONFIG_KEYS);
      warnings.push(`${file}: unknown key ${JSON.stringify(key)}${guess ? ` \u2014 did you mean "${guess}"?` : " \u2014 it is ignored"}`);
      continue;
    }
    const k = key;
    const clamped = clampNumber(k, value);
    if (clamped) {
      target[k] = clamped.value;
      if (clamped.note) warnings.push(`${file}: ${clamped.note}`);
      continue;
    }
    const r = safeParse(ConfigFields[k].schema, value);
    if (r.success) target[k] = r.output;
    else warnings.push(`${file}: "${k}" should be ${describeExpected(k)}, got ${describeValue(value)} \u2014 using the default ${JSON.stringify(ConfigFields[k].default)}`);
  }
  return { config, warnings: warnings.map((w) => stripControl(w.replace(/[\r\n]+/g, " "))) };
}
function clampNumber(key, value) {
  const range = rangeOf(key);
  const n = typeof value === "bigint" ? Number(value) : value;
  if (!range || typeof n !== "number" || Number.isNaN(n)) return null;
  const used = Math.min(range.max, Math.max(range.min, Math.round(n)));
  if (used === n) return { value: used, note: null };
  const why = n < range.min || n > range.max ? `outside ${range.min}\u2013${range.max}` : "not a whole number";
  return { value: used, note: `"${key}" is ${String(n)}, ${why} \u2014 using ${used}` };
}
function describeParseError(text, file, kind, err) {
  const msg = err instanceof Error ? err.message : String(err);
  let where;
  if (kind === "json") where = jsonErrorPosition(text, err);
  else {
    const e = err;
    where = typeof e.line === "number" && typeof e.col === "number" ? { line: e.line + 1, col: e.col + 1 } : null;
  }
  const reason = firstLine(msg).replace(/ at row \d+, col \d+, pos \d+:?$/, "");
  const pos = where ? `:${where.line}:${where.col}` : "";
  return `${file}${pos}: not valid ${kind.toUpperCase()} (${reason}) \u2014 fix that line; using defaults until then`;
}
var init_config_parse = __esm({
  "src/core/config-parse.ts"() {
    "use strict";
    init_dist();
    init_config();
    init_text();
  }
});

// deferred-toml:@iarna/toml
var toml_exports = {};
__export(toml_exports, {
  parse: () => parse
});
function parse(text) {
  if (!toml) {
    const m2 = { exports: {} };
    new Function("module", "exports", "require", source)(m2, m2.exports, __require);
    toml = m2.exports;
  }
  return toml.parse(text);
}
var source, toml;
var init_toml = __esm({
  "deferred-toml:@iarna/toml"() {
    source = '"use strict";var c=(t,e)=>()=>(e||t((e={exports:{}}).exports,e),e.exports);var S=c((Pt,O)=>{"use strict";var p=class t extends Error{constructor(e,s,r){super("[ParserError] "+e,s,r),this.name="ParserError",this.code="ParserError",Error.captureStackTrace&&Error.captureStackTrace(this,t)}},R=class{constructor(e){this.parser=e,this.buf="",this.returned=null,this.result=null,this.resultTable=null,this.resultArr=null}},_=class{constructor(){this.pos=0,this.col=0,this.line=0,this.obj={},this.ctx=this.obj,this.stack=[],this._buf="",this.char=null,this.ii=0,this.state=new R(this.parseStart)}parse(e){if(e.length===0||e.length==null)return;this._buf=String(e),this.ii=-1,this.char=-1;let s;for(;s===!1||this.nextChar();)s=this.runOne();this._buf=null}nextChar(){return this.char===10&&(++this.line,this.col=-1),++this.ii,this.char=this._buf.codePointAt(this.ii),++this.pos,++this.col,this.haveBuffer()}haveBuffer(){return this.ii<this._buf.length}runOne(){return this.state.parser.call(this,this.state.returned)}finish(){this.char=1114112;let e;do e=this.state.parser,this.runOne();while(this.state.parser!==e);return this.ctx=null,this.state=null,this._buf=null,this.obj}next(e){if(typeof e!="function")throw new p("Tried to set state to non-existent state: "+JSON.stringify(e));this.state.parser=e}goto(e){return this.next(e),this.runOne()}call(e,s){s&&this.next(s),this.stack.push(this.state),this.state=new R(e)}callNow(e,s){return this.call(e,s),this.runOne()}return(e){if(this.stack.length===0)throw this.error(new p("Stack underflow"));e===void 0&&(e=this.state.buf),this.state=this.stack.pop(),this.state.returned=e}returnNow(e){return this.return(e),this.runOne()}consume(){if(this.char===1114112)throw this.error(new p("Unexpected end-of-buffer"));this.state.buf+=this._buf[this.ii]}error(e){return e.line=this.line,e.col=this.col,e.pos=this.pos,e}parseStart(){throw new p("Must declare a parseStart method")}};_.END=1114112;_.Error=p;O.exports=_});var U=c((Bt,D)=>{"use strict";D.exports=t=>{let e=new Date(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var d=c((Ft,M)=>{"use strict";M.exports=(t,e)=>{for(e=String(e);e.length<t;)e="0"+e;return e}});var B=c((Kt,P)=>{"use strict";var C=d(),E=class extends Date{constructor(e){super(e+"Z"),this.isFloating=!0}toISOString(){let e=`${this.getUTCFullYear()}-${C(2,this.getUTCMonth()+1)}-${C(2,this.getUTCDate())}`,s=`${C(2,this.getUTCHours())}:${C(2,this.getUTCMinutes())}:${C(2,this.getUTCSeconds())}.${C(3,this.getUTCMilliseconds())}`;return`${e}T${s}`}};P.exports=t=>{let e=new E(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var $=c(($t,K)=>{"use strict";var F=d(),ot=global.Date,b=class extends ot{constructor(e){super(e),this.isDate=!0}toISOString(){return`${this.getUTCFullYear()}-${F(2,this.getUTCMonth()+1)}-${F(2,this.getUTCDate())}`}};K.exports=t=>{let e=new b(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var Q=c((qt,q)=>{"use strict";var g=d(),N=class extends Date{constructor(e){super(`0000-01-01T${e}Z`),this.isTime=!0}toISOString(){return`${g(2,this.getUTCHours())}:${g(2,this.getUTCMinutes())}:${g(2,this.getUTCSeconds())}.${g(3,this.getUTCMilliseconds())}`}};q.exports=t=>{let e=new N(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var A=c((exports,module)=>{"use strict";module.exports=makeParserClass(S());module.exports.makeParserClass=makeParserClass;var TomlError=class t extends Error{constructor(e){super(e),this.name="TomlError",Error.captureStackTrace&&Error.captureStackTrace(this,t),this.fromTOML=!0,this.wrapped=null}};TomlError.wrap=t=>{let e=new TomlError(t.message);return e.code=t.code,e.wrapped=t,e};module.exports.TomlError=TomlError;var createDateTime=U(),createDateTimeFloat=B(),createDate=$(),createTime=Q(),CTRL_I=9,CTRL_J=10,CTRL_M=13,CTRL_CHAR_BOUNDARY=31,CHAR_SP=32,CHAR_QUOT=34,CHAR_NUM=35,CHAR_APOS=39,CHAR_PLUS=43,CHAR_COMMA=44,CHAR_HYPHEN=45,CHAR_PERIOD=46,CHAR_0=48,CHAR_1=49,CHAR_7=55,CHAR_9=57,CHAR_COLON=58,CHAR_EQUALS=61,CHAR_A=65,CHAR_E=69,CHAR_F=70,CHAR_T=84,CHAR_U=85,CHAR_Z=90,CHAR_LOWBAR=95,CHAR_a=97,CHAR_b=98,CHAR_e=101,CHAR_f=102,CHAR_i=105,CHAR_l=108,CHAR_n=110,CHAR_o=111,CHAR_r=114,CHAR_s=115,CHAR_t=116,CHAR_u=117,CHAR_x=120,CHAR_z=122,CHAR_LCUB=123,CHAR_RCUB=125,CHAR_LSQB=91,CHAR_BSOL=92,CHAR_RSQB=93,CHAR_DEL=127,SURROGATE_FIRST=55296,SURROGATE_LAST=57343,escapes={[CHAR_b]:"\\b",[CHAR_t]:"	",[CHAR_n]:`\n`,[CHAR_f]:"\\f",[CHAR_r]:"\\r",[CHAR_QUOT]:\'"\',[CHAR_BSOL]:"\\\\"};function isDigit(t){return t>=CHAR_0&&t<=CHAR_9}function isHexit(t){return t>=CHAR_A&&t<=CHAR_F||t>=CHAR_a&&t<=CHAR_f||t>=CHAR_0&&t<=CHAR_9}function isBit(t){return t===CHAR_1||t===CHAR_0}function isOctit(t){return t>=CHAR_0&&t<=CHAR_7}function isAlphaNumQuoteHyphen(t){return t>=CHAR_A&&t<=CHAR_Z||t>=CHAR_a&&t<=CHAR_z||t>=CHAR_0&&t<=CHAR_9||t===CHAR_APOS||t===CHAR_QUOT||t===CHAR_LOWBAR||t===CHAR_HYPHEN}function isAlphaNumHyphen(t){return t>=CHAR_A&&t<=CHAR_Z||t>=CHAR_a&&t<=CHAR_z||t>=CHAR_0&&t<=CHAR_9||t===CHAR_LOWBAR||t===CHAR_HYPHEN}var _type=Symbol("type"),_declared=Symbol("declared"),hasOwnProperty=Object.prototype.hasOwnProperty,defineProperty=Object.defineProperty,descriptor={configurable:!0,enumerable:!0,writable:!0,value:void 0};function hasKey(t,e){return hasOwnProperty.call(t,e)?!0:(e==="__proto__"&&defineProperty(t,"__proto__",descriptor),!1)}var INLINE_TABLE=Symbol("inline-table");function InlineTable(){return Object.defineProperties({},{[_type]:{value:INLINE_TABLE}})}function isInlineTable(t){return t===null||typeof t!="object"?!1:t[_type]===INLINE_TABLE}var TABLE=Symbol("table");function Table(){return Object.defineProperties({},{[_type]:{value:TABLE},[_declared]:{value:!1,writable:!0}})}function isTable(t){return t===null||typeof t!="object"?!1:t[_type]===TABLE}var _contentType=Symbol("content-type"),INLINE_LIST=Symbol("inline-list");function InlineList(t){return Object.defineProperties([],{[_type]:{value:INLINE_LIST},[_contentType]:{value:t}})}function isInlineList(t){return t===null||typeof t!="object"?!1:t[_type]===INLINE_LIST}var LIST=Symbol("list");function List(){return Object.defineProperties([],{[_type]:{value:LIST}})}function isList(t){return t===null||typeof t!="object"?!1:t[_type]===LIST}var _custom;try{let utilInspect=eval("require(\'util\').inspect");_custom=utilInspect.custom}catch(t){}var _inspect=_custom||"inspect",BoxedBigInt=class{constructor(e){try{this.value=global.BigInt.asIntN(64,e)}catch{this.value=null}Object.defineProperty(this,_type,{value:INTEGER})}isNaN(){return this.value===null}toString(){return String(this.value)}[_inspect](){return`[BigInt: ${this.toString()}]}`}valueOf(){return this.value}},INTEGER=Symbol("integer");function Integer(t){let e=Number(t);return Object.is(e,-0)&&(e=0),global.BigInt&&!Number.isSafeInteger(e)?new BoxedBigInt(t):Object.defineProperties(new Number(e),{isNaN:{value:function(){return isNaN(this)}},[_type]:{value:INTEGER},[_inspect]:{value:()=>`[Integer: ${t}]`}})}function isInteger(t){return t===null||typeof t!="object"?!1:t[_type]===INTEGER}var FLOAT=Symbol("float");function Float(t){return Object.defineProperties(new Number(t),{[_type]:{value:FLOAT},[_inspect]:{value:()=>`[Float: ${t}]`}})}function isFloat(t){return t===null||typeof t!="object"?!1:t[_type]===FLOAT}function tomlType(t){let e=typeof t;if(e==="object"){if(t===null)return"null";if(t instanceof Date)return"datetime";if(_type in t)switch(t[_type]){case INLINE_TABLE:return"inline-table";case INLINE_LIST:return"inline-list";case TABLE:return"table";case LIST:return"list";case FLOAT:return"float";case INTEGER:return"integer"}}return e}function makeParserClass(t){class e extends t{constructor(){super(),this.ctx=this.obj=Table()}atEndOfWord(){return this.char===CHAR_NUM||this.char===CTRL_I||this.char===CHAR_SP||this.atEndOfLine()}atEndOfLine(){return this.char===t.END||this.char===CTRL_J||this.char===CTRL_M}parseStart(){if(this.char===t.END)return null;if(this.char===CHAR_LSQB)return this.call(this.parseTableOrList);if(this.char===CHAR_NUM)return this.call(this.parseComment);if(this.char===CTRL_J||this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M)return null;if(isAlphaNumQuoteHyphen(this.char))return this.callNow(this.parseAssignStatement);throw this.error(new TomlError(`Unknown character "${this.char}"`))}parseWhitespaceToEOL(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M)return null;if(this.char===CHAR_NUM)return this.goto(this.parseComment);if(this.char===t.END||this.char===CTRL_J)return this.return();throw this.error(new TomlError("Unexpected character, expected only whitespace or comments till end of line"))}parseAssignStatement(){return this.callNow(this.parseAssign,this.recordAssignStatement)}recordAssignStatement(r){let i=this.ctx,h=r.key.pop();for(let n of r.key){if(hasKey(i,n)&&(!isTable(i[n])||i[n][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));i=i[n]=i[n]||Table()}if(hasKey(i,h))throw this.error(new TomlError("Can\'t redefine existing key"));return isInteger(r.value)||isFloat(r.value)?i[h]=r.value.valueOf():i[h]=r.value,this.goto(this.parseWhitespaceToEOL)}parseAssign(){return this.callNow(this.parseKeyword,this.recordAssignKeyword)}recordAssignKeyword(r){return this.state.resultTable?this.state.resultTable.push(r):this.state.resultTable=[r],this.goto(this.parseAssignKeywordPreDot)}parseAssignKeywordPreDot(){if(this.char===CHAR_PERIOD)return this.next(this.parseAssignKeywordPostDot);if(this.char!==CHAR_SP&&this.char!==CTRL_I)return this.goto(this.parseAssignEqual)}parseAssignKeywordPostDot(){if(this.char!==CHAR_SP&&this.char!==CTRL_I)return this.callNow(this.parseKeyword,this.recordAssignKeyword)}parseAssignEqual(){if(this.char===CHAR_EQUALS)return this.next(this.parseAssignPreValue);throw this.error(new TomlError(\'Invalid character, expected "="\'))}parseAssignPreValue(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseValue,this.recordAssignValue)}recordAssignValue(r){return this.returnNow({key:this.state.resultTable,value:r})}parseComment(){do if(this.char===t.END||this.char===CTRL_J)return this.return();while(this.nextChar())}parseTableOrList(){if(this.char===CHAR_LSQB)this.next(this.parseList);else return this.goto(this.parseTable)}parseTable(){return this.ctx=this.obj,this.goto(this.parseTableNext)}parseTableNext(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseKeyword,this.parseTableMore)}parseTableMore(r){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CHAR_RSQB){if(hasKey(this.ctx,r)&&(!isTable(this.ctx[r])||this.ctx[r][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));return this.ctx=this.ctx[r]=this.ctx[r]||Table(),this.ctx[_declared]=!0,this.next(this.parseWhitespaceToEOL)}else if(this.char===CHAR_PERIOD){if(!hasKey(this.ctx,r))this.ctx=this.ctx[r]=Table();else if(isTable(this.ctx[r]))this.ctx=this.ctx[r];else if(isList(this.ctx[r]))this.ctx=this.ctx[r][this.ctx[r].length-1];else throw this.error(new TomlError("Can\'t redefine existing key"));return this.next(this.parseTableNext)}else throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseList(){return this.ctx=this.obj,this.goto(this.parseListNext)}parseListNext(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseKeyword,this.parseListMore)}parseListMore(r){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CHAR_RSQB){if(hasKey(this.ctx,r)||(this.ctx[r]=List()),isInlineList(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline array"));if(isList(this.ctx[r])){let i=Table();this.ctx[r].push(i),this.ctx=i}else throw this.error(new TomlError("Can\'t redefine an existing key"));return this.next(this.parseListEnd)}else if(this.char===CHAR_PERIOD){if(!hasKey(this.ctx,r))this.ctx=this.ctx[r]=Table();else{if(isInlineList(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline array"));if(isInlineTable(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline table"));if(isList(this.ctx[r]))this.ctx=this.ctx[r][this.ctx[r].length-1];else if(isTable(this.ctx[r]))this.ctx=this.ctx[r];else throw this.error(new TomlError("Can\'t redefine an existing key"))}return this.next(this.parseListNext)}else throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseListEnd(r){if(this.char===CHAR_RSQB)return this.next(this.parseWhitespaceToEOL);throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseValue(){if(this.char===t.END)throw this.error(new TomlError("Key without value"));if(this.char===CHAR_QUOT)return this.next(this.parseDoubleString);if(this.char===CHAR_APOS)return this.next(this.parseSingleString);if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)return this.goto(this.parseNumberSign);if(this.char===CHAR_i)return this.next(this.parseInf);if(this.char===CHAR_n)return this.next(this.parseNan);if(isDigit(this.char))return this.goto(this.parseNumberOrDateTime);if(this.char===CHAR_t||this.char===CHAR_f)return this.goto(this.parseBoolean);if(this.char===CHAR_LSQB)return this.call(this.parseInlineList,this.recordValue);if(this.char===CHAR_LCUB)return this.call(this.parseInlineTable,this.recordValue);throw this.error(new TomlError("Unexpected character, expecting string, number, datetime, boolean, inline array or inline table"))}recordValue(r){return this.returnNow(r)}parseInf(){if(this.char===CHAR_n)return this.next(this.parseInf2);throw this.error(new TomlError(\'Unexpected character, expected "inf", "+inf" or "-inf"\'))}parseInf2(){if(this.char===CHAR_f)return this.state.buf==="-"?this.return(-1/0):this.return(1/0);throw this.error(new TomlError(\'Unexpected character, expected "inf", "+inf" or "-inf"\'))}parseNan(){if(this.char===CHAR_a)return this.next(this.parseNan2);throw this.error(new TomlError(\'Unexpected character, expected "nan"\'))}parseNan2(){if(this.char===CHAR_n)return this.return(NaN);throw this.error(new TomlError(\'Unexpected character, expected "nan"\'))}parseKeyword(){return this.char===CHAR_QUOT?this.next(this.parseBasicString):this.char===CHAR_APOS?this.next(this.parseLiteralString):this.goto(this.parseBareKey)}parseBareKey(){do{if(this.char===t.END)throw this.error(new TomlError("Key ended without value"));if(isAlphaNumHyphen(this.char))this.consume();else{if(this.state.buf.length===0)throw this.error(new TomlError("Empty bare keys are not allowed"));return this.returnNow()}}while(this.nextChar())}parseSingleString(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiStringMaybe):this.goto(this.parseLiteralString)}parseLiteralString(){do{if(this.char===CHAR_APOS)return this.return();if(this.atEndOfLine())throw this.error(new TomlError("Unterminated string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}parseLiteralMultiStringMaybe(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiString):this.returnNow()}parseLiteralMultiString(){return this.char===CTRL_M?null:this.char===CTRL_J?this.next(this.parseLiteralMultiStringContent):this.goto(this.parseLiteralMultiStringContent)}parseLiteralMultiStringContent(){do{if(this.char===CHAR_APOS)return this.next(this.parseLiteralMultiEnd);if(this.char===t.END)throw this.error(new TomlError("Unterminated multi-line string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I&&this.char!==CTRL_J&&this.char!==CTRL_M)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}parseLiteralMultiEnd(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiEnd2):(this.state.buf+="\'",this.goto(this.parseLiteralMultiStringContent))}parseLiteralMultiEnd2(){return this.char===CHAR_APOS?this.return():(this.state.buf+="\'\'",this.goto(this.parseLiteralMultiStringContent))}parseDoubleString(){return this.char===CHAR_QUOT?this.next(this.parseMultiStringMaybe):this.goto(this.parseBasicString)}parseBasicString(){do{if(this.char===CHAR_BSOL)return this.call(this.parseEscape,this.recordEscapeReplacement);if(this.char===CHAR_QUOT)return this.return();if(this.atEndOfLine())throw this.error(new TomlError("Unterminated string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}recordEscapeReplacement(r){return this.state.buf+=r,this.goto(this.parseBasicString)}parseMultiStringMaybe(){return this.char===CHAR_QUOT?this.next(this.parseMultiString):this.returnNow()}parseMultiString(){return this.char===CTRL_M?null:this.char===CTRL_J?this.next(this.parseMultiStringContent):this.goto(this.parseMultiStringContent)}parseMultiStringContent(){do{if(this.char===CHAR_BSOL)return this.call(this.parseMultiEscape,this.recordMultiEscapeReplacement);if(this.char===CHAR_QUOT)return this.next(this.parseMultiEnd);if(this.char===t.END)throw this.error(new TomlError("Unterminated multi-line string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I&&this.char!==CTRL_J&&this.char!==CTRL_M)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}errorControlCharInString(){let r="\\\\u00";return this.char<16&&(r+="0"),r+=this.char.toString(16),this.error(new TomlError(`Control characters (codes < 0x1f and 0x7f) are not allowed in strings, use ${r} instead`))}recordMultiEscapeReplacement(r){return this.state.buf+=r,this.goto(this.parseMultiStringContent)}parseMultiEnd(){return this.char===CHAR_QUOT?this.next(this.parseMultiEnd2):(this.state.buf+=\'"\',this.goto(this.parseMultiStringContent))}parseMultiEnd2(){return this.char===CHAR_QUOT?this.return():(this.state.buf+=\'""\',this.goto(this.parseMultiStringContent))}parseMultiEscape(){return this.char===CTRL_M||this.char===CTRL_J?this.next(this.parseMultiTrim):this.char===CHAR_SP||this.char===CTRL_I?this.next(this.parsePreMultiTrim):this.goto(this.parseEscape)}parsePreMultiTrim(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CTRL_M||this.char===CTRL_J)return this.next(this.parseMultiTrim);throw this.error(new TomlError("Can\'t escape whitespace"))}parseMultiTrim(){return this.char===CTRL_J||this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M?null:this.returnNow()}parseEscape(){if(this.char in escapes)return this.return(escapes[this.char]);if(this.char===CHAR_u)return this.call(this.parseSmallUnicode,this.parseUnicodeReturn);if(this.char===CHAR_U)return this.call(this.parseLargeUnicode,this.parseUnicodeReturn);throw this.error(new TomlError("Unknown escape character: "+this.char))}parseUnicodeReturn(r){try{let i=parseInt(r,16);if(i>=SURROGATE_FIRST&&i<=SURROGATE_LAST)throw this.error(new TomlError("Invalid unicode, character in range 0xD800 - 0xDFFF is reserved"));return this.returnNow(String.fromCodePoint(i))}catch(i){throw this.error(TomlError.wrap(i))}}parseSmallUnicode(){if(isHexit(this.char)){if(this.consume(),this.state.buf.length>=4)return this.return()}else throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"))}parseLargeUnicode(){if(isHexit(this.char)){if(this.consume(),this.state.buf.length>=8)return this.return()}else throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"))}parseNumberSign(){return this.consume(),this.next(this.parseMaybeSignedInfOrNan)}parseMaybeSignedInfOrNan(){return this.char===CHAR_i?this.next(this.parseInf):this.char===CHAR_n?this.next(this.parseNan):this.callNow(this.parseNoUnder,this.parseNumberIntegerStart)}parseNumberIntegerStart(){return this.char===CHAR_0?(this.consume(),this.next(this.parseNumberIntegerExponentOrDecimal)):this.goto(this.parseNumberInteger)}parseNumberIntegerExponentOrDecimal(){return this.char===CHAR_PERIOD?(this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat)):this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.returnNow(Integer(this.state.buf))}parseNumberInteger(){if(isDigit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder);if(this.char===CHAR_E||this.char===CHAR_e)return this.consume(),this.next(this.parseNumberExponentSign);if(this.char===CHAR_PERIOD)return this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseNoUnder(){if(this.char===CHAR_LOWBAR||this.char===CHAR_PERIOD||this.char===CHAR_E||this.char===CHAR_e)throw this.error(new TomlError("Unexpected character, expected digit"));if(this.atEndOfWord())throw this.error(new TomlError("Incomplete number"));return this.returnNow()}parseNoUnderHexOctBinLiteral(){if(this.char===CHAR_LOWBAR||this.char===CHAR_PERIOD)throw this.error(new TomlError("Unexpected character, expected digit"));if(this.atEndOfWord())throw this.error(new TomlError("Incomplete number"));return this.returnNow()}parseNumberFloat(){if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder,this.parseNumberFloat);if(isDigit(this.char))this.consume();else return this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.returnNow(Float(this.state.buf))}parseNumberExponentSign(){if(isDigit(this.char))return this.goto(this.parseNumberExponent);if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.call(this.parseNoUnder,this.parseNumberExponent);else throw this.error(new TomlError("Unexpected character, expected -, + or digit"))}parseNumberExponent(){if(isDigit(this.char))this.consume();else return this.char===CHAR_LOWBAR?this.call(this.parseNoUnder):this.returnNow(Float(this.state.buf))}parseNumberOrDateTime(){return this.char===CHAR_0?(this.consume(),this.next(this.parseNumberBaseOrDateTime)):this.goto(this.parseNumberOrDateTimeOnly)}parseNumberOrDateTimeOnly(){if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder,this.parseNumberInteger);if(isDigit(this.char))this.consume(),this.state.buf.length>4&&this.next(this.parseNumberInteger);else return this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.char===CHAR_PERIOD?(this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat)):this.char===CHAR_HYPHEN?this.goto(this.parseDateTime):this.char===CHAR_COLON?this.goto(this.parseOnlyTimeHour):this.returnNow(Integer(this.state.buf))}parseDateTimeOnly(){if(this.state.buf.length<4){if(isDigit(this.char))return this.consume();if(this.char===CHAR_COLON)return this.goto(this.parseOnlyTimeHour);throw this.error(new TomlError("Expected digit while parsing year part of a date"))}else{if(this.char===CHAR_HYPHEN)return this.goto(this.parseDateTime);throw this.error(new TomlError("Expected hyphen (-) while parsing year part of date"))}}parseNumberBaseOrDateTime(){return this.char===CHAR_b?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerBin)):this.char===CHAR_o?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerOct)):this.char===CHAR_x?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerHex)):this.char===CHAR_PERIOD?this.goto(this.parseNumberInteger):isDigit(this.char)?this.goto(this.parseDateTimeOnly):this.returnNow(Integer(this.state.buf))}parseIntegerHex(){if(isHexit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseIntegerOct(){if(isOctit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseIntegerBin(){if(isBit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseDateTime(){if(this.state.buf.length<4)throw this.error(new TomlError("Years less than 1000 must be zero padded to four characters"));return this.state.result=this.state.buf,this.state.buf="",this.next(this.parseDateMonth)}parseDateMonth(){if(this.char===CHAR_HYPHEN){if(this.state.buf.length<2)throw this.error(new TomlError("Months less than 10 must be zero padded to two characters"));return this.state.result+="-"+this.state.buf,this.state.buf="",this.next(this.parseDateDay)}else if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}parseDateDay(){if(this.char===CHAR_T||this.char===CHAR_SP){if(this.state.buf.length<2)throw this.error(new TomlError("Days less than 10 must be zero padded to two characters"));return this.state.result+="-"+this.state.buf,this.state.buf="",this.next(this.parseStartTimeHour)}else{if(this.atEndOfWord())return this.returnNow(createDate(this.state.result+"-"+this.state.buf));if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}}parseStartTimeHour(){return this.atEndOfWord()?this.returnNow(createDate(this.state.result)):this.goto(this.parseTimeHour)}parseTimeHour(){if(this.char===CHAR_COLON){if(this.state.buf.length<2)throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));return this.state.result+="T"+this.state.buf,this.state.buf="",this.next(this.parseTimeMin)}else if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}parseTimeMin(){if(this.state.buf.length<2&&isDigit(this.char))this.consume();else{if(this.state.buf.length===2&&this.char===CHAR_COLON)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseTimeSec);throw this.error(new TomlError("Incomplete datetime"))}}parseTimeSec(){if(isDigit(this.char)){if(this.consume(),this.state.buf.length===2)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseTimeZoneOrFraction)}else throw this.error(new TomlError("Incomplete datetime"))}parseOnlyTimeHour(){if(this.char===CHAR_COLON){if(this.state.buf.length<2)throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));return this.state.result=this.state.buf,this.state.buf="",this.next(this.parseOnlyTimeMin)}else throw this.error(new TomlError("Incomplete time"))}parseOnlyTimeMin(){if(this.state.buf.length<2&&isDigit(this.char))this.consume();else{if(this.state.buf.length===2&&this.char===CHAR_COLON)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseOnlyTimeSec);throw this.error(new TomlError("Incomplete time"))}}parseOnlyTimeSec(){if(isDigit(this.char)){if(this.consume(),this.state.buf.length===2)return this.next(this.parseOnlyTimeFractionMaybe)}else throw this.error(new TomlError("Incomplete time"))}parseOnlyTimeFractionMaybe(){if(this.state.result+=":"+this.state.buf,this.char===CHAR_PERIOD)this.state.buf="",this.next(this.parseOnlyTimeFraction);else return this.return(createTime(this.state.result))}parseOnlyTimeFraction(){if(isDigit(this.char))this.consume();else if(this.atEndOfWord()){if(this.state.buf.length===0)throw this.error(new TomlError("Expected digit in milliseconds"));return this.returnNow(createTime(this.state.result+"."+this.state.buf))}else throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}parseTimeZoneOrFraction(){if(this.char===CHAR_PERIOD)this.consume(),this.next(this.parseDateTimeFraction);else if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.next(this.parseTimeZoneHour);else{if(this.char===CHAR_Z)return this.consume(),this.return(createDateTime(this.state.result+this.state.buf));if(this.atEndOfWord())return this.returnNow(createDateTimeFloat(this.state.result+this.state.buf));throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}}parseDateTimeFraction(){if(isDigit(this.char))this.consume();else{if(this.state.buf.length===1)throw this.error(new TomlError("Expected digit in milliseconds"));if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.next(this.parseTimeZoneHour);else{if(this.char===CHAR_Z)return this.consume(),this.return(createDateTime(this.state.result+this.state.buf));if(this.atEndOfWord())return this.returnNow(createDateTimeFloat(this.state.result+this.state.buf));throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}}}parseTimeZoneHour(){if(isDigit(this.char)){if(this.consume(),/\\d\\d$/.test(this.state.buf))return this.next(this.parseTimeZoneSep)}else throw this.error(new TomlError("Unexpected character in datetime, expected digit"))}parseTimeZoneSep(){if(this.char===CHAR_COLON)this.consume(),this.next(this.parseTimeZoneMin);else throw this.error(new TomlError("Unexpected character in datetime, expected colon"))}parseTimeZoneMin(){if(isDigit(this.char)){if(this.consume(),/\\d\\d$/.test(this.state.buf))return this.return(createDateTime(this.state.result+this.state.buf))}else throw this.error(new TomlError("Unexpected character in datetime, expected digit"))}parseBoolean(){if(this.char===CHAR_t)return this.consume(),this.next(this.parseTrue_r);if(this.char===CHAR_f)return this.consume(),this.next(this.parseFalse_a)}parseTrue_r(){if(this.char===CHAR_r)return this.consume(),this.next(this.parseTrue_u);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseTrue_u(){if(this.char===CHAR_u)return this.consume(),this.next(this.parseTrue_e);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseTrue_e(){if(this.char===CHAR_e)return this.return(!0);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_a(){if(this.char===CHAR_a)return this.consume(),this.next(this.parseFalse_l);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_l(){if(this.char===CHAR_l)return this.consume(),this.next(this.parseFalse_s);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_s(){if(this.char===CHAR_s)return this.consume(),this.next(this.parseFalse_e);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_e(){if(this.char===CHAR_e)return this.return(!1);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseInlineList(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M||this.char===CTRL_J)return null;if(this.char===t.END)throw this.error(new TomlError("Unterminated inline array"));return this.char===CHAR_NUM?this.call(this.parseComment):this.char===CHAR_RSQB?this.return(this.state.resultArr||InlineList()):this.callNow(this.parseValue,this.recordInlineListValue)}recordInlineListValue(r){if(this.state.resultArr){let i=this.state.resultArr[_contentType],h=tomlType(r);if(i!==h)throw this.error(new TomlError(`Inline lists must be a single type, not a mix of ${i} and ${h}`))}else this.state.resultArr=InlineList(tomlType(r));return isFloat(r)||isInteger(r)?this.state.resultArr.push(r.valueOf()):this.state.resultArr.push(r),this.goto(this.parseInlineListNext)}parseInlineListNext(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M||this.char===CTRL_J)return null;if(this.char===CHAR_NUM)return this.call(this.parseComment);if(this.char===CHAR_COMMA)return this.next(this.parseInlineList);if(this.char===CHAR_RSQB)return this.goto(this.parseInlineList);throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"))}parseInlineTable(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===t.END||this.char===CHAR_NUM||this.char===CTRL_J||this.char===CTRL_M)throw this.error(new TomlError("Unterminated inline array"));return this.char===CHAR_RCUB?this.return(this.state.resultTable||InlineTable()):(this.state.resultTable||(this.state.resultTable=InlineTable()),this.callNow(this.parseAssign,this.recordInlineTableValue))}recordInlineTableValue(r){let i=this.state.resultTable,h=r.key.pop();for(let n of r.key){if(hasKey(i,n)&&(!isTable(i[n])||i[n][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));i=i[n]=i[n]||Table()}if(hasKey(i,h))throw this.error(new TomlError("Can\'t redefine existing key"));return isInteger(r.value)||isFloat(r.value)?i[h]=r.value.valueOf():i[h]=r.value,this.goto(this.parseInlineTableNext)}parseInlineTableNext(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===t.END||this.char===CHAR_NUM||this.char===CTRL_J||this.char===CTRL_M)throw this.error(new TomlError("Unterminated inline array"));if(this.char===CHAR_COMMA)return this.next(this.parseInlineTable);if(this.char===CHAR_RCUB)return this.goto(this.parseInlineTable);throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"))}}return e}});var x=c((Qt,W)=>{"use strict";W.exports=lt;function lt(t,e){if(t.pos==null||t.line==null)return t;let s=t.message;if(s+=` at row ${t.line+1}, col ${t.col+1}, pos ${t.pos}:\n`,e&&e.split){let r=e.split(/\\n/),i=String(Math.min(r.length,t.line+3)).length,h=" ";for(;h.length<i;)h+=" ";for(let n=Math.max(0,t.line-1);n<Math.min(r.length,t.line+2);++n){let a=String(n+1);if(a.length<i&&(a=" "+a),t.line===n){s+=a+"> "+r[n]+`\n`,s+=h+"  ";for(let o=0;o<t.col;++o)s+=" ";s+=`^\n`}else s+=a+": "+r[n]+`\n`}}return t.message=s+`\n`,t}});var Z=c((Wt,J)=>{"use strict";J.exports=ft;var ct=A(),ut=x();function ft(t){global.Buffer&&global.Buffer.isBuffer(t)&&(t=t.toString("utf8"));let e=new ct;try{return e.parse(t),e.finish()}catch(s){throw ut(s,t)}}});var V=c((Jt,v)=>{"use strict";v.exports=mt;var pt=A(),Y=x();function mt(t,e){e||(e={});let s=0,r=e.blocksize||40960,i=new pt;return new Promise((n,a)=>{setImmediate(h,s,r,n,a)});function h(n,a,o,f){if(n>=t.length)try{return o(i.finish())}catch(u){return f(Y(u,t))}try{i.parse(t.slice(n,n+a)),setImmediate(h,n+a,a,o,f)}catch(u){f(Y(u,t))}}}});var j=c((Zt,G)=>{"use strict";G.exports=_t;var Ct=require("stream"),z=A();function _t(t){return t?Tt(t):Rt(t)}function Tt(t){let e=new z;return t.setEncoding("utf8"),new Promise((s,r)=>{let i,h=!1,n=!1;function a(){if(h=!0,!i)try{s(e.finish())}catch(u){r(u)}}function o(u){n=!0,r(u)}t.once("end",a),t.once("error",o),f();function f(){i=!0;let u;for(;(u=t.read())!==null;)try{e.parse(u)}catch(at){return o(at)}if(i=!1,h)return a();n||t.once("readable",f)}})}function Rt(){let t=new z;return new Ct.Transform({objectMode:!0,transform(e,s,r){try{t.parse(e.toString(s))}catch(i){this.emit("error",i)}r()},flush(e){try{this.push(t.finish())}catch(s){this.emit("error",s)}e()}})}});var k=c((Yt,T)=>{"use strict";T.exports=Z();T.exports.async=V();T.exports.stream=j();T.exports.prettyError=x()});var ht=c((vt,I)=>{"use strict";I.exports=dt;I.exports.value=L;function dt(t){if(t===null)throw m("null");if(t===void 0)throw m("undefined");if(typeof t!="object")throw m(typeof t);if(typeof t.toJSON=="function"&&(t=t.toJSON()),t==null)return null;let e=l(t);if(e!=="table")throw m(e);return y("","",t)}function m(t){return new Error("Can only stringify objects, not "+t)}function gt(){return new Error("Array values can\'t have mixed types")}function X(t){return Object.keys(t).filter(e=>tt(t[e]))}function At(t){return Object.keys(t).filter(e=>!tt(t[e]))}function w(t){let e=Array.isArray(t)?[]:Object.prototype.hasOwnProperty.call(t,"__proto__")?{["__proto__"]:void 0}:{};for(let s of Object.keys(t))t[s]&&typeof t[s].toJSON=="function"&&!("toISOString"in t[s])?e[s]=t[s].toJSON():e[s]=t[s];return e}function y(t,e,s){s=w(s);var r,i;r=X(s),i=At(s);var h=[],n=e||"";r.forEach(o=>{var f=l(s[o]);f!=="undefined"&&f!=="null"&&h.push(n+H(o)+" = "+st(s[o],!0))}),h.length>0&&h.push("");var a=t&&r.length>0?e+"  ":"";return i.forEach(o=>{h.push(St(t,a,o,s[o]))}),h.join(`\n`)}function tt(t){switch(l(t)){case"undefined":case"null":case"integer":case"nan":case"float":case"boolean":case"string":case"datetime":return!0;case"array":return t.length===0||l(t[0])!=="table";case"table":return Object.keys(t).length===0;default:return!1}}function l(t){return t===void 0?"undefined":t===null?"null":typeof t=="bigint"||Number.isInteger(t)&&!Object.is(t,-0)?"integer":typeof t=="number"?"float":typeof t=="boolean"?"boolean":typeof t=="string"?"string":"toISOString"in t?isNaN(t)?"undefined":"datetime":Array.isArray(t)?"array":"table"}function H(t){var e=String(t);return/^[-A-Za-z0-9_]+$/.test(e)?e:et(e)}function et(t){return\'"\'+rt(t).replace(/"/g,\'\\\\"\')+\'"\'}function xt(t){return"\'"+t+"\'"}function wt(t,e){for(;e.length<t;)e="0"+e;return e}function rt(t){return t.replace(/\\\\/g,"\\\\\\\\").replace(/[\\b]/g,"\\\\b").replace(/\\t/g,"\\\\t").replace(/\\n/g,"\\\\n").replace(/\\f/g,"\\\\f").replace(/\\r/g,"\\\\r").replace(/([\\u0000-\\u001f\\u007f])/,e=>"\\\\u"+wt(4,e.codePointAt(0).toString(16)))}function Ht(t){let e=t.split(/\\n/).map(s=>rt(s).replace(/"(?="")/g,\'\\\\"\')).join(`\n`);return e.slice(-1)===\'"\'&&(e+=`\\\\\n`),`"""\n`+e+\'"""\'}function st(t,e){let s=l(t);return s==="string"&&(e&&/\\n/.test(t)?s="string-multiline":!/[\\b\\t\\n\\f\\r\']/.test(t)&&/"/.test(t)&&(s="string-literal")),L(t,s)}function L(t,e){switch(e||(e=l(t)),e){case"string-multiline":return Ht(t);case"string":return et(t);case"string-literal":return xt(t);case"integer":return it(t);case"float":return Et(t);case"boolean":return bt(t);case"datetime":return Nt(t);case"array":return It(t.filter(s=>l(s)!=="null"&&l(s)!=="undefined"&&l(s)!=="nan"));case"table":return Ot(t);default:throw m(e)}}function it(t){return String(t).replace(/\\B(?=(\\d{3})+(?!\\d))/g,"_")}function Et(t){if(t===1/0)return"inf";if(t===-1/0)return"-inf";if(Object.is(t,NaN))return"nan";if(Object.is(t,-0))return"-0.0";var e=String(t).split("."),s=e[0],r=e[1]||0;return it(s)+"."+r}function bt(t){return String(t)}function Nt(t){return t.toISOString()}function yt(t){return t==="float"||t==="integer"}function Lt(t){var e=l(t[0]);return t.every(s=>l(s)===e)?e:t.every(s=>yt(l(s)))?"float":"mixed"}function nt(t){let e=Lt(t);if(e==="mixed")throw gt();return e}function It(t){t=w(t);let e=nt(t);var s="[",r=t.map(i=>L(i,e));return r.join(", ").length>60||/\\n/.test(r)?s+=`\n  `+r.join(`,\n  `)+`\n`:s+=" "+r.join(", ")+(r.length>0?" ":""),s+"]"}function Ot(t){t=w(t);var e=[];return Object.keys(t).forEach(s=>{e.push(H(s)+" = "+st(t[s],!1))}),"{ "+e.join(", ")+(e.length>0?" ":"")+"}"}function St(t,e,s,r){var i=l(r);if(i==="array")return Dt(t,e,s,r);if(i==="table")return Ut(t,e,s,r);throw m(i)}function Dt(t,e,s,r){r=w(r),nt(r);var i=l(r[0]);if(i!=="table")throw m(i);var h=t+H(s),n="";return r.forEach(a=>{n.length>0&&(n+=`\n`),n+=e+"[["+h+`]]\n`,n+=y(h+".",e,a)}),n}function Ut(t,e,s,r){var i=t+H(s),h="";return X(r).length>0&&(h+=e+"["+i+`]\n`),h+y(i+".",e,r)}});exports.parse=k();exports.stringify=ht();\n';
  }
});

// src/io/config-file.ts
async function loadConfig(paths) {
  const json = readSmallText(paths.configJson, MAX_CONFIG_BYTES);
  const toml2 = readSmallText(paths.configToml, MAX_CONFIG_BYTES);
  const hasJson = !("missing" in json);
  const hasToml = !("missing" in toml2);
  if (hasJson && hasToml) {
    return {
      config: defaultConfig(),
      file: null,
      warnings: [`both ${paths.configJson} and ${paths.configToml} exist \u2014 keep one of them (using defaults until then)`]
    };
  }
  if (hasJson) return fromRead(json, paths.configJson, "json");
  if (hasToml) {
    if (!("text" in toml2)) return fromRead(toml2, paths.configToml, "toml");
    const { parse: parse2 } = await Promise.resolve().then(() => (init_toml(), toml_exports));
    return { ...parseConfigText(toml2.text, paths.configToml, "toml", parse2), file: paths.configToml };
  }
  return { config: defaultConfig(), file: null, warnings: [] };
}
function fromRead(r, file, kind) {
  if ("problem" in r) return { config: defaultConfig(), file: null, warnings: [`${r.problem} \u2014 using defaults`] };
  if (!("text" in r)) return { config: defaultConfig(), file: null, warnings: [] };
  return { ...parseConfigText(r.text, file, kind), file };
}
var MAX_CONFIG_BYTES, readSmallText;
var init_config_file = __esm({
  "src/io/config-file.ts"() {
    "use strict";
    init_config();
    init_config_parse();
    init_safe_read();
    MAX_CONFIG_BYTES = 1024 * 1024;
    readSmallText = readRegularText;
  }
});

// src/io/omc-hud.ts
function cleanupOmcLegacy(paths, opts) {
  const out = { done: [], skipped: [] };
  const hud = (0, import_node_path5.join)(paths.claudeDir, "hud", "omc-hud.mjs");
  const hudText = readText(hud);
  const stripped = hudText === null ? null : stripLegacyPatch(hudText);
  if (stripped !== null) {
    if (!opts.dryRun) {
      try {
        writeFileAtomic(hud, stripped, (0, import_node_fs4.statSync)(hud).mode & 511);
      } catch (err) {
        out.skipped.push(`${hud}: could not remove the old cc-aws-keepalive timer patch (${err.code ?? "error"}) \u2014 delete the lines between the "cc-aws-keepalive:timer" markers by hand`);
        return out;
      }
    }
    out.done.push(`${hud}: removed the old cc-aws-keepalive timer patch`);
  }
  const wrapper = (0, import_node_path5.join)(paths.claudeDir, "hud", LEGACY_WRAPPER_NAME);
  const wrapperText = readText(wrapper);
  if (wrapperText !== null && isLegacyWrapper(wrapperText)) {
    if (opts.statusLineCommand?.includes(LEGACY_WRAPPER_NAME)) {
      out.skipped.push(`${wrapper}: kept, settings.json statusLine still runs it`);
    } else {
      if (!opts.dryRun) {
        try {
          (0, import_node_fs4.unlinkSync)(wrapper);
        } catch (err) {
          out.skipped.push(`${wrapper}: could not delete it (${err.code ?? "error"}); it is unused, delete it by hand`);
          return out;
        }
      }
      out.done.push(`${wrapper}: deleted the old cc-aws-keepalive HUD wrapper (our status line appends the timer to OMC's HUD now)`);
    }
  }
  return out;
}
function readText(file) {
  return readOwnText(file);
}
var import_node_fs4, import_node_path5;
var init_omc_hud = __esm({
  "src/io/omc-hud.ts"() {
    "use strict";
    import_node_fs4 = __toESM(require_fs(), 1);
    import_node_path5 = __toESM(require_path(), 1);
    init_omc_legacy();
    init_atomic_write();
    init_safe_read();
  }
});

// src/io/claude-settings-file.ts
var claude_settings_file_exports = {};
__export(claude_settings_file_exports, {
  readTextFile: () => readTextFile,
  touchTextFile: () => touchTextFile,
  writeTextFile: () => writeTextFile
});
function readTextFile(file) {
  const target = followLinks(file);
  let st;
  try {
    st = (0, import_node_fs5.statSync)(target);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return ok({ file, target, text: null, mode: null });
    return fail("SETTINGS_READ", `cannot read ${file} (${code ?? "error"})`, "check its permissions; nothing was changed");
  }
  if (!st.isFile()) return fail("SETTINGS_READ", `${file} is not a regular file`, "move it aside; nothing was changed");
  if (st.size > MAX_BYTES) return fail("SETTINGS_READ", `${file} is ${Math.round(st.size / 1024)} KiB, far larger than a settings file`, "check what wrote it; nothing was changed");
  const r = readRegularBytes(target, MAX_BYTES);
  if ("missing" in r) return ok({ file, target, text: null, mode: null });
  if ("problem" in r) return fail("SETTINGS_READ", r.problem, "nothing was changed");
  const text = r.bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(r.bytes)) return fail("SETTINGS_READ", `${file} is not UTF-8 text`, "save it as UTF-8; nothing was changed");
  return ok({ file, target, text, mode: st.mode & 4095 });
}
function writeTextFile(f, text, o) {
  if (f.mode !== null && (f.mode & 128) === 0) {
    return fail("SETTINGS_READONLY", `${f.file} is read-only`, `make it writable (chmod u+w "${f.target}") or make the change by hand; nothing was changed`);
  }
  const again = readRegularText(f.target, MAX_BYTES);
  const now = "text" in again ? again.text : null;
  if (now !== f.text) return fail("SETTINGS_CHANGED", `${f.file} changed while we were editing it`, "run the command again; nothing was changed");
  let backup = null;
  try {
    if (f.text !== null && o.backupDir !== null) backup = backupCopy(f.target, o.backupDir, o.now);
    writeFileAtomic(f.target, text, f.mode ?? 384);
    if (f.mode !== null) (0, import_node_fs5.chmodSync)(f.target, f.mode);
  } catch (err) {
    const code = err.code ?? "error";
    return fail("SETTINGS_WRITE", `cannot write ${f.file} (${code})`, `check the permissions of ${(0, import_node_path6.dirname)(f.target)}; the file was left as it was`);
  }
  return ok({ backup });
}
function backupCopy(target, dir, now) {
  (0, import_node_fs5.mkdirSync)(dir, { recursive: true, mode: 448 });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const name = (0, import_node_path6.basename)(target);
  let dest = (0, import_node_path6.join)(dir, `${name}.${stamp}.bak`);
  for (let i = 1; existsQuiet(dest); i++) dest = (0, import_node_path6.join)(dir, `${name}.${stamp}-${i}.bak`);
  (0, import_node_fs5.copyFileSync)(target, dest);
  (0, import_node_fs5.chmodSync)(dest, 384);
  pruneBackups(dir, name);
  return dest;
}
function touchTextFile(file) {
  const f = readTextFile(file);
  if (f.ok && f.value.text !== null) writeTextFile(f.value, f.value.text, { backupDir: null, now: /* @__PURE__ */ new Date() });
}
function pruneBackups(dir, name) {
  const ours = (0, import_node_fs5.readdirSync)(dir).filter((f) => f.startsWith(`${name}.`) && f.endsWith(".bak")).sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - KEEP_BACKUPS))) {
    try {
      (0, import_node_fs5.unlinkSync)((0, import_node_path6.join)(dir, old));
    } catch {
    }
  }
}
function existsQuiet(p) {
  try {
    (0, import_node_fs5.lstatSync)(p);
    return true;
  } catch {
    return false;
  }
}
function followLinks(file) {
  try {
    return (0, import_node_fs5.realpathSync)(file);
  } catch {
  }
  let p = (0, import_node_path6.resolve)(file);
  for (let hops = 0; hops < 40; hops++) {
    let link;
    try {
      if (!(0, import_node_fs5.lstatSync)(p).isSymbolicLink()) return p;
      link = (0, import_node_fs5.readlinkSync)(p);
    } catch {
      return p;
    }
    p = (0, import_node_path6.isAbsolute)(link) ? link : (0, import_node_path6.resolve)((0, import_node_path6.dirname)(p), link);
  }
  return p;
}
var import_node_fs5, import_node_path6, MAX_BYTES, KEEP_BACKUPS;
var init_claude_settings_file = __esm({
  "src/io/claude-settings-file.ts"() {
    "use strict";
    import_node_fs5 = __toESM(require_fs(), 1);
    import_node_path6 = __toESM(require_path(), 1);
    init_errors();
    init_atomic_write();
    init_safe_read();
    MAX_BYTES = 8 * 1024 * 1024;
    KEEP_BACKUPS = 20;
  }
});

// src/io/install-record.ts
function readAll(stateDir) {
  try {
    const v = JSON.parse(readOwnText(recordFile(stateDir)) ?? "");
    return isRecord(v) ? v : {};
  } catch {
    return {};
  }
}
function readInstallRecord(stateDir, settingsFile) {
  const r = readAll(stateDir)[settingsFile];
  return isRecord(r) ? r : null;
}
function writeInstallRecord(stateDir, settingsFile, record) {
  const all = readAll(stateDir);
  if (record && Object.keys(record).length) all[settingsFile] = record;
  else delete all[settingsFile];
  if (Object.keys(all).length) {
    writeFileAtomic(recordFile(stateDir), `${JSON.stringify(all, null, 2)}
`);
    return;
  }
  try {
    (0, import_node_fs6.unlinkSync)(recordFile(stateDir));
  } catch {
  }
}
var import_node_fs6, import_node_path7, recordFile;
var init_install_record = __esm({
  "src/io/install-record.ts"() {
    "use strict";
    import_node_fs6 = __toESM(require_fs(), 1);
    import_node_path7 = __toESM(require_path(), 1);
    init_wiring();
    init_atomic_write();
    init_safe_read();
    recordFile = (stateDir) => (0, import_node_path7.join)(stateDir, "settings-record.json");
  }
});

// src/io/setup.ts
var setup_exports = {};
__export(setup_exports, {
  PROMPT_HOOK_TIMEOUT_SECONDS: () => PROMPT_HOOK_TIMEOUT_SECONDS,
  REFRESH_INTERVAL_SECONDS: () => REFRESH_INTERVAL_SECONDS,
  healSettings: () => healSettings,
  runSetup: () => runSetup
});
async function runSetup(input) {
  const r = await setupSteps(input);
  return { lines: r.lines.map(stripControl), error: r.error === null ? null : stripControl(r.error) };
}
async function setupSteps(input) {
  const { paths, options: o } = input;
  const lines = [];
  const backupDir = (0, import_node_path8.join)(paths.stateDir, "backups");
  if (o.mode === "install" && (0, import_node_fs7.existsSync)((0, import_node_path8.join)(input.root, ORPHAN_MARKER))) {
    const newer = liveSiblings(input.root);
    return {
      lines,
      error: `cc-aws-keepalive: ${input.root} is a version an update replaced \u2014 ${newer.length ? `run ${(0, import_node_path8.join)(newer[0], "dist", "install.mjs")} instead` : "run the installed version's dist/install.mjs instead"}`
    };
  }
  const loaded = await loadConfig(paths);
  const settings = readTextFile(paths.claudeSettings);
  if (!settings.ok) return { lines, error: formatError(settings.error) };
  const record = readInstallRecord(paths.stateDir, paths.claudeSettings);
  const planned = planSettings(settings.value.text, paths.claudeSettings, {
    mode: o.mode,
    root: input.root,
    platform: input.platform,
    statusLine: o.statusLine,
    force: o.force,
    record,
    statusLineCmd: loaded.config.statusLineCmd,
    refreshIntervalSeconds: REFRESH_INTERVAL_SECONDS,
    hookTimeoutSeconds: PROMPT_HOOK_TIMEOUT_SECONDS
  });
  if (!planned.ok) return { lines, error: formatError(planned.error) };
  const plan = planned.value;
  if (plan.changes.length && plan.statusLineCmd !== null) {
    const unusable = checkConfigTarget(input, loaded.file, plan.statusLineCmd);
    if (unusable) return { lines, error: unusable };
  }
  if (o.mode === "install") {
    const made = ensureConfig(input);
    if (made.error) return { lines, error: made.error };
    if (made.line) lines.push(made.line);
  }
  if (plan.changes.length === 0) {
    lines.push(`${paths.claudeSettings}: already ${o.mode === "install" ? "points at this version" : "free of cc-aws-keepalive"} \u2014 nothing to change`);
    return { lines: [...lines, ...omcCleanup(input, plan, o.dryRun)], error: null };
  }
  lines.push(`${paths.claudeSettings}:`, ...plan.changes.map((c) => `  ${describeChange(c)}`));
  if (plan.statusLineCmd !== null) lines.push(`  ~ statusLineCmd in ${loaded.file ?? paths.configJson}: ${plan.statusLineCmd}`);
  if (o.dryRun) return { lines: [...lines, ...omcCleanup(input, plan, true), "dry run: nothing was written"], error: null };
  if (plan.statusLineCmd !== null) {
    const moved = saveStatusLineCmd(input, loaded.file, plan);
    if (moved) return { lines, error: moved };
  }
  const written = writeTextFile(settings.value, plan.text, { backupDir, now: input.now });
  if (!written.ok) return { lines, error: formatError(written.error) };
  writeInstallRecord(paths.stateDir, paths.claudeSettings, plan.record);
  lines.push(...omcCleanup(input, plan, false));
  lines.push(written.value.backup ? `backup of the previous file: ${written.value.backup}` : `created ${paths.claudeSettings}`);
  lines.push(
    o.mode === "install" ? "done: Claude Code re-reads settings.json on its own; after a plugin update the SessionStart hook re-points these paths" : `done: our config (${loaded.file ?? paths.configJson}) is left in place; delete it if you no longer want it`
  );
  return { lines, error: null };
}
function omcCleanup(input, plan, dryRun) {
  if (input.options.mode !== "install") return [];
  const parsed = parseStrictJson(plan.text || "{}");
  const command = parsed.ok && isRecord(parsed.value) ? commandOf(parsed.value, "statusLine") : null;
  const r = cleanupOmcLegacy(input.paths, { statusLineCommand: command, dryRun });
  return [...r.done.map((l) => `${dryRun ? "would clean" : "cleaned"} ${l}`), ...r.skipped];
}
function liveSiblings(root) {
  try {
    const parent = (0, import_node_path8.dirname)(root);
    return (0, import_node_fs7.readdirSync)(parent).map((d) => (0, import_node_path8.join)(parent, d)).filter((d) => d !== root && (0, import_node_fs7.existsSync)((0, import_node_path8.join)(d, "dist", "install.mjs")) && !(0, import_node_fs7.existsSync)((0, import_node_path8.join)(d, ORPHAN_MARKER)));
  } catch {
    return [];
  }
}
function ensureConfig(input) {
  const { paths, options: o } = input;
  if ((0, import_node_fs7.existsSync)(paths.configJson) || (0, import_node_fs7.existsSync)(paths.configToml)) return { line: null, error: null };
  let text;
  try {
    text = (0, import_node_fs7.readFileSync)((0, import_node_path8.join)(input.root, "config.example.json"), "utf8");
  } catch {
    text = "{\n}\n";
  }
  text = setJson(text, ["profile"], o.profile);
  text = setJson(text, ["loginCmd"], "");
  const who = o.profile ? `profile "${o.profile}"` : 'AWS_PROFILE, else the "default" profile';
  if (o.dryRun) return { line: `would create ${paths.configJson} (manages ${who})`, error: null };
  (0, import_node_fs7.mkdirSync)(paths.configDir, { recursive: true, mode: 448 });
  const made = writeTextFile({ file: paths.configJson, target: paths.configJson, text: null, mode: null }, text, {
    backupDir: (0, import_node_path8.join)(paths.stateDir, "backups"),
    now: input.now
  });
  if (!made.ok) return { line: null, error: formatError(made.error) };
  return { line: `created ${paths.configJson} (manages ${who}) \u2014 set "loginCmd"/"autoLoginCmd" for your login tool there`, error: null };
}
function checkConfigTarget(input, configFile, statusLineCmd) {
  const file = configFile ?? input.paths.configJson;
  if (file.endsWith(".toml")) {
    return `cc-aws-keepalive: ${file} is TOML, which we do not edit \u2014 set statusLineCmd = ${JSON.stringify(statusLineCmd)} there, then run this again`;
  }
  const cur = readTextFile(file);
  if (!cur.ok) return formatError(cur.error);
  if (cur.value.text?.trim()) {
    const p = parseStrictJson(cur.value.text);
    if (!p.ok) return `cc-aws-keepalive: ${file}:${p.line}:${p.col}: not valid JSON (${p.reason}) \u2014 fix it first; nothing was changed`;
  }
  return null;
}
function saveStatusLineCmd(input, configFile, plan) {
  const file = configFile ?? input.paths.configJson;
  const cur = readTextFile(file);
  if (!cur.ok) return formatError(cur.error);
  const next = setJson(cur.value.text?.trim() ? cur.value.text : "{\n}\n", ["statusLineCmd"], plan.statusLineCmd);
  const w = writeTextFile(cur.value, next, { backupDir: (0, import_node_path8.join)(input.paths.stateDir, "backups"), now: input.now });
  return w.ok ? null : formatError(w.error);
}
function healSettings(input) {
  const { paths } = input;
  for (let attempt = 0; ; attempt++) {
    const settings = readTextFile(paths.claudeSettings);
    if (!settings.ok) return { error: formatError(settings.error) };
    const planned = planSettings(settings.value.text, paths.claudeSettings, {
      mode: "heal",
      root: input.root,
      platform: input.platform,
      statusLine: false,
      force: false,
      record: null,
      statusLineCmd: "",
      refreshIntervalSeconds: REFRESH_INTERVAL_SECONDS,
      hookTimeoutSeconds: PROMPT_HOOK_TIMEOUT_SECONDS,
      healKeys: input.keys
    });
    if (!planned.ok) return { error: formatError(planned.error) };
    if (planned.value.changes.length === 0) return null;
    const written = writeTextFile(settings.value, planned.value.text, { backupDir: (0, import_node_path8.join)(paths.stateDir, "backups"), now: input.now });
    if (written.ok) return { changes: planned.value.changes, backup: written.value.backup };
    if (written.error.code !== "SETTINGS_CHANGED" || attempt >= 2) return { error: formatError(written.error) };
  }
}
var import_node_fs7, import_node_path8, REFRESH_INTERVAL_SECONDS, PROMPT_HOOK_TIMEOUT_SECONDS;
var init_setup = __esm({
  "src/io/setup.ts"() {
    "use strict";
    import_node_fs7 = __toESM(require_fs(), 1);
    import_node_path8 = __toESM(require_path(), 1);
    init_errors();
    init_json_edit();
    init_settings_plan();
    init_wiring();
    init_config_file();
    init_omc_hud();
    init_claude_settings_file();
    init_install_record();
    init_wiring_check();
    init_text();
    REFRESH_INTERVAL_SECONDS = 30;
    PROMPT_HOOK_TIMEOUT_SECONDS = 10;
  }
});

// src/core/heal-message.ts
var heal_message_exports = {};
__export(heal_message_exports, {
  describeHeal: () => describeHeal
});
function describeHeal(r, version, stale) {
  const keys = stale.map((s) => s.wire.key).join(", ");
  const why = stale[0] ? describeWireState(stale[0].state) : "an old version";
  if ("error" in r) return `cc-aws-keepalive ${version}: settings.json ${why}, and ${keys} could not be re-pointed: ${r.error}. Run /aws-keepalive setup after fixing that.`;
  const backup = r.backup ? ` (backup: ${r.backup})` : "";
  return `cc-aws-keepalive ${version}: settings.json ${why}; re-pointed ${r.changes.map((c) => c.key).join(", ")} at this version${backup}.`;
}
var init_heal_message = __esm({
  "src/core/heal-message.ts"() {
    "use strict";
    init_wiring();
  }
});

// builtin:child_process
var m;
var load = () => m ??= __require("node:child_process");
function spawn(...a) {
  return new.target ? Reflect.construct(load().spawn, a, new.target) : load().spawn(...a);
}
var child_process_default = new Proxy({}, { get: (_, k) => load()[k] });

// src/entries/session-start.ts
var import_node_url = __toESM(require_url(), 1);

// src/io/paths.ts
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
var nonEmpty = (v) => typeof v === "string" && v.trim() !== "";
function resolvePaths({ env, home, platform }) {
  const p = platform === "win32" ? import_node_path.win32 : import_node_path.posix;
  const expand = (v) => v === "~" || /^~[\\/]/.test(v) ? p.join(home, v.slice(1)) : v;
  const configRoot = platform === "win32" ? nonEmpty(env.APPDATA) ? env.APPDATA : p.join(home, "AppData", "Roaming") : nonEmpty(env.XDG_CONFIG_HOME) ? expand(env.XDG_CONFIG_HOME) : p.join(home, ".config");
  const stateRoot = platform === "win32" ? nonEmpty(env.LOCALAPPDATA) ? env.LOCALAPPDATA : p.join(home, "AppData", "Local") : nonEmpty(env.XDG_STATE_HOME) ? expand(env.XDG_STATE_HOME) : p.join(home, ".local", "state");
  const configDir = p.join(configRoot, "cc-aws-keepalive");
  const claudeDir = nonEmpty(env.CLAUDE_CONFIG_DIR) ? expand(env.CLAUDE_CONFIG_DIR) : p.join(home, ".claude");
  return {
    home,
    configDir,
    configJson: p.join(configDir, "config.json"),
    configToml: p.join(configDir, "config.toml"),
    stateDir: p.join(stateRoot, "cc-aws-keepalive"),
    claudeDir,
    claudeSettings: p.join(claudeDir, "settings.json"),
    awsCredentials: nonEmpty(env.AWS_SHARED_CREDENTIALS_FILE) ? expand(env.AWS_SHARED_CREDENTIALS_FILE) : p.join(home, ".aws", "credentials"),
    awsConfig: nonEmpty(env.AWS_CONFIG_FILE) ? expand(env.AWS_CONFIG_FILE) : p.join(home, ".aws", "config"),
    awsSsoCache: p.join(home, ".aws", "sso", "cache")
  };
}
function processPaths() {
  return resolvePaths({ env: process.env, home: (0, import_node_os.homedir)(), platform: process.platform });
}

// src/io/self-heal.ts
var import_node_fs8 = __toESM(require_fs(), 1);
var import_node_path9 = __toESM(require_path(), 1);
init_command_path();
init_plugin_dir();
init_text();
init_wiring();
import { setTimeout as sleep } from "node:timers/promises";

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/io/self-heal.ts
init_atomic_write();
init_wiring_check();
init_safe_read();
var onBedrock = (v) => ["1", "true", "yes", "on"].includes((v ?? "").trim().toLowerCase());
async function selfHeal(i) {
  const report = checkWiring(i.paths, i.root, i.platform);
  if (report.ownOrphaned || report.settings.state === "invalid") return "";
  const stale = report.wires.filter((w) => isStale(w.state));
  if (stale.length) {
    const { healSettings: healSettings2 } = await Promise.resolve().then(() => (init_setup(), setup_exports));
    const { describeHeal: describeHeal2 } = await Promise.resolve().then(() => (init_heal_message(), heal_message_exports));
    const target = healTarget(i.root, stale, i.paths.home);
    const r = healSettings2({ paths: i.paths, root: target, platform: i.platform, now: /* @__PURE__ */ new Date(), keys: stale.map((w) => w.wire.key) });
    if (r && !("error" in r)) i.startNudge();
    return r ? message(describeHeal2(r, parseCacheDir(target)?.version ?? VERSION, stale)) : "";
  }
  const wired = report.wires.some((w) => w.wire.key !== "statusLine" && w.wire.ref !== null);
  if (wired || !onBedrock(i.env.CLAUDE_CODE_USE_BEDROCK)) return "";
  return setupHintOnce(i.paths.stateDir, i.root);
}
function healTarget(root, stale, home) {
  if (parseCacheDir(root)) return root;
  for (const { wire } of stale) {
    if (!wire.ref || !parseCacheDir(wire.ref.root)) continue;
    const sibling = (0, import_node_path9.join)((0, import_node_path9.dirname)(expandHome(wire.ref.root, home)), VERSION);
    if ((0, import_node_fs8.existsSync)((0, import_node_path9.join)(sibling, "dist", "export-credentials.mjs")) && !(0, import_node_fs8.existsSync)((0, import_node_path9.join)(sibling, ORPHAN_MARKER))) return sibling;
  }
  return root;
}
function setupHintOnce(stateDir, root) {
  const marker = (0, import_node_path9.join)(stateDir, "setup-hint-shown");
  try {
    if ((0, import_node_fs8.existsSync)(marker) && readOwnText(marker)?.trim() === VERSION) return "";
  } catch {
    return "";
  }
  try {
    writeFileAtomic(marker, `${VERSION}
`);
  } catch {
  }
  return message(
    `cc-aws-keepalive is installed but Claude Code is not wired to it yet, so expired AWS credentials are not recovered. Run /aws-keepalive setup, or in a terminal: node "${(0, import_node_path9.join)(root, "dist", "install.mjs")}"`
  );
}
var NUDGE_AFTER_MS = [1500, 5e3];
async function nudgeSettings(settingsFile) {
  const { touchTextFile: touchTextFile2 } = await Promise.resolve().then(() => (init_claude_settings_file(), claude_settings_file_exports));
  for (const ms of NUDGE_AFTER_MS) {
    await sleep(ms);
    touchTextFile2(settingsFile);
  }
}
var message = (text) => `${JSON.stringify({ systemMessage: stripControl(text) })}
`;

// src/entries/session-start.ts
var NUDGE_FLAG = "--nudge-settings";
async function main() {
  const paths = processPaths();
  if (process.argv.includes(NUDGE_FLAG)) {
    await nudgeSettings(paths.claudeSettings);
    return "";
  }
  const self = (0, import_node_url.fileURLToPath)(import.meta.url);
  return selfHeal({
    env: process.env,
    paths,
    root: (0, import_node_url.fileURLToPath)(new URL("..", import.meta.url)).replace(/[\\/]$/, ""),
    platform: process.platform,
    // Detached: it outlives this hook by a few seconds, and Claude Code must not wait for it.
    startNudge: () => {
      try {
        const child = spawn(process.execPath, [self, NUDGE_FLAG], { stdio: "ignore", detached: true, windowsHide: true });
        child.on("error", () => void 0);
        child.unref();
      } catch {
      }
    }
  });
}
main().then(
  (out) => {
    if (out) process.stdout.write(out);
  },
  // The next session tries again.
  () => void 0
);
