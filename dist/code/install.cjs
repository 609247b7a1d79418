var __ccSelfUrl = require('url').pathToFileURL(require('path').join(__dirname, '..', "install.cjs")).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
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

// separate-toml:toml
var require_toml = __commonJS({
  "separate-toml:toml"(exports2, module2) {
    module2.exports = require("./toml.cjs");
  }
});

// src/entries/install.ts
var import_node_url = require("node:url");

// src/core/setup-args.ts
var SETUP_USAGE = `usage: node <plugin dir>/dist/install.mjs [options]
  Wires this version of cc-aws-keepalive into Claude Code's settings.json
  (awsCredentialExport, awsAuthRefresh) and creates its config when there is none.

  --statusline      also show the credential countdown in the status line; an existing status line
                    keeps running inside ours (moved to statusLineCmd in our config)
  --profile NAME    for a new config: the AWS profile to manage (default: AWS_PROFILE, else "default")
  --force           replace awsCredentialExport/awsAuthRefresh commands that are not ours (kept for --uninstall)
  --dry-run         show what would change, write nothing
  --uninstall       remove what we added and put back what we replaced
  --help            this text`;
function parseSetupArgs(argv) {
  const out = { mode: "install", dryRun: false, statusLine: false, force: false, profile: "", help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, void 0];
    switch (flag) {
      case "--dry-run":
        out.dryRun = true;
        break;
      case "--uninstall":
        out.mode = "uninstall";
        break;
      case "--statusline":
        out.statusLine = true;
        break;
      case "--force":
        out.force = true;
        break;
      case "--help":
      case "-h":
        out.help = true;
        break;
      case "--profile": {
        const v = inline ?? argv[++i];
        if (!v || v.startsWith("--")) return { ok: false, message: "--profile needs a profile name" };
        out.profile = v;
        break;
      }
      default:
        return { ok: false, message: `unknown option "${a}"` };
    }
  }
  return { ok: true, value: out };
}

// src/io/paths.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
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

// src/io/setup.ts
var import_node_fs7 = require("node:fs");
var import_node_path8 = require("node:path");

// src/errors.ts
var ok = (value) => ({ ok: true, value });
var fail = (code, message, hint) => ({
  ok: false,
  error: { code, message, hint }
});
function formatError(e) {
  return `cc-aws-keepalive: ${e.message}${e.hint ? ` \u2014 ${e.hint}` : ""}`;
}

// src/core/text.ts
var stripBom = (s) => s.charCodeAt(0) === 65279 ? s.slice(1) : s;
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
var firstLine = (msg) => (msg.split("\n")[0] ?? "").replace(/\s+in JSON at position \d+.*$/, "").trim();
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

// src/core/json-edit.ts
function parseStrictJson(text) {
  const body = stripBom(text);
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const where = jsonErrorPosition(body, err) ?? { line: 1, col: 1 };
    return { ok: false, ...where, reason: firstLine(err instanceof Error ? err.message : String(err)) };
  }
}
var WS = /[ \t\r\n]*/y;
var STRING = /"(?:[^"\\]|\\.)*"/y;
var SCALAR = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
function parseTree(text) {
  let pos = 0;
  const skip = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const match = (re) => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) throw new Error(`invalid JSON at offset ${pos}`);
    pos = re.lastIndex;
    return m[0];
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
var lineIndent = (text, offset) => /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", offset - 1) + 1))[0];
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
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tok = m[0];
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

// src/core/command-path.ts
var import_node_path2 = require("node:path");

