var __ccSelfUrl = require('url').pathToFileURL(require('path').join(__dirname, '..', "export-credentials.cjs")).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
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

// src/errors.ts
function formatError(e) {
  return `cc-aws-keepalive: ${e.message}${e.hint ? ` \u2014 ${e.hint}` : ""}`;
}
var ok, fail;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ok = (value) => ({ ok: true, value });
    fail = (code, message, hint) => ({
      ok: false,
      error: { code, message, hint }
    });
  }
});

// separate-toml:toml
var require_toml = __commonJS({
  "separate-toml:toml"(exports2, module2) {
    module2.exports = require("./toml.cjs");
  }
});

// node_modules/ini/lib/ini.js
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports2, module2) {
    var { hasOwnProperty } = Object.prototype;
    var encode = (obj, opt = {}) => {
      if (typeof opt === "string") {
        opt = { section: opt };
      }
      opt.align = opt.align === true;
      opt.newline = opt.newline === true;
      opt.sort = opt.sort === true;
      opt.whitespace = opt.whitespace === true || opt.align === true;
      opt.platform = opt.platform || typeof process !== "undefined" && process.platform;
      opt.bracketedArray = opt.bracketedArray !== false;
      const eol = opt.platform === "win32" ? "\r\n" : "\n";
      const separator = opt.whitespace ? " = " : "=";
      const children = [];
      const keys = opt.sort ? Object.keys(obj).sort() : Object.keys(obj);
      let padToChars = 0;
      if (opt.align) {
        padToChars = safe(
          keys.filter((k) => obj[k] === null || Array.isArray(obj[k]) || typeof obj[k] !== "object").map((k) => Array.isArray(obj[k]) ? `${k}[]` : k).concat([""]).reduce((a, b) => safe(a).length >= safe(b).length ? a : b)
        ).length;
      }
      let out = "";
      const arraySuffix = opt.bracketedArray ? "[]" : "";
      for (const k of keys) {
        const val = obj[k];
        if (val && Array.isArray(val)) {
          for (const item of val) {
            out += safe(`${k}${arraySuffix}`).padEnd(padToChars, " ") + separator + safe(item) + eol;
          }
        } else if (val && typeof val === "object") {
          children.push(k);
        } else {
          out += safe(k).padEnd(padToChars, " ") + separator + safe(val) + eol;
        }
      }
      if (opt.section && out.length) {
        out = "[" + safe(opt.section) + "]" + (opt.newline ? eol + eol : eol) + out;
      }
      for (const k of children) {
        const nk = splitSections(k, ".").join("\\.");
        const section = (opt.section ? opt.section + "." : "") + nk;
        const child = encode(obj[k], {
          ...opt,
          section
        });
        if (out.length && child.length) {
          out += eol;
        }
        out += child;
      }
      return out;
    };
    function splitSections(str, separator) {
      var lastMatchIndex = 0;
      var lastSeparatorIndex = 0;
      var nextIndex = 0;
      var sections = [];
      do {
        nextIndex = str.indexOf(separator, lastMatchIndex);
        if (nextIndex !== -1) {
          lastMatchIndex = nextIndex + separator.length;
          if (nextIndex > 0 && str[nextIndex - 1] === "\\") {
            continue;
          }
          sections.push(str.slice(lastSeparatorIndex, nextIndex));
          lastSeparatorIndex = nextIndex + separator.length;
        }
      } while (nextIndex !== -1);
      sections.push(str.slice(lastSeparatorIndex));
      return sections;
    }
    var decode2 = (str, opt = {}) => {
      opt.bracketedArray = opt.bracketedArray !== false;
      const out = /* @__PURE__ */ Object.create(null);
      let p = out;
      let section = null;
      const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i;
      const lines = str.split(/[\r\n]+/g);
      const duplicates = {};
      for (const line of lines) {
        if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) {
          continue;
        }
        const match = line.match(re);
        if (!match) {
          continue;
        }
        if (match[1] !== void 0) {
          section = unsafe(match[1]);
          if (section === "__proto__") {
            p = /* @__PURE__ */ Object.create(null);
            continue;
          }
          p = out[section] = out[section] || /* @__PURE__ */ Object.create(null);
          continue;
        }
        const keyRaw = unsafe(match[2]);
        let isArray;
        if (opt.bracketedArray) {
          isArray = keyRaw.length > 2 && keyRaw.slice(-2) === "[]";
        } else {
          duplicates[keyRaw] = (duplicates?.[keyRaw] || 0) + 1;
          isArray = duplicates[keyRaw] > 1;
        }
        const key = isArray && keyRaw.endsWith("[]") ? keyRaw.slice(0, -2) : keyRaw;
        if (key === "__proto__") {
          continue;
        }
        const valueRaw = match[3] ? unsafe(match[4]) : true;
        const value = valueRaw === "true" || valueRaw === "false" || valueRaw === "null" ? JSON.parse(valueRaw) : valueRaw;
        if (isArray) {
          if (!hasOwnProperty.call(p, key)) {
            p[key] = [];
          } else if (!Array.isArray(p[key])) {
            p[key] = [p[key]];
          }
        }
        if (Array.isArray(p[key])) {
          p[key].push(value);
        } else {
          p[key] = value;
        }
      }
      const remove = [];
      for (const k of Object.keys(out)) {
        if (!hasOwnProperty.call(out, k) || typeof out[k] !== "object" || Array.isArray(out[k])) {
          continue;
        }
        const parts = splitSections(k, ".");
        p = out;
        const l = parts.pop();
        const nl = l.replace(/\\\./g, ".");
        for (const part of parts) {
          if (part === "__proto__") {
            continue;
          }
          if (!hasOwnProperty.call(p, part) || typeof p[part] !== "object") {
            p[part] = /* @__PURE__ */ Object.create(null);
          }
          p = p[part];
        }
        if (p === out && nl === l) {
          continue;
        }
        p[nl] = out[k];
        remove.push(k);
      }
      for (const del of remove) {
        delete out[del];
      }
      return out;
    };
    var isQuoted = (val) => {
      return val.startsWith('"') && val.endsWith('"') || val.startsWith("'") && val.endsWith("'");
    };
    var safe = (val) => {
      if (typeof val !== "string" || val.match(/[=\r\n]/) || val.match(/^\[/) || val.length > 1 && isQuoted(val) || val !== val.trim()) {
        return JSON.stringify(val);
      }
      return val.split(";").join("\\;").split("#").join("\\#");
    };
    var unsafe = (val) => {
      val = (val || "").trim();
      if (isQuoted(val)) {
        if (val.charAt(0) === "'") {
          val = val.slice(1, -1);
        }
        try {
          val = JSON.parse(val);
        } catch {
        }
      } else {
        let esc = false;
        let unesc = "";
        for (let i = 0, l = val.length; i < l; i++) {
          const c = val.charAt(i);
          if (esc) {
            if ("\\;#".indexOf(c) !== -1) {
              unesc += c;
            } else {
              unesc += "\\" + c;
            }
            esc = false;
          } else if (";#".indexOf(c) !== -1) {
            break;
          } else if (c === "\\") {
            esc = true;
          } else {
            unesc += c;
          }
        }
        if (esc) {
          unesc += "\\";
        }
        return unesc.trim();
      }
      return val;
    };
    module2.exports = {
      parse: decode2,
      decode: decode2,
      stringify: encode,
      encode,
      safe,
      unsafe
    };
  }
});