// src/core/redact.ts
var KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g;
var NAMED = /\b([\w-]*(?:secret|token|password|passwd|credential)[\w-]*["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;
var BASE64_RUN = /[A-Za-z0-9+/]{32,}={0,2}/g;
var looksSecret = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9+/]/.test(s);
function redactSecrets(s) {
  return s.replace(KEY_ID, "[redacted key id]").replace(NAMED, "$1[redacted]").replace(BASE64_RUN, (m) => looksSecret(m) ? "[redacted]" : m);
}

// src/core/command-path.ts
var LEGACY = {
  "export-credentials": "aws-cred-export.mjs",
  "auth-refresh": "aws-auth-refresh.mjs",
  statusline: "aws-statusline.mjs",
  "prompt-submit": "aws-cred-check.mjs"
};
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var looksLikePathStart = /^(?:[/\\~.$%]|[A-Za-z]:)/;
function findScript(command, script) {
  const modern = new RegExp(`(^|[\\\\/])dist[\\\\/]${esc(script)}\\.[cm]js(?=$|[\\s"'])`).exec(command);
  const legacy = modern ? null : new RegExp(`(^|[\\\\/])${esc(LEGACY[script])}(?=$|[\\s"'])`).exec(command);
  const m = modern ?? legacy;
  if (!m) return null;
  const nameAt = m.index + m[1].length;
  const nameEnd = m.index + m[0].length;
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
  return { start, end: quoted ? nameEnd + 1 : nameEnd, path, root, legacy: !modern, mjs: modern !== null && path.endsWith(".mjs") };
}
function quotePath(path, platform) {
  if (platform === "win32") return `"${path}"`;
  if (/[$`\\"!]/.test(path)) return `'${path.replace(/'/g, `'\\''`)}'`;
  return `"${path}"`;
}
function scriptPath(root, script, platform) {
  return (platform === "win32" ? import_node_path2.win32 : import_node_path2.posix).join(root, "dist", `${script}.cjs`);
}
var NO_NODE = "cc-aws-keepalive needs Node.js 18 or later and found no node on PATH: install Node.js (https://nodejs.org) so that node is on PATH, then restart Claude Code";
var NO_NODE_REPLY = {
  "prompt-submit": `echo '${JSON.stringify({ systemMessage: NO_NODE })}'; exit 0`,
  "session-start": `echo '${JSON.stringify({ systemMessage: NO_NODE })}'; exit 0`,
  statusline: "echo 'AWS: needs Node.js (no node on PATH)'; exit 0",
  "export-credentials": `echo '${NO_NODE}' >&2; exit 1`,
  "auth-refresh": `echo '${NO_NODE}' >&2; exit 1`
};
function guardedCommand(script, quotedPath) {
  return `command -v node >/dev/null 2>&1 || { ${NO_NODE_REPLY[script]}; }; exec node ${quotedPath}`;
}
function scriptCommand(root, script, platform) {
  const quoted = quotePath(scriptPath(root, script, platform), platform);
  return platform === "win32" ? `node ${quoted}` : guardedCommand(script, quoted);
}
function repointCommand(command, script, root, platform) {
  const ref = findScript(command, script);
  if (!ref) return null;
  const want = scriptPath(root, script, platform);
  if (!ref.legacy && samePath(ref.path, want, platform)) return command;
  if (/^\s*node\s+$/.test(command.slice(0, ref.start)) && command.slice(ref.end).trim() === "") return scriptCommand(root, script, platform);
  return `${command.slice(0, ref.start)}${quotePath(want, platform)}${command.slice(ref.end)}`;
}
function samePath(a, b, platform) {
  if (platform !== "win32") return import_node_path2.posix.normalize(a) === import_node_path2.posix.normalize(b);
  return import_node_path2.win32.normalize(a).toLowerCase() === import_node_path2.win32.normalize(b).toLowerCase();
}
function displayCommand(command) {
  return command.split(/(\s+)/).map((t) => /[\\/]/.test(t) && !/[=:]/.test(t) ? t.replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g, "[redacted key id]") : redactSecrets(t)).join("");
}

// src/core/omc-legacy.ts
var LEGACY_PATCH_START = "// [cc-aws-keepalive:timer-start]";
var LEGACY_PATCH_END = "// [cc-aws-keepalive:timer-end]";
var LEGACY_WRAPPER_NAME = "aws-hud-wrapper.mjs";
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
var isLegacyWrapper = (text) => text.includes("cc-aws-keepalive");
function unwrapLegacyHudCommand(command) {
  return command.includes(LEGACY_WRAPPER_NAME) ? command.split(LEGACY_WRAPPER_NAME).join("omc-hud.mjs") : null;
}

// src/core/plugin-dir.ts
function parseCacheDir(root) {
  const m = /[\\/]plugins[\\/]cache[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]?$/.exec(root);
  return m ? { marketplace: m[1], plugin: m[2], version: m[3] } : null;
}

// src/core/wiring.ts
var SCRIPT_OF = {
  awsCredentialExport: "export-credentials",
  awsAuthRefresh: "auth-refresh",
  statusLine: "statusline"
};
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function commandOf(settings, key) {
  const v = settings[key];
  if (key === "statusLine") return isRecord(v) && typeof v.command === "string" ? v.command : null;
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

// src/core/settings-plan.ts
var COMMAND_KEYS = ["awsCredentialExport", "awsAuthRefresh"];
var SETTINGS_SKELETON = "{\n}\n";
function planSettings(original, file, o) {
  const bom = original !== null && original.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  let text = original === null || stripBom(original).trim() === "" ? SETTINGS_SKELETON : stripBom(original);
  const parsed = parseStrictJson(text);
  if (!parsed.ok) {
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

// src/io/config-file.ts
var import_node_fs = require("node:fs");

// node_modules/valibot/dist/index.js
var store;
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config2) {
  return {
    lang: config2?.lang ?? store?.lang,
    message: config2?.message,
    abortEarly: config2?.abortEarly ?? store?.abortEarly,
    abortPipeEarly: config2?.abortPipeEarly ?? store?.abortPipeEarly
  };
}
var store2;
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store2?.get(lang);
}
var store3;
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store3?.get(lang);
}
var store4;
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
var EMOJI_REGEX = (
  // eslint-disable-next-line redos-detector/no-unsafe-regex, regexp/no-dupe-disjunctions -- false positives
  new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation}))*)+$", "u")
);
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

// src/schemas/config.ts
var minutes = (max) => pipe(number(), integer(), minValue(0), maxValue(max));
var ConfigFields = {
  profile: { schema: string(), default: "" },
  expirationField: { schema: string(), default: "" },
  loginCmd: { schema: string(), default: "" },
  autoLoginCmd: { schema: string(), default: "" },
  autoLoginMinutes: { schema: minutes(24 * 60), default: 30 },
  warnMinutes: { schema: minutes(24 * 60), default: 30 },
  timerWarnMinutes: { schema: minutes(24 * 60), default: 60 },
  statusLineCmd: { schema: string(), default: "" },
  // Claude Code kills awsAuthRefresh at 180 s; our whole run must end by 170 s, so a login gets at most 160 s.
  loginTimeoutSeconds: { schema: pipe(number(), integer(), minValue(10), maxValue(160)), default: 150 }
};
var CONFIG_KEYS = Object.keys(ConfigFields);
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
      warnings.push(`${file}: unknown key "${key}"${guess ? ` \u2014 did you mean "${guess}"?` : " \u2014 it is ignored"}`);
      continue;
    }
    const k = key;
    const r = safeParse(ConfigFields[k].schema, value);
    if (r.success) target[k] = r.output;
    else warnings.push(`${file}: "${k}" should be ${describeExpected(k)}, got ${describeValue(value)} \u2014 using the default ${JSON.stringify(ConfigFields[k].default)}`);
  }
  return { config, warnings };
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