// builtin:crypto
function createHash(...a) {
  return new.target ? Reflect.construct(load().createHash, a, new.target) : load().createHash(...a);
}
var m, load, crypto_default;
var init_crypto = __esm({
  "builtin:crypto"() {
    load = () => m ??= require("node:crypto");
    crypto_default = new Proxy({}, { get: (_, k) => load()[k] });
  }
});

// src/core/aws-config.ts
function configProfile(ini, profile) {
  const keys = lowerKeys(ini.sections.get(`profile ${profile}`)) ?? (profile === "default" ? lowerKeys(ini.sections.get("default")) : void 0);
  if (!keys) return null;
  const tokenKey = keys.sso_session || keys.sso_start_url || "";
  const ssoTokenFile = tokenKey ? `${createHash("sha1").update(tokenKey, "utf8").digest("hex")}.json` : null;
  const kind = ssoTokenFile ? "sso" : keys.login_session ? "login" : keys.credential_process ? "process" : keys.role_arn ? "role" : "other";
  return { keys, ssoTokenFile, kind };
}
function ssoTokenExpiry(tokenText, tokenFile) {
  const none = (reason) => ({ expiresAt: null, source: { kind: "none" }, reason });
  if (tokenText === null) return none(`no SSO token cached (${tokenFile}); run aws sso login`);
  let token;
  try {
    token = JSON.parse(tokenText);
  } catch {
    return none(`SSO token cache ${tokenFile} is not valid JSON; run aws sso login`);
  }
  const t = token;
  const at = typeof t.expiresAt === "string" ? Date.parse(t.expiresAt) : NaN;
  if (Number.isNaN(at)) return none(`SSO token cache ${tokenFile} has no expiresAt`);
  if (typeof t.refreshToken === "string" && t.refreshToken) {
    return none("SSO token renews itself until your IAM Identity Center session ends (not recorded on disk)");
  }
  return { expiresAt: at, source: { kind: "field", name: "SSO token expiresAt" }, reason: "from the SSO token cache" };
}
function parseProcessCredentials(stdout) {
  let o;
  try {
    o = JSON.parse(stdout);
  } catch {
    return "the AWS CLI did not print JSON";
  }
  const str = (k) => typeof o[k] === "string" ? o[k] : "";
  if (!str("AccessKeyId") || !str("SecretAccessKey")) return "the AWS CLI printed no credentials";
  if (!str("SessionToken")) return "the AWS CLI printed long-term keys without a session token, which Claude Code rejects";
  const exp = Date.parse(str("Expiration"));
  return { accessKeyId: str("AccessKeyId"), secretAccessKey: str("SecretAccessKey"), sessionToken: str("SessionToken"), expiresAt: Number.isNaN(exp) ? null : exp };
}
var lowerKeys;
var init_aws_config = __esm({
  "src/core/aws-config.ts"() {
    "use strict";
    init_crypto();
    lowerKeys = (o) => o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v.trim()])) : void 0;
  }
});