// src/io/config-file.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
function readSmallText(file, max) {
  try {
    const st = (0, import_node_fs.statSync)(file, { throwIfNoEntry: false });
    if (!st) return { missing: true };
    if (st.isDirectory()) return { problem: `${file} is a directory, not a file` };
    if (st.size > max) return { problem: `${file} is ${Math.round(st.size / 1024)} KiB, too large to be what we expect` };
    return { text: (0, import_node_fs.readFileSync)(file, "utf8") };
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { problem: `cannot read ${file} (${code ?? "error"})` };
  }
}
async function loadConfig(paths) {
  const json = readSmallText(paths.configJson, MAX_CONFIG_BYTES);
  const toml = readSmallText(paths.configToml, MAX_CONFIG_BYTES);
  const hasJson = !("missing" in json);
  const hasToml = !("missing" in toml);
  if (hasJson && hasToml) {
    return {
      config: defaultConfig(),
      file: null,
      warnings: [`both ${paths.configJson} and ${paths.configToml} exist \u2014 keep one of them (using defaults until then)`]
    };
  }
  if (hasJson) return fromRead(json, paths.configJson, "json");
  if (hasToml) {
    if (!("text" in toml)) return fromRead(toml, paths.configToml, "toml");
    const { parse } = await Promise.resolve().then(() => __toESM(require_toml(), 1));
    return { ...parseConfigText(toml.text, paths.configToml, "toml", parse), file: paths.configToml };
  }
  return { config: defaultConfig(), file: null, warnings: [] };
}
function fromRead(r, file, kind) {
  if ("problem" in r) return { config: defaultConfig(), file: null, warnings: [`${r.problem} \u2014 using defaults`] };
  if (!("text" in r)) return { config: defaultConfig(), file: null, warnings: [] };
  return { ...parseConfigText(r.text, file, kind), file };
}

// src/io/omc-hud.ts
var import_node_fs3 = require("node:fs");
var import_node_path4 = require("node:path");

// src/io/atomic-write.ts
var import_node_fs2 = require("node:fs");
var import_node_path3 = require("node:path");
var seq = 0;
function writeFileAtomic(file, data, mode = 384) {
  const dir = (0, import_node_path3.dirname)(file);
  (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
  const tmp = (0, import_node_path3.join)(dir, `.${(0, import_node_path3.basename)(file)}.${process.pid}.${Date.now().toString(36)}.${(seq++).toString(36)}.tmp`);
  const fd = (0, import_node_fs2.openSync)(tmp, "wx", mode);
  try {
    (0, import_node_fs2.writeSync)(fd, data);
    (0, import_node_fs2.fsyncSync)(fd);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  try {
    (0, import_node_fs2.renameSync)(tmp, file);
  } catch (err) {
    try {
      (0, import_node_fs2.unlinkSync)(tmp);
    } catch {
    }
    throw err;
  }
}

// src/io/omc-hud.ts
function cleanupOmcLegacy(paths, opts) {
  const out = { done: [], skipped: [] };
  const hud = (0, import_node_path4.join)(paths.claudeDir, "hud", "omc-hud.mjs");
  const hudText = readText(hud);
  const stripped = hudText === null ? null : stripLegacyPatch(hudText);
  if (stripped !== null) {
    if (!opts.dryRun) {
      try {
        writeFileAtomic(hud, stripped, (0, import_node_fs3.statSync)(hud).mode & 511);
      } catch (err) {
        out.skipped.push(`${hud}: could not remove the old cc-aws-keepalive timer patch (${err.code ?? "error"}) \u2014 delete the lines between the "cc-aws-keepalive:timer" markers by hand`);
        return out;
      }
    }
    out.done.push(`${hud}: removed the old cc-aws-keepalive timer patch`);
  }
  const wrapper = (0, import_node_path4.join)(paths.claudeDir, "hud", LEGACY_WRAPPER_NAME);
  const wrapperText = readText(wrapper);
  if (wrapperText !== null && isLegacyWrapper(wrapperText)) {
    if (opts.statusLineCommand?.includes(LEGACY_WRAPPER_NAME)) {
      out.skipped.push(`${wrapper}: kept, settings.json statusLine still runs it`);
    } else {
      if (!opts.dryRun) {
        try {
          (0, import_node_fs3.unlinkSync)(wrapper);
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
  try {
    return (0, import_node_fs3.readFileSync)(file, "utf8");
  } catch {
    return null;
  }
}

// src/io/claude-settings-file.ts
var import_node_fs4 = require("node:fs");
var import_node_path5 = require("node:path");
var MAX_BYTES = 8 * 1024 * 1024;
var KEEP_BACKUPS = 20;
function readTextFile(file) {
  const target = followLinks(file);
  let st;
  try {
    st = (0, import_node_fs4.statSync)(target);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return ok({ file, target, text: null, mode: null });
    return fail("SETTINGS_READ", `cannot read ${file} (${code ?? "error"})`, "check its permissions; nothing was changed");
  }
  if (!st.isFile()) return fail("SETTINGS_READ", `${file} is not a regular file`, "move it aside; nothing was changed");
  if (st.size > MAX_BYTES) return fail("SETTINGS_READ", `${file} is ${Math.round(st.size / 1024)} KiB, far larger than a settings file`, "check what wrote it; nothing was changed");
  try {
    const bytes = (0, import_node_fs4.readFileSync)(target);
    const text = bytes.toString("utf8");
    if (!Buffer.from(text, "utf8").equals(bytes)) return fail("SETTINGS_READ", `${file} is not UTF-8 text`, "save it as UTF-8; nothing was changed");
    return ok({ file, target, text, mode: st.mode & 4095 });
  } catch (err) {
    return fail("SETTINGS_READ", `cannot read ${file} (${err.code ?? "error"})`, "check its permissions; nothing was changed");
  }
}
function writeTextFile(f, text, o) {
  if (f.mode !== null && (f.mode & 128) === 0) {
    return fail("SETTINGS_READONLY", `${f.file} is read-only`, `make it writable (chmod u+w "${f.target}") or make the change by hand; nothing was changed`);
  }
  let now;
  try {
    now = (0, import_node_fs4.readFileSync)(f.target, "utf8");
  } catch {
    now = null;
  }
  if (now !== f.text) return fail("SETTINGS_CHANGED", `${f.file} changed while we were editing it`, "run the command again; nothing was changed");
  let backup = null;
  try {
    if (f.text !== null && o.backupDir !== null) backup = backupCopy(f.target, o.backupDir, o.now);
    writeFileAtomic(f.target, text, f.mode ?? 384);
    if (f.mode !== null) (0, import_node_fs4.chmodSync)(f.target, f.mode);
  } catch (err) {
    const code = err.code ?? "error";
    return fail("SETTINGS_WRITE", `cannot write ${f.file} (${code})`, `check the permissions of ${(0, import_node_path5.dirname)(f.target)}; the file was left as it was`);
  }
  return ok({ backup });
}
function backupCopy(target, dir, now) {
  (0, import_node_fs4.mkdirSync)(dir, { recursive: true, mode: 448 });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const name = (0, import_node_path5.basename)(target);
  let dest = (0, import_node_path5.join)(dir, `${name}.${stamp}.bak`);
  for (let i = 1; existsQuiet(dest); i++) dest = (0, import_node_path5.join)(dir, `${name}.${stamp}-${i}.bak`);
  (0, import_node_fs4.copyFileSync)(target, dest);
  (0, import_node_fs4.chmodSync)(dest, 384);
  pruneBackups(dir, name);
  return dest;
}
function pruneBackups(dir, name) {
  const ours = (0, import_node_fs4.readdirSync)(dir).filter((f) => f.startsWith(`${name}.`) && f.endsWith(".bak")).sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - KEEP_BACKUPS))) {
    try {
      (0, import_node_fs4.unlinkSync)((0, import_node_path5.join)(dir, old));
    } catch {
    }
  }
}
function existsQuiet(p) {
  try {
    (0, import_node_fs4.lstatSync)(p);
    return true;
  } catch {
    return false;
  }
}
function followLinks(file) {
  try {
    return (0, import_node_fs4.realpathSync)(file);
  } catch {
  }
  let p = (0, import_node_path5.resolve)(file);
  for (let hops = 0; hops < 40; hops++) {
    let link;
    try {
      if (!(0, import_node_fs4.lstatSync)(p).isSymbolicLink()) return p;
      link = (0, import_node_fs4.readlinkSync)(p);
    } catch {
      return p;
    }
    p = (0, import_node_path5.isAbsolute)(link) ? link : (0, import_node_path5.resolve)((0, import_node_path5.dirname)(p), link);
  }
  return p;
}

// src/io/install-record.ts
var import_node_fs5 = require("node:fs");
var import_node_path6 = require("node:path");
var recordFile = (stateDir) => (0, import_node_path6.join)(stateDir, "settings-record.json");
function readAll(stateDir) {
  try {
    const v = JSON.parse((0, import_node_fs5.readFileSync)(recordFile(stateDir), "utf8"));
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
    (0, import_node_fs5.unlinkSync)(recordFile(stateDir));
  } catch {
  }
}

// src/io/wiring-check.ts
var import_node_fs6 = require("node:fs");
var import_node_path7 = require("node:path");
var ORPHAN_MARKER = ".orphaned_at";

// src/io/setup.ts
var REFRESH_INTERVAL_SECONDS = 30;
var PROMPT_HOOK_TIMEOUT_SECONDS = 10;
async function runSetup(input) {
  const { paths, options: o } = input;
  const lines = [];
  const backupDir = (0, import_node_path8.join)(paths.stateDir, "backups");
  if (o.mode === "install") {
    if ((0, import_node_fs7.existsSync)((0, import_node_path8.join)(input.root, ORPHAN_MARKER))) {
      const newer = liveSiblings(input.root);
      return {
        lines,
        error: `cc-aws-keepalive: ${input.root} is a version an update replaced \u2014 ${newer.length ? `run ${(0, import_node_path8.join)(newer[0], "dist", "install.cjs")} instead` : "run the installed version's dist/install.cjs instead"}`
      };
    }
    const made = ensureConfig(input);
    if (made.error) return { lines, error: made.error };
    if (made.line) lines.push(made.line);
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
    return (0, import_node_fs7.readdirSync)(parent).map((d) => (0, import_node_path8.join)(parent, d)).filter((d) => d !== root && (0, import_node_fs7.existsSync)((0, import_node_path8.join)(d, "dist", "install.cjs")) && !(0, import_node_fs7.existsSync)((0, import_node_path8.join)(d, ORPHAN_MARKER)));
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
function saveStatusLineCmd(input, configFile, plan) {
  const file = configFile ?? input.paths.configJson;
  if (file.endsWith(".toml")) {
    return `cc-aws-keepalive: ${file} is TOML, which we do not edit \u2014 set statusLineCmd = ${JSON.stringify(plan.statusLineCmd)} there, then run this again`;
  }
  const cur = readTextFile(file);
  if (!cur.ok) return formatError(cur.error);
  if (cur.value.text?.trim()) {
    const p = parseStrictJson(cur.value.text);
    if (!p.ok) return `cc-aws-keepalive: ${file}:${p.line}:${p.col}: not valid JSON (${p.reason}) \u2014 fix it first; nothing was changed`;
  }
  const next = setJson(cur.value.text?.trim() ? cur.value.text : "{\n}\n", ["statusLineCmd"], plan.statusLineCmd);
  const w = writeTextFile(cur.value, next, { backupDir: (0, import_node_path8.join)(input.paths.stateDir, "backups"), now: input.now });
  return w.ok ? null : formatError(w.error);
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/entries/install.ts
async function main() {
  const args = parseSetupArgs(process.argv.slice(2));
  if (!args.ok) {
    process.stderr.write(`cc-aws-keepalive: ${args.message}
${SETUP_USAGE}
`);
    return 2;
  }
  if (args.value.help) {
    process.stdout.write(`${SETUP_USAGE}
`);
    return 0;
  }
  const root = (0, import_node_url.fileURLToPath)(new URL("..", __ccSelfUrl)).replace(/[\\/]$/, "");
  process.stdout.write(`cc-aws-keepalive ${VERSION} (${root})
`);
  const report = await runSetup({ paths: processPaths(), root, platform: process.platform, now: /* @__PURE__ */ new Date(), options: args.value });
  if (report.lines.length) process.stdout.write(`${report.lines.join("\n")}
`);
  if (report.error) process.stderr.write(`${report.error}
`);
  return report.error ? 1 : 0;
}
main().then(
  (code) => process.exitCode = code,
  (err) => {
    process.stderr.write(`cc-aws-keepalive: unexpected error in install: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = 1;
  }
);