// builtin:child_process
function spawnSync(...a) {
  return new.target ? Reflect.construct(load2().spawnSync, a, new.target) : load2().spawnSync(...a);
}
var m2, load2, child_process_default;
var init_child_process = __esm({
  "builtin:child_process"() {
    load2 = () => m2 ??= require("node:child_process");
    child_process_default = new Proxy({}, { get: (_, k) => load2()[k] });
  }
});

// src/core/redact.ts
function redactSecrets(s) {
  return s.replace(KEY_ID, "[redacted key id]").replace(NAMED, "$1[redacted]").replace(BASE64_RUN, (m3) => looksSecret(m3) ? "[redacted]" : m3);
}
function cleanOutputLine(raw) {
  const line = redactSecrets(stripAnsi(raw)).trim();
  if (!line) return null;
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}\u2026` : line;
}
var ANSI, stripAnsi, KEY_ID, NAMED, BASE64_RUN, looksSecret, MAX_LINE;
var init_redact = __esm({
  "src/core/redact.ts"() {
    "use strict";
    ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]/g;
    stripAnsi = (s) => s.replace(ANSI, "");
    KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g;
    NAMED = /\b([\w-]*(?:secret|token|password|passwd|credential)[\w-]*["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;
    BASE64_RUN = /[A-Za-z0-9+/]{32,}={0,2}/g;
    looksSecret = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9+/]/.test(s);
    MAX_LINE = 300;
  }
});

// src/io/aws-cli.ts
var aws_cli_exports = {};
__export(aws_cli_exports, {
  AWS_CLI_DEADLINE_MS: () => AWS_CLI_DEADLINE_MS,
  exportViaAwsCli: () => exportViaAwsCli
});
function exportViaAwsCli(profile, env, loginHint2, timeoutMs = AWS_CLI_DEADLINE_MS) {
  const r = spawnSync("aws", ["configure", "export-credentials", "--profile", profile, "--format", "process"], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: Math.max(1e3, timeoutMs),
    killSignal: "SIGKILL",
    windowsHide: true,
    maxBuffer: 1024 * 1024
  });
  if (r.error && r.error.code === "ENOENT") {
    return fail("AWS_CLI", `profile "${profile}" is defined in ~/.aws/config, which needs the AWS CLI v2 to turn into keys, and "aws" is not on PATH`, "install the AWS CLI v2, or use a login tool that writes ~/.aws/credentials");
  }
  if (r.error || r.signal) {
    return fail("AWS_CLI", `aws configure export-credentials --profile ${profile} did not finish within ${Math.round(Math.max(1e3, timeoutMs) / 1e3)} s`, loginHint2);
  }
  if (r.status !== 0) {
    const why = (r.stderr ?? "").split(/\r?\n/).map(cleanOutputLine).find((l) => l !== null) ?? `exit code ${r.status}`;
    return fail("AWS_CLI", `aws configure export-credentials --profile ${profile} failed: ${why}`, loginHint2);
  }
  const parsed = parseProcessCredentials(r.stdout ?? "");
  if (typeof parsed === "string") return fail("AWS_CLI", `aws configure export-credentials --profile ${profile}: ${parsed}`, loginHint2);
  const { expiresAt, ...keys } = parsed;
  return ok({ ...keys, expiry: { expiresAt, source: { kind: "field", name: "aws configure export-credentials" }, reason: "from the AWS CLI" } });
}
var AWS_CLI_DEADLINE_MS;
var init_aws_cli = __esm({
  "src/io/aws-cli.ts"() {
    "use strict";
    init_child_process();
    init_errors();
    init_aws_config();
    init_redact();
    AWS_CLI_DEADLINE_MS = 15e3;
  }
});

// src/entries/export-credentials.ts
var import_node_fs3 = require("node:fs");
init_errors();

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

// src/core/profile.ts
function resolveProfile(env, configProfile2) {
  const pick = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  const fromEnv = pick(env.CC_KEEPALIVE_PROFILE);
  if (fromEnv) return { name: fromEnv, source: "CC_KEEPALIVE_PROFILE" };
  const fromConfig = pick(configProfile2);
  if (fromConfig) return { name: fromConfig, source: "config" };
  const fromAws = pick(env.AWS_PROFILE);
  if (fromAws) return { name: fromAws, source: "AWS_PROFILE" };
  return { name: "default", source: "default" };
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

// src/io/context.ts
async function loadContext(env, paths) {
  const loaded = await loadConfig(paths);
  return { paths, loaded, profile: resolveProfile(env, loaded.config.profile) };
}
function loginHint(ctx, fallbackCmd = null) {
  const cmd = ctx.loaded.config.loginCmd.trim() || fallbackCmd;
  if (cmd) return `run: ${cmd}`;
  return `log in again for AWS profile "${ctx.profile.name}" (set "loginCmd" in ${ctx.loaded.file ?? ctx.paths.configJson} to show the exact command here)`;
}

// src/io/profile-source.ts
var import_node_path2 = require("node:path");
init_errors();

// src/core/aws-ini.ts
var import_ini = __toESM(require_ini(), 1);
var HEADER = /^\s*\[([^\]]*)\]\s*(?:[;#].*)?$/;
var EXPIRES_COMMENT = /^\s*[#;]\s*expires\s*:\s*(.+?)\s*$/i;
var INLINE_COMMENT = /(^|\s)[;#]/;
var escapeIni = (s) => s.replace(/[\\;#]/g, (c) => `\\${c}`);
function parseAwsIni(text) {
  const out = [];
  const names = [];
  const expiresComments = /* @__PURE__ */ new Map();
  let current = null;
  let pendingExpires = null;
  for (const line of stripBom(text).split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
      const m3 = EXPIRES_COMMENT.exec(trimmed);
      if (m3) pendingExpires = m3[1];
      continue;
    }
    const header = HEADER.exec(line);
    if (header) {
      current = header[1].trim();
      names.push(current);
      out.push(`[s${names.length - 1}]`);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0 || current === null) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1);
    const c = INLINE_COMMENT.exec(value);
    if (c) value = value.slice(0, c.index);
    value = value.trim();
    if (pendingExpires !== null) {
      expiresComments.set(current, pendingExpires);
      pendingExpires = null;
    }
    const quoted = /^(["']).*\1$/.test(value);
    out.push(`${escapeIni(key)} = ${quoted ? value : escapeIni(value)}`);
  }
  const decoded = (0, import_ini.decode)(out.join("\n"));
  const sections = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    const body = decoded[`s${i}`] ?? {};
    const merged = sections.get(name) ?? {};
    for (const [k, v] of Object.entries(body)) if (typeof v !== "object") merged[k] = String(v);
    sections.set(name, merged);
  });
  return { sections, expiresComments };
}

// src/io/profile-source.ts
init_aws_config();

// src/core/credentials.ts
init_errors();

// src/core/expiry.ts
var KNOWN_EXPIRY_FIELDS = [
  "x_security_token_expires",
  // saml2aws, gimme-aws-creds, okta-aws-cli
  "aws_session_expiration",
  // aws-google-auth
  "aws_expiration",
  // aws-azure-login
  "aws_credential_expiration",
  // aws-vault export --format=ini
  "x-expiration",
  // AWS's Claude Code with Bedrock credential provider
  "awsmyid_session_expiration",
  "expiration"
];
function parseExpiryValue(raw) {
  const s = raw.trim().replace(/^["']|["']$/g, "");
  if (/^\d{9,11}(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1e3);
  if (/^\d{12,14}$/.test(s)) return Number(s);
  const m3 = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  if (!m3) return null;
  let zone = m3[3] ?? "";
  if (zone === "") return null;
  if (/^(z|utc)$/i.test(zone)) zone = "Z";
  else if (/^[+-]\d{2}$/.test(zone)) zone = `${zone}:00`;
  else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const t = Date.parse(`${m3[1]}T${m3[2]}${zone}`);
  return Number.isNaN(t) ? null : t;
}
function findExpiry(keys, configuredField, comment) {
  const lower = new Map(Object.entries(keys).map(([k, v]) => [k.toLowerCase(), { k, v }]));
  const candidates = configuredField ? [configuredField] : KNOWN_EXPIRY_FIELDS;
  for (const name of candidates) {
    const hit = lower.get(name.toLowerCase());
    if (!hit) continue;
    const at = parseExpiryValue(hit.v);
    if (at === null) {
      return {
        expiresAt: null,
        source: { kind: "none" },
        reason: `${hit.k} = ${JSON.stringify(hit.v.slice(0, 40))} is not a time we understand (unix seconds, milliseconds or RFC 3339 with a zone)`
      };
    }
    return { expiresAt: at, source: { kind: "field", name: hit.k }, reason: `from ${hit.k}` };
  }
  if (!configuredField && comment !== void 0) {
    const at = parseExpiryValue(comment);
    if (at !== null) return { expiresAt: at, source: { kind: "comment" }, reason: 'from the "# Expires:" comment' };
  }
  return {
    expiresAt: null,
    source: { kind: "none" },
    reason: configuredField ? `the profile has no "${configuredField}" (expirationField in the config)` : "the profile has no expiry field (your login tool writes none; set expirationField if it uses another name)"
  };
}
var MIN = 6e4;
function formatDuration(ms) {
  if (ms < MIN) return "<1m";
  const totalMin = Math.floor(ms / MIN);
  const h = Math.floor(totalMin / 60);
  const m3 = totalMin % 60;
  if (h === 0) return `${m3}m`;
  if (h >= 48) return `${Math.floor(h / 24)}d${h % 24}h`;
  return `${h}h${String(m3).padStart(2, "0")}m`;
}

// src/core/credentials.ts
function profileCredentials(ini, profile, file, expirationField) {
  const keys = ini.sections.get(profile);
  if (!keys) {
    const names = [...ini.sections.keys()];
    const guess = closest(profile, names);
    return fail(
      "PROFILE_NOT_FOUND",
      `profile "${profile}" is not in ${file}`,
      guess ? `did you mean "${guess}"? Set "profile" in the cc-aws-keepalive config or CC_KEEPALIVE_PROFILE` : names.length ? `profiles there: ${names.slice(0, 8).join(", ")}; log in with your tool for "${profile}" or set "profile" in the config` : `log in with your tool so it writes the "${profile}" profile`
    );
  }
  const get = (k) => {
    const hit = Object.entries(keys).find(([name]) => name.toLowerCase() === k);
    return hit ? hit[1].trim() : "";
  };
  const accessKeyId = get("aws_access_key_id");
  const secretAccessKey = get("aws_secret_access_key");
  const sessionToken = get("aws_session_token") || get("aws_security_token");
  if (!accessKeyId || !secretAccessKey) {
    return fail("KEYS_MISSING", `profile "${profile}" in ${file} has no aws_access_key_id/aws_secret_access_key`, "log in again with your login tool");
  }
  if (!sessionToken) {
    return fail(
      "NO_SESSION_TOKEN",
      `profile "${profile}" in ${file} has no aws_session_token`,
      "Claude Code rejects exported credentials without one; use a profile written by your SSO/SAML login tool, or remove awsCredentialExport for long-term keys"
    );
  }
  return ok({ accessKeyId, secretAccessKey, sessionToken, expiry: findExpiry(keys, expirationField, ini.expiresComments.get(profile)) });
}

// src/io/aws-credentials-file.ts
init_errors();
var MAX_CREDENTIALS_BYTES = 4 * 1024 * 1024;
function readAwsCredentials(file) {
  const r = readSmallText(file, MAX_CREDENTIALS_BYTES);
  if ("missing" in r) return fail("CREDS_MISSING", `${file} does not exist`, "log in with your AWS login tool (the loginCmd in the config) so it writes your credentials there");
  if ("problem" in r) return fail(r.problem.includes("too large") ? "CREDS_TOO_LARGE" : "CREDS_READ", r.problem, "check the file, or point AWS_SHARED_CREDENTIALS_FILE at the right one");
  return ok(parseAwsIni(r.text));
}

// src/io/profile-source.ts
function loadProfile(ctx) {
  const { paths } = ctx;
  const name = ctx.profile.name;
  const credsFile = paths.awsCredentials;
  const ini = readAwsCredentials(credsFile);
  const fromFile = ini.ok ? profileCredentials(ini.value, name, credsFile, ctx.loaded.config.expirationField) : ini;
  if (fromFile.ok) return ok({ kind: "file", file: credsFile, creds: fromFile.value, expiry: fromFile.value.expiry });
  if (!["CREDS_MISSING", "PROFILE_NOT_FOUND", "KEYS_MISSING"].includes(fromFile.error.code)) return fromFile;
  const cfgText = readSmallText(paths.awsConfig, 4 * 1024 * 1024);
  const cfg = "text" in cfgText ? configProfile(parseAwsIni(cfgText.text), name) : null;
  if (!cfg || cfg.kind === "other") return fromFile;
  let expiry;
  if (cfg.ssoTokenFile) {
    const token = readSmallText((0, import_node_path2.join)(paths.awsSsoCache, cfg.ssoTokenFile), 1024 * 1024);
    expiry = ssoTokenExpiry("text" in token ? token.text : null, (0, import_node_path2.join)(paths.awsSsoCache, cfg.ssoTokenFile));
  } else {
    expiry = { expiresAt: null, source: { kind: "none" }, reason: `profile "${name}" gets credentials through the AWS CLI (${cfg.kind}); expiry known only after an export` };
  }
  return ok({ kind: "config", file: paths.awsConfig, config: cfg, expiry });
}
function defaultLoginFor(p, profile) {
  if (p.kind !== "config") return null;
  if (p.config.kind === "sso") return `aws sso login --profile ${profile}`;
  if (p.config.kind === "login") return `aws login --profile ${profile}`;
  return null;
}

// src/core/export-plan.ts
init_errors();
var SHORT_TTL_FLOOR_MS = 6 * 6e4 + 15e3;
function planExport(creds, profile, now, loginHint2) {
  const { expiresAt } = creds.expiry;
  if (expiresAt !== null && expiresAt <= now) {
    return fail("EXPIRED", `credentials for profile "${profile}" expired ${formatDuration(now - expiresAt)} ago`, loginHint2);
  }
  const out = {
    Credentials: { AccessKeyId: creds.accessKeyId, SecretAccessKey: creds.secretAccessKey, SessionToken: creds.sessionToken }
  };
  if (expiresAt !== null) out.Credentials.Expiration = new Date(Math.max(expiresAt, now + SHORT_TTL_FLOOR_MS)).toISOString();
  return ok(out);
}
function redactedSummary(creds, profile, file, now) {
  const { expiresAt } = creds.expiry;
  const expiry = expiresAt === null ? `expiry unknown (${creds.expiry.reason})` : `expires ${new Date(expiresAt).toISOString()} (${expiresAt > now ? `in ${formatDuration(expiresAt - now)}` : "EXPIRED"}, ${creds.expiry.reason})`;
  return [
    `profile ${profile} (${file})`,
    `access key \u2026${creds.accessKeyId.slice(-4)}, session token present`,
    expiry,
    "Claude Code receives the full credentials as JSON on a pipe; they are never shown on a terminal."
  ].join("\n");
}

// src/io/stdin.ts
var import_node_fs2 = require("node:fs");
var MAX_STDIN_BYTES = 1024 * 1024;
function writeStdout(text) {
  const data = Buffer.from(text, "utf8");
  let off = 0;
  for (let spins = 0; off < data.length && spins < 500; ) {
    try {
      off += (0, import_node_fs2.writeSync)(1, data, off);
    } catch (err) {
      if (err.code !== "EAGAIN") return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
      spins++;
    }
  }
}

// src/entries/export-credentials.ts
var toTerminal = () => {
  try {
    return (0, import_node_fs3.fstatSync)(1).isCharacterDevice();
  } catch {
    return false;
  }
};
async function main() {
  const ctx = await loadContext(process.env, processPaths());
  for (const w of ctx.loaded.warnings) process.stderr.write(`cc-aws-keepalive: ${w}
`);
  const profile = loadProfile(ctx);
  if (!profile.ok) return die(formatError(profile.error));
  const p = profile.value;
  const hint = loginHint(ctx, defaultLoginFor(p, ctx.profile.name));
  let creds;
  if (p.kind === "file") creds = { ok: true, value: p.creds };
  else {
    const { exportViaAwsCli: exportViaAwsCli2 } = await Promise.resolve().then(() => (init_aws_cli(), aws_cli_exports));
    creds = exportViaAwsCli2(ctx.profile.name, process.env, hint);
  }
  if (!creds.ok) return die(formatError(creds.error));
  const now = Date.now();
  if (toTerminal()) {
    writeStdout(`${redactedSummary(creds.value, ctx.profile.name, p.file, now)}
`);
    return 0;
  }
  const plan = planExport(creds.value, ctx.profile.name, now, hint);
  if (!plan.ok) return die(formatError(plan.error));
  writeStdout(`${JSON.stringify(plan.value)}
`);
  return 0;
}
function die(line) {
  process.stderr.write(`${line}
`);
  return 1;
}
main().then(
  (code) => process.exitCode = code,
  (err) => {
    process.stderr.write(`cc-aws-keepalive: unexpected error in awsCredentialExport: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = 1;
  }
);
