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
var __commonJS = (cb, mod) => function __require2() {
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

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports2, module2) {
    module2.exports = __require("node:os");
  }
});

// builtin:path
var require_path = __commonJS({
  "builtin:path"(exports2, module2) {
    module2.exports = __require("node:path");
  }
});

// builtin:fs
var require_fs = __commonJS({
  "builtin:fs"(exports2, module2) {
    module2.exports = __require("node:fs");
  }
});

// node_modules/@iarna/toml/lib/parser.js
var require_parser = __commonJS({
  "node_modules/@iarna/toml/lib/parser.js"(exports2, module2) {
    "use strict";
    var ParserEND = 1114112;
    var ParserError = class _ParserError extends Error {
      /* istanbul ignore next */
      constructor(msg, filename, linenumber) {
        super("[ParserError] " + msg, filename, linenumber);
        this.name = "ParserError";
        this.code = "ParserError";
        if (Error.captureStackTrace) Error.captureStackTrace(this, _ParserError);
      }
    };
    var State = class {
      constructor(parser) {
        this.parser = parser;
        this.buf = "";
        this.returned = null;
        this.result = null;
        this.resultTable = null;
        this.resultArr = null;
      }
    };
    var Parser = class {
      constructor() {
        this.pos = 0;
        this.col = 0;
        this.line = 0;
        this.obj = {};
        this.ctx = this.obj;
        this.stack = [];
        this._buf = "";
        this.char = null;
        this.ii = 0;
        this.state = new State(this.parseStart);
      }
      parse(str) {
        if (str.length === 0 || str.length == null) return;
        this._buf = String(str);
        this.ii = -1;
        this.char = -1;
        let getNext;
        while (getNext === false || this.nextChar()) {
          getNext = this.runOne();
        }
        this._buf = null;
      }
      nextChar() {
        if (this.char === 10) {
          ++this.line;
          this.col = -1;
        }
        ++this.ii;
        this.char = this._buf.codePointAt(this.ii);
        ++this.pos;
        ++this.col;
        return this.haveBuffer();
      }
      haveBuffer() {
        return this.ii < this._buf.length;
      }
      runOne() {
        return this.state.parser.call(this, this.state.returned);
      }
      finish() {
        this.char = ParserEND;
        let last;
        do {
          last = this.state.parser;
          this.runOne();
        } while (this.state.parser !== last);
        this.ctx = null;
        this.state = null;
        this._buf = null;
        return this.obj;
      }
      next(fn) {
        if (typeof fn !== "function") throw new ParserError("Tried to set state to non-existent state: " + JSON.stringify(fn));
        this.state.parser = fn;
      }
      goto(fn) {
        this.next(fn);
        return this.runOne();
      }
      call(fn, returnWith) {
        if (returnWith) this.next(returnWith);
        this.stack.push(this.state);
        this.state = new State(fn);
      }
      callNow(fn, returnWith) {
        this.call(fn, returnWith);
        return this.runOne();
      }
      return(value) {
        if (this.stack.length === 0) throw this.error(new ParserError("Stack underflow"));
        if (value === void 0) value = this.state.buf;
        this.state = this.stack.pop();
        this.state.returned = value;
      }
      returnNow(value) {
        this.return(value);
        return this.runOne();
      }
      consume() {
        if (this.char === ParserEND) throw this.error(new ParserError("Unexpected end-of-buffer"));
        this.state.buf += this._buf[this.ii];
      }
      error(err) {
        err.line = this.line;
        err.col = this.col;
        err.pos = this.pos;
        return err;
      }
      /* istanbul ignore next */
      parseStart() {
        throw new ParserError("Must declare a parseStart method");
      }
    };
    Parser.END = ParserEND;
    Parser.Error = ParserError;
    module2.exports = Parser;
  }
});

// node_modules/@iarna/toml/lib/create-datetime.js
var require_create_datetime = __commonJS({
  "node_modules/@iarna/toml/lib/create-datetime.js"(exports2, module2) {
    "use strict";
    module2.exports = (value) => {
      const date = new Date(value);
      if (isNaN(date)) {
        throw new TypeError("Invalid Datetime");
      } else {
        return date;
      }
    };
  }
});

// node_modules/@iarna/toml/lib/format-num.js
var require_format_num = __commonJS({
  "node_modules/@iarna/toml/lib/format-num.js"(exports2, module2) {
    "use strict";
    module2.exports = (d, num) => {
      num = String(num);
      while (num.length < d) num = "0" + num;
      return num;
    };
  }
});

// node_modules/@iarna/toml/lib/create-datetime-float.js
var require_create_datetime_float = __commonJS({
  "node_modules/@iarna/toml/lib/create-datetime-float.js"(exports2, module2) {
    "use strict";
    var f = require_format_num();
    var FloatingDateTime = class extends Date {
      constructor(value) {
        super(value + "Z");
        this.isFloating = true;
      }
      toISOString() {
        const date = `${this.getUTCFullYear()}-${f(2, this.getUTCMonth() + 1)}-${f(2, this.getUTCDate())}`;
        const time = `${f(2, this.getUTCHours())}:${f(2, this.getUTCMinutes())}:${f(2, this.getUTCSeconds())}.${f(3, this.getUTCMilliseconds())}`;
        return `${date}T${time}`;
      }
    };
    module2.exports = (value) => {
      const date = new FloatingDateTime(value);
      if (isNaN(date)) {
        throw new TypeError("Invalid Datetime");
      } else {
        return date;
      }
    };
  }
});

// node_modules/@iarna/toml/lib/create-date.js
var require_create_date = __commonJS({
  "node_modules/@iarna/toml/lib/create-date.js"(exports2, module2) {
    "use strict";
    var f = require_format_num();
    var DateTime = global.Date;
    var Date2 = class extends DateTime {
      constructor(value) {
        super(value);
        this.isDate = true;
      }
      toISOString() {
        return `${this.getUTCFullYear()}-${f(2, this.getUTCMonth() + 1)}-${f(2, this.getUTCDate())}`;
      }
    };
    module2.exports = (value) => {
      const date = new Date2(value);
      if (isNaN(date)) {
        throw new TypeError("Invalid Datetime");
      } else {
        return date;
      }
    };
  }
});

// node_modules/@iarna/toml/lib/create-time.js
var require_create_time = __commonJS({
  "node_modules/@iarna/toml/lib/create-time.js"(exports2, module2) {
    "use strict";
    var f = require_format_num();
    var Time = class extends Date {
      constructor(value) {
        super(`0000-01-01T${value}Z`);
        this.isTime = true;
      }
      toISOString() {
        return `${f(2, this.getUTCHours())}:${f(2, this.getUTCMinutes())}:${f(2, this.getUTCSeconds())}.${f(3, this.getUTCMilliseconds())}`;
      }
    };
    module2.exports = (value) => {
      const date = new Time(value);
      if (isNaN(date)) {
        throw new TypeError("Invalid Datetime");
      } else {
        return date;
      }
    };
  }
});

// node_modules/@iarna/toml/lib/toml-parser.js
var require_toml_parser = __commonJS({
  "node_modules/@iarna/toml/lib/toml-parser.js"(exports, module) {
    "use strict";
    module.exports = makeParserClass(require_parser());
    module.exports.makeParserClass = makeParserClass;
    var TomlError = class _TomlError extends Error {
      constructor(msg) {
        super(msg);
        this.name = "TomlError";
        if (Error.captureStackTrace) Error.captureStackTrace(this, _TomlError);
        this.fromTOML = true;
        this.wrapped = null;
      }
    };
    TomlError.wrap = (err) => {
      const terr = new TomlError(err.message);
      terr.code = err.code;
      terr.wrapped = err;
      return terr;
    };
    module.exports.TomlError = TomlError;
    var createDateTime = require_create_datetime();
    var createDateTimeFloat = require_create_datetime_float();
    var createDate = require_create_date();
    var createTime = require_create_time();
    var CTRL_I = 9;
    var CTRL_J = 10;
    var CTRL_M = 13;
    var CTRL_CHAR_BOUNDARY = 31;
    var CHAR_SP = 32;
    var CHAR_QUOT = 34;
    var CHAR_NUM = 35;
    var CHAR_APOS = 39;
    var CHAR_PLUS = 43;
    var CHAR_COMMA = 44;
    var CHAR_HYPHEN = 45;
    var CHAR_PERIOD = 46;
    var CHAR_0 = 48;
    var CHAR_1 = 49;
    var CHAR_7 = 55;
    var CHAR_9 = 57;
    var CHAR_COLON = 58;
    var CHAR_EQUALS = 61;
    var CHAR_A = 65;
    var CHAR_E = 69;
    var CHAR_F = 70;
    var CHAR_T = 84;
    var CHAR_U = 85;
    var CHAR_Z = 90;
    var CHAR_LOWBAR = 95;
    var CHAR_a = 97;
    var CHAR_b = 98;
    var CHAR_e = 101;
    var CHAR_f = 102;
    var CHAR_i = 105;
    var CHAR_l = 108;
    var CHAR_n = 110;
    var CHAR_o = 111;
    var CHAR_r = 114;
    var CHAR_s = 115;
    var CHAR_t = 116;
    var CHAR_u = 117;
    var CHAR_x = 120;
    var CHAR_z = 122;
    var CHAR_LCUB = 123;
    var CHAR_RCUB = 125;
    var CHAR_LSQB = 91;
    var CHAR_BSOL = 92;
    var CHAR_RSQB = 93;
    var CHAR_DEL = 127;
    var SURROGATE_FIRST = 55296;
    var SURROGATE_LAST = 57343;
    var escapes = {
      [CHAR_b]: "\b",
      [CHAR_t]: "	",
      [CHAR_n]: "\n",
      [CHAR_f]: "\f",
      [CHAR_r]: "\r",
      [CHAR_QUOT]: '"',
      [CHAR_BSOL]: "\\"
    };
    function isDigit(cp) {
      return cp >= CHAR_0 && cp <= CHAR_9;
    }
    function isHexit(cp) {
      return cp >= CHAR_A && cp <= CHAR_F || cp >= CHAR_a && cp <= CHAR_f || cp >= CHAR_0 && cp <= CHAR_9;
    }
    function isBit(cp) {
      return cp === CHAR_1 || cp === CHAR_0;
    }
    function isOctit(cp) {
      return cp >= CHAR_0 && cp <= CHAR_7;
    }
    function isAlphaNumQuoteHyphen(cp) {
      return cp >= CHAR_A && cp <= CHAR_Z || cp >= CHAR_a && cp <= CHAR_z || cp >= CHAR_0 && cp <= CHAR_9 || cp === CHAR_APOS || cp === CHAR_QUOT || cp === CHAR_LOWBAR || cp === CHAR_HYPHEN;
    }
    function isAlphaNumHyphen(cp) {
      return cp >= CHAR_A && cp <= CHAR_Z || cp >= CHAR_a && cp <= CHAR_z || cp >= CHAR_0 && cp <= CHAR_9 || cp === CHAR_LOWBAR || cp === CHAR_HYPHEN;
    }
    var _type = Symbol("type");
    var _declared = Symbol("declared");
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    var defineProperty = Object.defineProperty;
    var descriptor = { configurable: true, enumerable: true, writable: true, value: void 0 };
    function hasKey(obj, key) {
      if (hasOwnProperty.call(obj, key)) return true;
      if (key === "__proto__") defineProperty(obj, "__proto__", descriptor);
      return false;
    }
    var INLINE_TABLE = Symbol("inline-table");
    function InlineTable() {
      return Object.defineProperties({}, {
        [_type]: { value: INLINE_TABLE }
      });
    }
    function isInlineTable(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === INLINE_TABLE;
    }
    var TABLE = Symbol("table");
    function Table() {
      return Object.defineProperties({}, {
        [_type]: { value: TABLE },
        [_declared]: { value: false, writable: true }
      });
    }
    function isTable(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === TABLE;
    }
    var _contentType = Symbol("content-type");
    var INLINE_LIST = Symbol("inline-list");
    function InlineList(type) {
      return Object.defineProperties([], {
        [_type]: { value: INLINE_LIST },
        [_contentType]: { value: type }
      });
    }
    function isInlineList(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === INLINE_LIST;
    }
    var LIST = Symbol("list");
    function List() {
      return Object.defineProperties([], {
        [_type]: { value: LIST }
      });
    }
    function isList(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === LIST;
    }
    var _custom;
    try {
      const utilInspect = eval("require('util').inspect");
      _custom = utilInspect.custom;
    } catch (_) {
    }
    var _inspect = _custom || "inspect";
    var BoxedBigInt = class {
      constructor(value) {
        try {
          this.value = global.BigInt.asIntN(64, value);
        } catch (_) {
          this.value = null;
        }
        Object.defineProperty(this, _type, { value: INTEGER });
      }
      isNaN() {
        return this.value === null;
      }
      /* istanbul ignore next */
      toString() {
        return String(this.value);
      }
      /* istanbul ignore next */
      [_inspect]() {
        return `[BigInt: ${this.toString()}]}`;
      }
      valueOf() {
        return this.value;
      }
    };
    var INTEGER = Symbol("integer");
    function Integer(value) {
      let num = Number(value);
      if (Object.is(num, -0)) num = 0;
      if (global.BigInt && !Number.isSafeInteger(num)) {
        return new BoxedBigInt(value);
      } else {
        return Object.defineProperties(new Number(num), {
          isNaN: { value: function() {
            return isNaN(this);
          } },
          [_type]: { value: INTEGER },
          [_inspect]: { value: () => `[Integer: ${value}]` }
        });
      }
    }
    function isInteger(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === INTEGER;
    }
    var FLOAT = Symbol("float");
    function Float(value) {
      return Object.defineProperties(new Number(value), {
        [_type]: { value: FLOAT },
        [_inspect]: { value: () => `[Float: ${value}]` }
      });
    }
    function isFloat(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === FLOAT;
    }
    function tomlType(value) {
      const type = typeof value;
      if (type === "object") {
        if (value === null) return "null";
        if (value instanceof Date) return "datetime";
        if (_type in value) {
          switch (value[_type]) {
            case INLINE_TABLE:
              return "inline-table";
            case INLINE_LIST:
              return "inline-list";
            /* istanbul ignore next */
            case TABLE:
              return "table";
            /* istanbul ignore next */
            case LIST:
              return "list";
            case FLOAT:
              return "float";
            case INTEGER:
              return "integer";
          }
        }
      }
      return type;
    }
    function makeParserClass(Parser) {
      class TOMLParser extends Parser {
        constructor() {
          super();
          this.ctx = this.obj = Table();
        }
        /* MATCH HELPER */
        atEndOfWord() {
          return this.char === CHAR_NUM || this.char === CTRL_I || this.char === CHAR_SP || this.atEndOfLine();
        }
        atEndOfLine() {
          return this.char === Parser.END || this.char === CTRL_J || this.char === CTRL_M;
        }
        parseStart() {
          if (this.char === Parser.END) {
            return null;
          } else if (this.char === CHAR_LSQB) {
            return this.call(this.parseTableOrList);
          } else if (this.char === CHAR_NUM) {
            return this.call(this.parseComment);
          } else if (this.char === CTRL_J || this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M) {
            return null;
          } else if (isAlphaNumQuoteHyphen(this.char)) {
            return this.callNow(this.parseAssignStatement);
          } else {
            throw this.error(new TomlError(`Unknown character "${this.char}"`));
          }
        }
        // HELPER, this strips any whitespace and comments to the end of the line
        // then RETURNS. Last state in a production.
        parseWhitespaceToEOL() {
          if (this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M) {
            return null;
          } else if (this.char === CHAR_NUM) {
            return this.goto(this.parseComment);
          } else if (this.char === Parser.END || this.char === CTRL_J) {
            return this.return();
          } else {
            throw this.error(new TomlError("Unexpected character, expected only whitespace or comments till end of line"));
          }
        }
        /* ASSIGNMENT: key = value */
        parseAssignStatement() {
          return this.callNow(this.parseAssign, this.recordAssignStatement);
        }
        recordAssignStatement(kv) {
          let target = this.ctx;
          let finalKey = kv.key.pop();
          for (let kw of kv.key) {
            if (hasKey(target, kw) && (!isTable(target[kw]) || target[kw][_declared])) {
              throw this.error(new TomlError("Can't redefine existing key"));
            }
            target = target[kw] = target[kw] || Table();
          }
          if (hasKey(target, finalKey)) {
            throw this.error(new TomlError("Can't redefine existing key"));
          }
          if (isInteger(kv.value) || isFloat(kv.value)) {
            target[finalKey] = kv.value.valueOf();
          } else {
            target[finalKey] = kv.value;
          }
          return this.goto(this.parseWhitespaceToEOL);
        }
        /* ASSSIGNMENT expression, key = value possibly inside an inline table */
        parseAssign() {
          return this.callNow(this.parseKeyword, this.recordAssignKeyword);
        }
        recordAssignKeyword(key) {
          if (this.state.resultTable) {
            this.state.resultTable.push(key);
          } else {
            this.state.resultTable = [key];
          }
          return this.goto(this.parseAssignKeywordPreDot);
        }
        parseAssignKeywordPreDot() {
          if (this.char === CHAR_PERIOD) {
            return this.next(this.parseAssignKeywordPostDot);
          } else if (this.char !== CHAR_SP && this.char !== CTRL_I) {
            return this.goto(this.parseAssignEqual);
          }
        }
        parseAssignKeywordPostDot() {
          if (this.char !== CHAR_SP && this.char !== CTRL_I) {
            return this.callNow(this.parseKeyword, this.recordAssignKeyword);
          }
        }
        parseAssignEqual() {
          if (this.char === CHAR_EQUALS) {
            return this.next(this.parseAssignPreValue);
          } else {
            throw this.error(new TomlError('Invalid character, expected "="'));
          }
        }
        parseAssignPreValue() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else {
            return this.callNow(this.parseValue, this.recordAssignValue);
          }
        }
        recordAssignValue(value) {
          return this.returnNow({ key: this.state.resultTable, value });
        }
        /* COMMENTS: #...eol */
        parseComment() {
          do {
            if (this.char === Parser.END || this.char === CTRL_J) {
              return this.return();
            }
          } while (this.nextChar());
        }
        /* TABLES AND LISTS, [foo] and [[foo]] */
        parseTableOrList() {
          if (this.char === CHAR_LSQB) {
            this.next(this.parseList);
          } else {
            return this.goto(this.parseTable);
          }
        }
        /* TABLE [foo.bar.baz] */
        parseTable() {
          this.ctx = this.obj;
          return this.goto(this.parseTableNext);
        }
        parseTableNext() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else {
            return this.callNow(this.parseKeyword, this.parseTableMore);
          }
        }
        parseTableMore(keyword) {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === CHAR_RSQB) {
            if (hasKey(this.ctx, keyword) && (!isTable(this.ctx[keyword]) || this.ctx[keyword][_declared])) {
              throw this.error(new TomlError("Can't redefine existing key"));
            } else {
              this.ctx = this.ctx[keyword] = this.ctx[keyword] || Table();
              this.ctx[_declared] = true;
            }
            return this.next(this.parseWhitespaceToEOL);
          } else if (this.char === CHAR_PERIOD) {
            if (!hasKey(this.ctx, keyword)) {
              this.ctx = this.ctx[keyword] = Table();
            } else if (isTable(this.ctx[keyword])) {
              this.ctx = this.ctx[keyword];
            } else if (isList(this.ctx[keyword])) {
              this.ctx = this.ctx[keyword][this.ctx[keyword].length - 1];
            } else {
              throw this.error(new TomlError("Can't redefine existing key"));
            }
            return this.next(this.parseTableNext);
          } else {
            throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"));
          }
        }
        /* LIST [[a.b.c]] */
        parseList() {
          this.ctx = this.obj;
          return this.goto(this.parseListNext);
        }
        parseListNext() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else {
            return this.callNow(this.parseKeyword, this.parseListMore);
          }
        }
        parseListMore(keyword) {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === CHAR_RSQB) {
            if (!hasKey(this.ctx, keyword)) {
              this.ctx[keyword] = List();
            }
            if (isInlineList(this.ctx[keyword])) {
              throw this.error(new TomlError("Can't extend an inline array"));
            } else if (isList(this.ctx[keyword])) {
              const next = Table();
              this.ctx[keyword].push(next);
              this.ctx = next;
            } else {
              throw this.error(new TomlError("Can't redefine an existing key"));
            }
            return this.next(this.parseListEnd);
          } else if (this.char === CHAR_PERIOD) {
            if (!hasKey(this.ctx, keyword)) {
              this.ctx = this.ctx[keyword] = Table();
            } else if (isInlineList(this.ctx[keyword])) {
              throw this.error(new TomlError("Can't extend an inline array"));
            } else if (isInlineTable(this.ctx[keyword])) {
              throw this.error(new TomlError("Can't extend an inline table"));
            } else if (isList(this.ctx[keyword])) {
              this.ctx = this.ctx[keyword][this.ctx[keyword].length - 1];
            } else if (isTable(this.ctx[keyword])) {
              this.ctx = this.ctx[keyword];
            } else {
              throw this.error(new TomlError("Can't redefine an existing key"));
            }
            return this.next(this.parseListNext);
          } else {
            throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"));
          }
        }
        parseListEnd(keyword) {
          if (this.char === CHAR_RSQB) {
            return this.next(this.parseWhitespaceToEOL);
          } else {
            throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"));
          }
        }
        /* VALUE string, number, boolean, inline list, inline object */
        parseValue() {
          if (this.char === Parser.END) {
            throw this.error(new TomlError("Key without value"));
          } else if (this.char === CHAR_QUOT) {
            return this.next(this.parseDoubleString);
          }
          if (this.char === CHAR_APOS) {
            return this.next(this.parseSingleString);
          } else if (this.char === CHAR_HYPHEN || this.char === CHAR_PLUS) {
            return this.goto(this.parseNumberSign);
          } else if (this.char === CHAR_i) {
            return this.next(this.parseInf);
          } else if (this.char === CHAR_n) {
            return this.next(this.parseNan);
          } else if (isDigit(this.char)) {
            return this.goto(this.parseNumberOrDateTime);
          } else if (this.char === CHAR_t || this.char === CHAR_f) {
            return this.goto(this.parseBoolean);
          } else if (this.char === CHAR_LSQB) {
            return this.call(this.parseInlineList, this.recordValue);
          } else if (this.char === CHAR_LCUB) {
            return this.call(this.parseInlineTable, this.recordValue);
          } else {
            throw this.error(new TomlError("Unexpected character, expecting string, number, datetime, boolean, inline array or inline table"));
          }
        }
        recordValue(value) {
          return this.returnNow(value);
        }
        parseInf() {
          if (this.char === CHAR_n) {
            return this.next(this.parseInf2);
          } else {
            throw this.error(new TomlError('Unexpected character, expected "inf", "+inf" or "-inf"'));
          }
        }
        parseInf2() {
          if (this.char === CHAR_f) {
            if (this.state.buf === "-") {
              return this.return(-Infinity);
            } else {
              return this.return(Infinity);
            }
          } else {
            throw this.error(new TomlError('Unexpected character, expected "inf", "+inf" or "-inf"'));
          }
        }
        parseNan() {
          if (this.char === CHAR_a) {
            return this.next(this.parseNan2);
          } else {
            throw this.error(new TomlError('Unexpected character, expected "nan"'));
          }
        }
        parseNan2() {
          if (this.char === CHAR_n) {
            return this.return(NaN);
          } else {
            throw this.error(new TomlError('Unexpected character, expected "nan"'));
          }
        }
        /* KEYS, barewords or basic, literal, or dotted */
        parseKeyword() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseBasicString);
          } else if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralString);
          } else {
            return this.goto(this.parseBareKey);
          }
        }
        /* KEYS: barewords */
        parseBareKey() {
          do {
            if (this.char === Parser.END) {
              throw this.error(new TomlError("Key ended without value"));
            } else if (isAlphaNumHyphen(this.char)) {
              this.consume();
            } else if (this.state.buf.length === 0) {
              throw this.error(new TomlError("Empty bare keys are not allowed"));
            } else {
              return this.returnNow();
            }
          } while (this.nextChar());
        }
        /* STRINGS, single quoted (literal) */
        parseSingleString() {
          if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralMultiStringMaybe);
          } else {
            return this.goto(this.parseLiteralString);
          }
        }
        parseLiteralString() {
          do {
            if (this.char === CHAR_APOS) {
              return this.return();
            } else if (this.atEndOfLine()) {
              throw this.error(new TomlError("Unterminated string"));
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I) {
              throw this.errorControlCharInString();
            } else {
              this.consume();
            }
          } while (this.nextChar());
        }
        parseLiteralMultiStringMaybe() {
          if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralMultiString);
          } else {
            return this.returnNow();
          }
        }
        parseLiteralMultiString() {
          if (this.char === CTRL_M) {
            return null;
          } else if (this.char === CTRL_J) {
            return this.next(this.parseLiteralMultiStringContent);
          } else {
            return this.goto(this.parseLiteralMultiStringContent);
          }
        }
        parseLiteralMultiStringContent() {
          do {
            if (this.char === CHAR_APOS) {
              return this.next(this.parseLiteralMultiEnd);
            } else if (this.char === Parser.END) {
              throw this.error(new TomlError("Unterminated multi-line string"));
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I && this.char !== CTRL_J && this.char !== CTRL_M) {
              throw this.errorControlCharInString();
            } else {
              this.consume();
            }
          } while (this.nextChar());
        }
        parseLiteralMultiEnd() {
          if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralMultiEnd2);
          } else {
            this.state.buf += "'";
            return this.goto(this.parseLiteralMultiStringContent);
          }
        }
        parseLiteralMultiEnd2() {
          if (this.char === CHAR_APOS) {
            return this.return();
          } else {
            this.state.buf += "''";
            return this.goto(this.parseLiteralMultiStringContent);
          }
        }
        /* STRINGS double quoted */
        parseDoubleString() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseMultiStringMaybe);
          } else {
            return this.goto(this.parseBasicString);
          }
        }
        parseBasicString() {
          do {
            if (this.char === CHAR_BSOL) {
              return this.call(this.parseEscape, this.recordEscapeReplacement);
            } else if (this.char === CHAR_QUOT) {
              return this.return();
            } else if (this.atEndOfLine()) {
              throw this.error(new TomlError("Unterminated string"));
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I) {
              throw this.errorControlCharInString();
            } else {
              this.consume();
            }
          } while (this.nextChar());
        }
        recordEscapeReplacement(replacement) {
          this.state.buf += replacement;
          return this.goto(this.parseBasicString);
        }
        parseMultiStringMaybe() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseMultiString);
          } else {
            return this.returnNow();
          }
        }
        parseMultiString() {
          if (this.char === CTRL_M) {
            return null;
          } else if (this.char === CTRL_J) {
            return this.next(this.parseMultiStringContent);
          } else {
            return this.goto(this.parseMultiStringContent);
          }
        }
        parseMultiStringContent() {
          do {
            if (this.char === CHAR_BSOL) {
              return this.call(this.parseMultiEscape, this.recordMultiEscapeReplacement);
            } else if (this.char === CHAR_QUOT) {
              return this.next(this.parseMultiEnd);
            } else if (this.char === Parser.END) {
              throw this.error(new TomlError("Unterminated multi-line string"));
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I && this.char !== CTRL_J && this.char !== CTRL_M) {
              throw this.errorControlCharInString();
            } else {
              this.consume();
            }
          } while (this.nextChar());
        }
        errorControlCharInString() {
          let displayCode = "\\u00";
          if (this.char < 16) {
            displayCode += "0";
          }
          displayCode += this.char.toString(16);
          return this.error(new TomlError(`Control characters (codes < 0x1f and 0x7f) are not allowed in strings, use ${displayCode} instead`));
        }
        recordMultiEscapeReplacement(replacement) {
          this.state.buf += replacement;
          return this.goto(this.parseMultiStringContent);
        }
        parseMultiEnd() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseMultiEnd2);
          } else {
            this.state.buf += '"';
            return this.goto(this.parseMultiStringContent);
          }
        }
        parseMultiEnd2() {
          if (this.char === CHAR_QUOT) {
            return this.return();
          } else {
            this.state.buf += '""';
            return this.goto(this.parseMultiStringContent);
          }
        }
        parseMultiEscape() {
          if (this.char === CTRL_M || this.char === CTRL_J) {
            return this.next(this.parseMultiTrim);
          } else if (this.char === CHAR_SP || this.char === CTRL_I) {
            return this.next(this.parsePreMultiTrim);
          } else {
            return this.goto(this.parseEscape);
          }
        }
        parsePreMultiTrim() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === CTRL_M || this.char === CTRL_J) {
            return this.next(this.parseMultiTrim);
          } else {
            throw this.error(new TomlError("Can't escape whitespace"));
          }
        }
        parseMultiTrim() {
          if (this.char === CTRL_J || this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M) {
            return null;
          } else {
            return this.returnNow();
          }
        }
        parseEscape() {
          if (this.char in escapes) {
            return this.return(escapes[this.char]);
          } else if (this.char === CHAR_u) {
            return this.call(this.parseSmallUnicode, this.parseUnicodeReturn);
          } else if (this.char === CHAR_U) {
            return this.call(this.parseLargeUnicode, this.parseUnicodeReturn);
          } else {
            throw this.error(new TomlError("Unknown escape character: " + this.char));
          }
        }
        parseUnicodeReturn(char) {
          try {
            const codePoint = parseInt(char, 16);
            if (codePoint >= SURROGATE_FIRST && codePoint <= SURROGATE_LAST) {
              throw this.error(new TomlError("Invalid unicode, character in range 0xD800 - 0xDFFF is reserved"));
            }
            return this.returnNow(String.fromCodePoint(codePoint));
          } catch (err) {
            throw this.error(TomlError.wrap(err));
          }
        }
        parseSmallUnicode() {
          if (!isHexit(this.char)) {
            throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"));
          } else {
            this.consume();
            if (this.state.buf.length >= 4) return this.return();
          }
        }
        parseLargeUnicode() {
          if (!isHexit(this.char)) {
            throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"));
          } else {
            this.consume();
            if (this.state.buf.length >= 8) return this.return();
          }
        }
        /* NUMBERS */
        parseNumberSign() {
          this.consume();
          return this.next(this.parseMaybeSignedInfOrNan);
        }
        parseMaybeSignedInfOrNan() {
          if (this.char === CHAR_i) {
            return this.next(this.parseInf);
          } else if (this.char === CHAR_n) {
            return this.next(this.parseNan);
          } else {
            return this.callNow(this.parseNoUnder, this.parseNumberIntegerStart);
          }
        }
        parseNumberIntegerStart() {
          if (this.char === CHAR_0) {
            this.consume();
            return this.next(this.parseNumberIntegerExponentOrDecimal);
          } else {
            return this.goto(this.parseNumberInteger);
          }
        }
        parseNumberIntegerExponentOrDecimal() {
          if (this.char === CHAR_PERIOD) {
            this.consume();
            return this.call(this.parseNoUnder, this.parseNumberFloat);
          } else if (this.char === CHAR_E || this.char === CHAR_e) {
            this.consume();
            return this.next(this.parseNumberExponentSign);
          } else {
            return this.returnNow(Integer(this.state.buf));
          }
        }
        parseNumberInteger() {
          if (isDigit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnder);
          } else if (this.char === CHAR_E || this.char === CHAR_e) {
            this.consume();
            return this.next(this.parseNumberExponentSign);
          } else if (this.char === CHAR_PERIOD) {
            this.consume();
            return this.call(this.parseNoUnder, this.parseNumberFloat);
          } else {
            const result = Integer(this.state.buf);
            if (result.isNaN()) {
              throw this.error(new TomlError("Invalid number"));
            } else {
              return this.returnNow(result);
            }
          }
        }
        parseNoUnder() {
          if (this.char === CHAR_LOWBAR || this.char === CHAR_PERIOD || this.char === CHAR_E || this.char === CHAR_e) {
            throw this.error(new TomlError("Unexpected character, expected digit"));
          } else if (this.atEndOfWord()) {
            throw this.error(new TomlError("Incomplete number"));
          }
          return this.returnNow();
        }
        parseNoUnderHexOctBinLiteral() {
          if (this.char === CHAR_LOWBAR || this.char === CHAR_PERIOD) {
            throw this.error(new TomlError("Unexpected character, expected digit"));
          } else if (this.atEndOfWord()) {
            throw this.error(new TomlError("Incomplete number"));
          }
          return this.returnNow();
        }
        parseNumberFloat() {
          if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnder, this.parseNumberFloat);
          } else if (isDigit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_E || this.char === CHAR_e) {
            this.consume();
            return this.next(this.parseNumberExponentSign);
          } else {
            return this.returnNow(Float(this.state.buf));
          }
        }
        parseNumberExponentSign() {
          if (isDigit(this.char)) {
            return this.goto(this.parseNumberExponent);
          } else if (this.char === CHAR_HYPHEN || this.char === CHAR_PLUS) {
            this.consume();
            this.call(this.parseNoUnder, this.parseNumberExponent);
          } else {
            throw this.error(new TomlError("Unexpected character, expected -, + or digit"));
          }
        }
        parseNumberExponent() {
          if (isDigit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnder);
          } else {
            return this.returnNow(Float(this.state.buf));
          }
        }
        /* NUMBERS or DATETIMES  */
        parseNumberOrDateTime() {
          if (this.char === CHAR_0) {
            this.consume();
            return this.next(this.parseNumberBaseOrDateTime);
          } else {
            return this.goto(this.parseNumberOrDateTimeOnly);
          }
        }
        parseNumberOrDateTimeOnly() {
          if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnder, this.parseNumberInteger);
          } else if (isDigit(this.char)) {
            this.consume();
            if (this.state.buf.length > 4) this.next(this.parseNumberInteger);
          } else if (this.char === CHAR_E || this.char === CHAR_e) {
            this.consume();
            return this.next(this.parseNumberExponentSign);
          } else if (this.char === CHAR_PERIOD) {
            this.consume();
            return this.call(this.parseNoUnder, this.parseNumberFloat);
          } else if (this.char === CHAR_HYPHEN) {
            return this.goto(this.parseDateTime);
          } else if (this.char === CHAR_COLON) {
            return this.goto(this.parseOnlyTimeHour);
          } else {
            return this.returnNow(Integer(this.state.buf));
          }
        }
        parseDateTimeOnly() {
          if (this.state.buf.length < 4) {
            if (isDigit(this.char)) {
              return this.consume();
            } else if (this.char === CHAR_COLON) {
              return this.goto(this.parseOnlyTimeHour);
            } else {
              throw this.error(new TomlError("Expected digit while parsing year part of a date"));
            }
          } else {
            if (this.char === CHAR_HYPHEN) {
              return this.goto(this.parseDateTime);
            } else {
              throw this.error(new TomlError("Expected hyphen (-) while parsing year part of date"));
            }
          }
        }
        parseNumberBaseOrDateTime() {
          if (this.char === CHAR_b) {
            this.consume();
            return this.call(this.parseNoUnderHexOctBinLiteral, this.parseIntegerBin);
          } else if (this.char === CHAR_o) {
            this.consume();
            return this.call(this.parseNoUnderHexOctBinLiteral, this.parseIntegerOct);
          } else if (this.char === CHAR_x) {
            this.consume();
            return this.call(this.parseNoUnderHexOctBinLiteral, this.parseIntegerHex);
          } else if (this.char === CHAR_PERIOD) {
            return this.goto(this.parseNumberInteger);
          } else if (isDigit(this.char)) {
            return this.goto(this.parseDateTimeOnly);
          } else {
            return this.returnNow(Integer(this.state.buf));
          }
        }
        parseIntegerHex() {
          if (isHexit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnderHexOctBinLiteral);
          } else {
            const result = Integer(this.state.buf);
            if (result.isNaN()) {
              throw this.error(new TomlError("Invalid number"));
            } else {
              return this.returnNow(result);
            }
          }
        }
        parseIntegerOct() {
          if (isOctit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnderHexOctBinLiteral);
          } else {
            const result = Integer(this.state.buf);
            if (result.isNaN()) {
              throw this.error(new TomlError("Invalid number"));
            } else {
              return this.returnNow(result);
            }
          }
        }
        parseIntegerBin() {
          if (isBit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnderHexOctBinLiteral);
          } else {
            const result = Integer(this.state.buf);
            if (result.isNaN()) {
              throw this.error(new TomlError("Invalid number"));
            } else {
              return this.returnNow(result);
            }
          }
        }
        /* DATETIME */
        parseDateTime() {
          if (this.state.buf.length < 4) {
            throw this.error(new TomlError("Years less than 1000 must be zero padded to four characters"));
          }
          this.state.result = this.state.buf;
          this.state.buf = "";
          return this.next(this.parseDateMonth);
        }
        parseDateMonth() {
          if (this.char === CHAR_HYPHEN) {
            if (this.state.buf.length < 2) {
              throw this.error(new TomlError("Months less than 10 must be zero padded to two characters"));
            }
            this.state.result += "-" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseDateDay);
          } else if (isDigit(this.char)) {
            this.consume();
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseDateDay() {
          if (this.char === CHAR_T || this.char === CHAR_SP) {
            if (this.state.buf.length < 2) {
              throw this.error(new TomlError("Days less than 10 must be zero padded to two characters"));
            }
            this.state.result += "-" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseStartTimeHour);
          } else if (this.atEndOfWord()) {
            return this.returnNow(createDate(this.state.result + "-" + this.state.buf));
          } else if (isDigit(this.char)) {
            this.consume();
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseStartTimeHour() {
          if (this.atEndOfWord()) {
            return this.returnNow(createDate(this.state.result));
          } else {
            return this.goto(this.parseTimeHour);
          }
        }
        parseTimeHour() {
          if (this.char === CHAR_COLON) {
            if (this.state.buf.length < 2) {
              throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));
            }
            this.state.result += "T" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseTimeMin);
          } else if (isDigit(this.char)) {
            this.consume();
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseTimeMin() {
          if (this.state.buf.length < 2 && isDigit(this.char)) {
            this.consume();
          } else if (this.state.buf.length === 2 && this.char === CHAR_COLON) {
            this.state.result += ":" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseTimeSec);
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseTimeSec() {
          if (isDigit(this.char)) {
            this.consume();
            if (this.state.buf.length === 2) {
              this.state.result += ":" + this.state.buf;
              this.state.buf = "";
              return this.next(this.parseTimeZoneOrFraction);
            }
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseOnlyTimeHour() {
          if (this.char === CHAR_COLON) {
            if (this.state.buf.length < 2) {
              throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));
            }
            this.state.result = this.state.buf;
            this.state.buf = "";
            return this.next(this.parseOnlyTimeMin);
          } else {
            throw this.error(new TomlError("Incomplete time"));
          }
        }
        parseOnlyTimeMin() {
          if (this.state.buf.length < 2 && isDigit(this.char)) {
            this.consume();
          } else if (this.state.buf.length === 2 && this.char === CHAR_COLON) {
            this.state.result += ":" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseOnlyTimeSec);
          } else {
            throw this.error(new TomlError("Incomplete time"));
          }
        }
        parseOnlyTimeSec() {
          if (isDigit(this.char)) {
            this.consume();
            if (this.state.buf.length === 2) {
              return this.next(this.parseOnlyTimeFractionMaybe);
            }
          } else {
            throw this.error(new TomlError("Incomplete time"));
          }
        }
        parseOnlyTimeFractionMaybe() {
          this.state.result += ":" + this.state.buf;
          if (this.char === CHAR_PERIOD) {
            this.state.buf = "";
            this.next(this.parseOnlyTimeFraction);
          } else {
            return this.return(createTime(this.state.result));
          }
        }
        parseOnlyTimeFraction() {
          if (isDigit(this.char)) {
            this.consume();
          } else if (this.atEndOfWord()) {
            if (this.state.buf.length === 0) throw this.error(new TomlError("Expected digit in milliseconds"));
            return this.returnNow(createTime(this.state.result + "." + this.state.buf));
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"));
          }
        }
        parseTimeZoneOrFraction() {
          if (this.char === CHAR_PERIOD) {
            this.consume();
            this.next(this.parseDateTimeFraction);
          } else if (this.char === CHAR_HYPHEN || this.char === CHAR_PLUS) {
            this.consume();
            this.next(this.parseTimeZoneHour);
          } else if (this.char === CHAR_Z) {
            this.consume();
            return this.return(createDateTime(this.state.result + this.state.buf));
          } else if (this.atEndOfWord()) {
            return this.returnNow(createDateTimeFloat(this.state.result + this.state.buf));
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"));
          }
        }
        parseDateTimeFraction() {
          if (isDigit(this.char)) {
            this.consume();
          } else if (this.state.buf.length === 1) {
            throw this.error(new TomlError("Expected digit in milliseconds"));
          } else if (this.char === CHAR_HYPHEN || this.char === CHAR_PLUS) {
            this.consume();
            this.next(this.parseTimeZoneHour);
          } else if (this.char === CHAR_Z) {
            this.consume();
            return this.return(createDateTime(this.state.result + this.state.buf));
          } else if (this.atEndOfWord()) {
            return this.returnNow(createDateTimeFloat(this.state.result + this.state.buf));
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"));
          }
        }
        parseTimeZoneHour() {
          if (isDigit(this.char)) {
            this.consume();
            if (/\d\d$/.test(this.state.buf)) return this.next(this.parseTimeZoneSep);
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected digit"));
          }
        }
        parseTimeZoneSep() {
          if (this.char === CHAR_COLON) {
            this.consume();
            this.next(this.parseTimeZoneMin);
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected colon"));
          }
        }
        parseTimeZoneMin() {
          if (isDigit(this.char)) {
            this.consume();
            if (/\d\d$/.test(this.state.buf)) return this.return(createDateTime(this.state.result + this.state.buf));
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected digit"));
          }
        }
        /* BOOLEAN */
        parseBoolean() {
          if (this.char === CHAR_t) {
            this.consume();
            return this.next(this.parseTrue_r);
          } else if (this.char === CHAR_f) {
            this.consume();
            return this.next(this.parseFalse_a);
          }
        }
        parseTrue_r() {
          if (this.char === CHAR_r) {
            this.consume();
            return this.next(this.parseTrue_u);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseTrue_u() {
          if (this.char === CHAR_u) {
            this.consume();
            return this.next(this.parseTrue_e);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseTrue_e() {
          if (this.char === CHAR_e) {
            return this.return(true);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseFalse_a() {
          if (this.char === CHAR_a) {
            this.consume();
            return this.next(this.parseFalse_l);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseFalse_l() {
          if (this.char === CHAR_l) {
            this.consume();
            return this.next(this.parseFalse_s);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseFalse_s() {
          if (this.char === CHAR_s) {
            this.consume();
            return this.next(this.parseFalse_e);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseFalse_e() {
          if (this.char === CHAR_e) {
            return this.return(false);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        /* INLINE LISTS */
        parseInlineList() {
          if (this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M || this.char === CTRL_J) {
            return null;
          } else if (this.char === Parser.END) {
            throw this.error(new TomlError("Unterminated inline array"));
          } else if (this.char === CHAR_NUM) {
            return this.call(this.parseComment);
          } else if (this.char === CHAR_RSQB) {
            return this.return(this.state.resultArr || InlineList());
          } else {
            return this.callNow(this.parseValue, this.recordInlineListValue);
          }
        }
        recordInlineListValue(value) {
          if (this.state.resultArr) {
            const listType = this.state.resultArr[_contentType];
            const valueType = tomlType(value);
            if (listType !== valueType) {
              throw this.error(new TomlError(`Inline lists must be a single type, not a mix of ${listType} and ${valueType}`));
            }
          } else {
            this.state.resultArr = InlineList(tomlType(value));
          }
          if (isFloat(value) || isInteger(value)) {
            this.state.resultArr.push(value.valueOf());
          } else {
            this.state.resultArr.push(value);
          }
          return this.goto(this.parseInlineListNext);
        }
        parseInlineListNext() {
          if (this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M || this.char === CTRL_J) {
            return null;
          } else if (this.char === CHAR_NUM) {
            return this.call(this.parseComment);
          } else if (this.char === CHAR_COMMA) {
            return this.next(this.parseInlineList);
          } else if (this.char === CHAR_RSQB) {
            return this.goto(this.parseInlineList);
          } else {
            throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"));
          }
        }
        /* INLINE TABLE */
        parseInlineTable() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === Parser.END || this.char === CHAR_NUM || this.char === CTRL_J || this.char === CTRL_M) {
            throw this.error(new TomlError("Unterminated inline array"));
          } else if (this.char === CHAR_RCUB) {
            return this.return(this.state.resultTable || InlineTable());
          } else {
            if (!this.state.resultTable) this.state.resultTable = InlineTable();
            return this.callNow(this.parseAssign, this.recordInlineTableValue);
          }
        }
        recordInlineTableValue(kv) {
          let target = this.state.resultTable;
          let finalKey = kv.key.pop();
          for (let kw of kv.key) {
            if (hasKey(target, kw) && (!isTable(target[kw]) || target[kw][_declared])) {
              throw this.error(new TomlError("Can't redefine existing key"));
            }
            target = target[kw] = target[kw] || Table();
          }
          if (hasKey(target, finalKey)) {
            throw this.error(new TomlError("Can't redefine existing key"));
          }
          if (isInteger(kv.value) || isFloat(kv.value)) {
            target[finalKey] = kv.value.valueOf();
          } else {
            target[finalKey] = kv.value;
          }
          return this.goto(this.parseInlineTableNext);
        }
        parseInlineTableNext() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === Parser.END || this.char === CHAR_NUM || this.char === CTRL_J || this.char === CTRL_M) {
            throw this.error(new TomlError("Unterminated inline array"));
          } else if (this.char === CHAR_COMMA) {
            return this.next(this.parseInlineTable);
          } else if (this.char === CHAR_RCUB) {
            return this.goto(this.parseInlineTable);
          } else {
            throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"));
          }
        }
      }
      return TOMLParser;
    }
  }
});

// node_modules/@iarna/toml/parse-pretty-error.js
var require_parse_pretty_error = __commonJS({
  "node_modules/@iarna/toml/parse-pretty-error.js"(exports2, module2) {
    "use strict";
    module2.exports = prettyError;
    function prettyError(err, buf) {
      if (err.pos == null || err.line == null) return err;
      let msg = err.message;
      msg += ` at row ${err.line + 1}, col ${err.col + 1}, pos ${err.pos}:
`;
      if (buf && buf.split) {
        const lines = buf.split(/\n/);
        const lineNumWidth = String(Math.min(lines.length, err.line + 3)).length;
        let linePadding = " ";
        while (linePadding.length < lineNumWidth) linePadding += " ";
        for (let ii = Math.max(0, err.line - 1); ii < Math.min(lines.length, err.line + 2); ++ii) {
          let lineNum = String(ii + 1);
          if (lineNum.length < lineNumWidth) lineNum = " " + lineNum;
          if (err.line === ii) {
            msg += lineNum + "> " + lines[ii] + "\n";
            msg += linePadding + "  ";
            for (let hh = 0; hh < err.col; ++hh) {
              msg += " ";
            }
            msg += "^\n";
          } else {
            msg += lineNum + ": " + lines[ii] + "\n";
          }
        }
      }
      err.message = msg + "\n";
      return err;
    }
  }
});

// node_modules/@iarna/toml/parse-string.js
var require_parse_string = __commonJS({
  "node_modules/@iarna/toml/parse-string.js"(exports2, module2) {
    "use strict";
    module2.exports = parseString;
    var TOMLParser = require_toml_parser();
    var prettyError = require_parse_pretty_error();
    function parseString(str) {
      if (global.Buffer && global.Buffer.isBuffer(str)) {
        str = str.toString("utf8");
      }
      const parser = new TOMLParser();
      try {
        parser.parse(str);
        return parser.finish();
      } catch (err) {
        throw prettyError(err, str);
      }
    }
  }
});

// node_modules/@iarna/toml/parse-async.js
var require_parse_async = __commonJS({
  "node_modules/@iarna/toml/parse-async.js"(exports2, module2) {
    "use strict";
    module2.exports = parseAsync;
    var TOMLParser = require_toml_parser();
    var prettyError = require_parse_pretty_error();
    function parseAsync(str, opts) {
      if (!opts) opts = {};
      const index = 0;
      const blocksize = opts.blocksize || 40960;
      const parser = new TOMLParser();
      return new Promise((resolve, reject) => {
        setImmediate(parseAsyncNext, index, blocksize, resolve, reject);
      });
      function parseAsyncNext(index2, blocksize2, resolve, reject) {
        if (index2 >= str.length) {
          try {
            return resolve(parser.finish());
          } catch (err) {
            return reject(prettyError(err, str));
          }
        }
        try {
          parser.parse(str.slice(index2, index2 + blocksize2));
          setImmediate(parseAsyncNext, index2 + blocksize2, blocksize2, resolve, reject);
        } catch (err) {
          reject(prettyError(err, str));
        }
      }
    }
  }
});

// node_modules/@iarna/toml/parse-stream.js
var require_parse_stream = __commonJS({
  "node_modules/@iarna/toml/parse-stream.js"(exports2, module2) {
    "use strict";
    module2.exports = parseStream;
    var stream = __require("stream");
    var TOMLParser = require_toml_parser();
    function parseStream(stm) {
      if (stm) {
        return parseReadable(stm);
      } else {
        return parseTransform(stm);
      }
    }
    function parseReadable(stm) {
      const parser = new TOMLParser();
      stm.setEncoding("utf8");
      return new Promise((resolve, reject) => {
        let readable;
        let ended = false;
        let errored = false;
        function finish() {
          ended = true;
          if (readable) return;
          try {
            resolve(parser.finish());
          } catch (err) {
            reject(err);
          }
        }
        function error(err) {
          errored = true;
          reject(err);
        }
        stm.once("end", finish);
        stm.once("error", error);
        readNext();
        function readNext() {
          readable = true;
          let data;
          while ((data = stm.read()) !== null) {
            try {
              parser.parse(data);
            } catch (err) {
              return error(err);
            }
          }
          readable = false;
          if (ended) return finish();
          if (errored) return;
          stm.once("readable", readNext);
        }
      });
    }
    function parseTransform() {
      const parser = new TOMLParser();
      return new stream.Transform({
        objectMode: true,
        transform(chunk, encoding, cb) {
          try {
            parser.parse(chunk.toString(encoding));
          } catch (err) {
            this.emit("error", err);
          }
          cb();
        },
        flush(cb) {
          try {
            this.push(parser.finish());
          } catch (err) {
            this.emit("error", err);
          }
          cb();
        }
      });
    }
  }
});

// node_modules/@iarna/toml/parse.js
var require_parse = __commonJS({
  "node_modules/@iarna/toml/parse.js"(exports2, module2) {
    "use strict";
    module2.exports = require_parse_string();
    module2.exports.async = require_parse_async();
    module2.exports.stream = require_parse_stream();
    module2.exports.prettyError = require_parse_pretty_error();
  }
});

// node_modules/@iarna/toml/stringify.js
var require_stringify = __commonJS({
  "node_modules/@iarna/toml/stringify.js"(exports2, module2) {
    "use strict";
    module2.exports = stringify;
    module2.exports.value = stringifyInline;
    function stringify(obj) {
      if (obj === null) throw typeError("null");
      if (obj === void 0) throw typeError("undefined");
      if (typeof obj !== "object") throw typeError(typeof obj);
      if (typeof obj.toJSON === "function") obj = obj.toJSON();
      if (obj == null) return null;
      const type = tomlType2(obj);
      if (type !== "table") throw typeError(type);
      return stringifyObject("", "", obj);
    }
    function typeError(type) {
      return new Error("Can only stringify objects, not " + type);
    }
    function arrayOneTypeError() {
      return new Error("Array values can't have mixed types");
    }
    function getInlineKeys(obj) {
      return Object.keys(obj).filter((key) => isInline(obj[key]));
    }
    function getComplexKeys(obj) {
      return Object.keys(obj).filter((key) => !isInline(obj[key]));
    }
    function toJSON(obj) {
      let nobj = Array.isArray(obj) ? [] : Object.prototype.hasOwnProperty.call(obj, "__proto__") ? { ["__proto__"]: void 0 } : {};
      for (let prop of Object.keys(obj)) {
        if (obj[prop] && typeof obj[prop].toJSON === "function" && !("toISOString" in obj[prop])) {
          nobj[prop] = obj[prop].toJSON();
        } else {
          nobj[prop] = obj[prop];
        }
      }
      return nobj;
    }
    function stringifyObject(prefix, indent, obj) {
      obj = toJSON(obj);
      var inlineKeys;
      var complexKeys;
      inlineKeys = getInlineKeys(obj);
      complexKeys = getComplexKeys(obj);
      var result = [];
      var inlineIndent = indent || "";
      inlineKeys.forEach((key) => {
        var type = tomlType2(obj[key]);
        if (type !== "undefined" && type !== "null") {
          result.push(inlineIndent + stringifyKey(key) + " = " + stringifyAnyInline(obj[key], true));
        }
      });
      if (result.length > 0) result.push("");
      var complexIndent = prefix && inlineKeys.length > 0 ? indent + "  " : "";
      complexKeys.forEach((key) => {
        result.push(stringifyComplex(prefix, complexIndent, key, obj[key]));
      });
      return result.join("\n");
    }
    function isInline(value) {
      switch (tomlType2(value)) {
        case "undefined":
        case "null":
        case "integer":
        case "nan":
        case "float":
        case "boolean":
        case "string":
        case "datetime":
          return true;
        case "array":
          return value.length === 0 || tomlType2(value[0]) !== "table";
        case "table":
          return Object.keys(value).length === 0;
        /* istanbul ignore next */
        default:
          return false;
      }
    }
    function tomlType2(value) {
      if (value === void 0) {
        return "undefined";
      } else if (value === null) {
        return "null";
      } else if (typeof value === "bigint" || Number.isInteger(value) && !Object.is(value, -0)) {
        return "integer";
      } else if (typeof value === "number") {
        return "float";
      } else if (typeof value === "boolean") {
        return "boolean";
      } else if (typeof value === "string") {
        return "string";
      } else if ("toISOString" in value) {
        return isNaN(value) ? "undefined" : "datetime";
      } else if (Array.isArray(value)) {
        return "array";
      } else {
        return "table";
      }
    }
    function stringifyKey(key) {
      var keyStr = String(key);
      if (/^[-A-Za-z0-9_]+$/.test(keyStr)) {
        return keyStr;
      } else {
        return stringifyBasicString(keyStr);
      }
    }
    function stringifyBasicString(str) {
      return '"' + escapeString(str).replace(/"/g, '\\"') + '"';
    }
    function stringifyLiteralString(str) {
      return "'" + str + "'";
    }
    function numpad(num, str) {
      while (str.length < num) str = "0" + str;
      return str;
    }
    function escapeString(str) {
      return str.replace(/\\/g, "\\\\").replace(/[\b]/g, "\\b").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\f/g, "\\f").replace(/\r/g, "\\r").replace(/([\u0000-\u001f\u007f])/, (c) => "\\u" + numpad(4, c.codePointAt(0).toString(16)));
    }
    function stringifyMultilineString(str) {
      let escaped = str.split(/\n/).map((str2) => {
        return escapeString(str2).replace(/"(?="")/g, '\\"');
      }).join("\n");
      if (escaped.slice(-1) === '"') escaped += "\\\n";
      return '"""\n' + escaped + '"""';
    }
    function stringifyAnyInline(value, multilineOk) {
      let type = tomlType2(value);
      if (type === "string") {
        if (multilineOk && /\n/.test(value)) {
          type = "string-multiline";
        } else if (!/[\b\t\n\f\r']/.test(value) && /"/.test(value)) {
          type = "string-literal";
        }
      }
      return stringifyInline(value, type);
    }
    function stringifyInline(value, type) {
      if (!type) type = tomlType2(value);
      switch (type) {
        case "string-multiline":
          return stringifyMultilineString(value);
        case "string":
          return stringifyBasicString(value);
        case "string-literal":
          return stringifyLiteralString(value);
        case "integer":
          return stringifyInteger(value);
        case "float":
          return stringifyFloat(value);
        case "boolean":
          return stringifyBoolean(value);
        case "datetime":
          return stringifyDatetime(value);
        case "array":
          return stringifyInlineArray(value.filter((_) => tomlType2(_) !== "null" && tomlType2(_) !== "undefined" && tomlType2(_) !== "nan"));
        case "table":
          return stringifyInlineTable(value);
        /* istanbul ignore next */
        default:
          throw typeError(type);
      }
    }
    function stringifyInteger(value) {
      return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, "_");
    }
    function stringifyFloat(value) {
      if (value === Infinity) {
        return "inf";
      } else if (value === -Infinity) {
        return "-inf";
      } else if (Object.is(value, NaN)) {
        return "nan";
      } else if (Object.is(value, -0)) {
        return "-0.0";
      }
      var chunks = String(value).split(".");
      var int = chunks[0];
      var dec = chunks[1] || 0;
      return stringifyInteger(int) + "." + dec;
    }
    function stringifyBoolean(value) {
      return String(value);
    }
    function stringifyDatetime(value) {
      return value.toISOString();
    }
    function isNumber(type) {
      return type === "float" || type === "integer";
    }
    function arrayType(values) {
      var contentType = tomlType2(values[0]);
      if (values.every((_) => tomlType2(_) === contentType)) return contentType;
      if (values.every((_) => isNumber(tomlType2(_)))) return "float";
      return "mixed";
    }
    function validateArray(values) {
      const type = arrayType(values);
      if (type === "mixed") {
        throw arrayOneTypeError();
      }
      return type;
    }
    function stringifyInlineArray(values) {
      values = toJSON(values);
      const type = validateArray(values);
      var result = "[";
      var stringified = values.map((_) => stringifyInline(_, type));
      if (stringified.join(", ").length > 60 || /\n/.test(stringified)) {
        result += "\n  " + stringified.join(",\n  ") + "\n";
      } else {
        result += " " + stringified.join(", ") + (stringified.length > 0 ? " " : "");
      }
      return result + "]";
    }
    function stringifyInlineTable(value) {
      value = toJSON(value);
      var result = [];
      Object.keys(value).forEach((key) => {
        result.push(stringifyKey(key) + " = " + stringifyAnyInline(value[key], false));
      });
      return "{ " + result.join(", ") + (result.length > 0 ? " " : "") + "}";
    }
    function stringifyComplex(prefix, indent, key, value) {
      var valueType = tomlType2(value);
      if (valueType === "array") {
        return stringifyArrayOfTables(prefix, indent, key, value);
      } else if (valueType === "table") {
        return stringifyComplexTable(prefix, indent, key, value);
      } else {
        throw typeError(valueType);
      }
    }
    function stringifyArrayOfTables(prefix, indent, key, values) {
      values = toJSON(values);
      validateArray(values);
      var firstValueType = tomlType2(values[0]);
      if (firstValueType !== "table") throw typeError(firstValueType);
      var fullKey = prefix + stringifyKey(key);
      var result = "";
      values.forEach((table) => {
        if (result.length > 0) result += "\n";
        result += indent + "[[" + fullKey + "]]\n";
        result += stringifyObject(fullKey + ".", indent, table);
      });
      return result;
    }
    function stringifyComplexTable(prefix, indent, key, value) {
      var fullKey = prefix + stringifyKey(key);
      var result = "";
      if (getInlineKeys(value).length > 0) {
        result += indent + "[" + fullKey + "]\n";
      }
      return result + stringifyObject(fullKey + ".", indent, value);
    }
  }
});

// node_modules/@iarna/toml/toml.js
var require_toml = __commonJS({
  "node_modules/@iarna/toml/toml.js"(exports2) {
    "use strict";
    exports2.parse = require_parse();
    exports2.stringify = require_stringify();
  }
});

// node_modules/ini/lib/ini.js
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports2, module2) {
    var { hasOwnProperty: hasOwnProperty2 } = Object.prototype;
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
          if (!hasOwnProperty2.call(p, key)) {
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
        if (!hasOwnProperty2.call(out, k) || typeof out[k] !== "object" || Array.isArray(out[k])) {
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
          if (!hasOwnProperty2.call(p, part) || typeof p[part] !== "object") {
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

// builtin:url
var require_url = __commonJS({
  "builtin:url"(exports2, module2) {
    module2.exports = __require("node:url");
  }
});

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

// src/core/refresh-plan.ts
var RUN_BUDGET_MS = 17e4;
var VALID_MARGIN_MS = 6e4;
var STS_PROBE_MS = 4e3;
var WAIT_POLL_MS = 250;
var WAIT_REPORT_MS = 1e4;
var RECENT_FAILURE_MS = 15e3;
function makeBudget(start, env) {
  const raw = Number(env.CC_KEEPALIVE_DEADLINE_MS);
  const total = Number.isInteger(raw) && raw >= 1e3 && raw <= RUN_BUDGET_MS ? raw : RUN_BUDGET_MS;
  return { start, end: start + total, reserveMs: Math.min(8e3, Math.floor(total / 10)) };
}
function loginTimeoutMs(b, now, loginTimeoutSeconds) {
  return Math.max(0, Math.min(loginTimeoutSeconds * 1e3, b.end - b.reserveMs - now));
}
function diskState(creds, now) {
  if (!creds.ok) return { kind: "missing", error: creds.error };
  const { expiresAt, reason } = creds.value.expiry;
  if (expiresAt === null) return { kind: "unknown", creds: creds.value, reason };
  const remainingMs = expiresAt - now;
  return remainingMs > VALID_MARGIN_MS ? { kind: "valid", expiresAt, remainingMs } : { kind: "expired", expiresAt, remainingMs };
}
var failed = (l) => l.timedOut || l.exitCode !== 0;
function firstStep(i) {
  if (i.disk.kind === "valid") return { do: "done" };
  if (i.disk.kind === "unknown") return { do: "probe" };
  return afterProbe(i);
}
function afterProbe(i) {
  if (!i.hasAutoLogin) return { do: "manual", why: "no autoLoginCmd is configured" };
  const l = i.lastLogin;
  if (l && failed(l) && i.now - l.endedAt < RECENT_FAILURE_MS && i.now >= l.endedAt) {
    return { do: "manual", why: `the auto-login failed ${Math.max(1, Math.round((i.now - l.endedAt) / 1e3))} s ago (${describeLogin(l)})` };
  }
  return { do: "login" };
}
function waitStep(i) {
  if (i.diskValid) return { do: "done" };
  if (i.now >= i.budget.end - i.budget.reserveMs) {
    return { do: "give-up", why: `the other session's login did not finish within ${Math.round((i.now - i.budget.start) / 1e3)} s` };
  }
  if (i.lock.state === "held") return { do: "wait" };
  const l = i.lastLogin;
  if (l && l.endedAt >= i.waitingSince) {
    const who = l.trigger === "hook" ? "the background auto-login" : l.trigger === "cli" ? "the login started with /aws-keepalive login" : "the auto-login in another session";
    return { do: "holder-failed", why: failed(l) ? `${who} failed (${describeLogin(l)})` : `${who} finished, but the credentials are still not valid` };
  }
  return { do: "acquire" };
}
function describeLogin(l) {
  const how = l.timedOut ? `timed out after ${Math.round((l.endedAt - l.startedAt) / 1e3)} s` : l.exitCode === null ? "was killed" : `exit code ${l.exitCode}`;
  const last = l.outputTail[l.outputTail.length - 1];
  return last ? `${how}; last output: ${last}` : how;
}
var refreshedMessage = (remainingMs) => remainingMs === null ? "Credentials refreshed (confirmed by STS; the login tool records no expiry). Retrying\u2026" : `Credentials refreshed (valid for ${formatDuration(remainingMs)}). Retrying\u2026`;
var waitingMessage = (pid, elapsedMs, trigger) => `waiting for the ${trigger === "hook" ? "auto-login started in the background" : trigger === "cli" ? "login started with /aws-keepalive login" : "login started by another session"}${pid ? ` (pid ${pid})` : ""}, ${Math.round(elapsedMs / 1e3)} s\u2026`;
function manualMessage(i) {
  const d = i.disk;
  const state = d.kind === "missing" ? d.error.message : d.kind === "unknown" ? `the credentials of AWS profile "${i.profile}" could not be confirmed (no expiry recorded)` : d.remainingMs <= 0 ? `AWS credentials for profile "${i.profile}" expired ${formatDuration(-d.remainingMs)} ago` : `AWS credentials for profile "${i.profile}" expire in under a minute`;
  return [`${state}; ${i.why}.`, `To continue, in another terminal ${i.loginHint} \u2014 Claude Code retries on your next message.`];
}

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
function profileStem(name) {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40);
  if (safe === name) return safe;
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return `${safe}-${h.toString(16).padStart(8, "0")}`;
}

// src/io/config-file.ts
var import_node_fs = __toESM(require_fs(), 1);

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
    const st = (0, import_node_fs.statSync)(file);
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

// src/io/refresh-flow.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/errors.ts
var ok = (value) => ({ ok: true, value });
var fail = (code, message, hint) => ({
  ok: false,
  error: { code, message, hint }
});

// builtin:crypto
var m;
var load = () => m ??= __require("node:crypto");
function createHash(...a) {
  return new.target ? Reflect.construct(load().createHash, a, new.target) : load().createHash(...a);
}
function createHmac(...a) {
  return new.target ? Reflect.construct(load().createHmac, a, new.target) : load().createHmac(...a);
}
function randomBytes(...a) {
  return new.target ? Reflect.construct(load().randomBytes, a, new.target) : load().randomBytes(...a);
}
var crypto_default = new Proxy({}, { get: (_, k) => load()[k] });

// src/core/sts-plan.ts
var STS_CACHE_TTL_MS = 2 * 6e4;
var nonEmpty2 = (v) => typeof v === "string" && v.trim() !== "";
function regionFromAwsConfig(ini, profile) {
  if (!ini) return null;
  const names = profile === "default" ? ["default", "profile default"] : [`profile ${profile}`, profile];
  for (const name of names) {
    const keys = ini.sections.get(name);
    const hit = keys && Object.entries(keys).find(([k]) => k.toLowerCase() === "region");
    if (hit && hit[1].trim()) return hit[1].trim();
  }
  return null;
}
function stsTarget(env, configIni, profile) {
  const fromConfig = regionFromAwsConfig(configIni, profile);
  const [region, regionFrom] = nonEmpty2(env.AWS_REGION) ? [env.AWS_REGION.trim(), "AWS_REGION"] : nonEmpty2(env.AWS_DEFAULT_REGION) ? [env.AWS_DEFAULT_REGION.trim(), "AWS_DEFAULT_REGION"] : fromConfig ? [fromConfig, `region of profile "${profile}" in ~/.aws/config`] : ["us-east-1", "no region configured, us-east-1"];
  for (const name of ["AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL"]) {
    const v = env[name];
    if (!nonEmpty2(v)) continue;
    try {
      return { url: new URL(v.trim()), region, reason: `${name}, region from ${regionFrom}` };
    } catch {
    }
  }
  const suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return { url: new URL(`https://sts.${region}.${suffix}/`), region, reason: `regional endpoint, region from ${regionFrom}` };
}
var REJECTED = /* @__PURE__ */ new Set([
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "SignatureDoesNotMatch",
  "InvalidAccessKeyId",
  "AccessDenied",
  "TokenRefreshRequired"
]);
function classifyStsResponse(status, body) {
  if (status === 200 && /<GetCallerIdentityResult>/.test(body)) return { verdict: "valid", reason: "STS accepted the credentials" };
  const code = /<Code>([^<]{1,80})<\/Code>/.exec(body)?.[1];
  if (code && REJECTED.has(code)) return { verdict: "invalid", reason: `STS rejected the credentials (${code})` };
  if ((status === 403 || status === 401) && !code) return { verdict: "invalid", reason: `STS rejected the credentials (HTTP ${status})` };
  return { verdict: "unknown", reason: `STS answered HTTP ${status}${code ? ` ${code}` : ""}` };
}
function credentialFingerprint(accessKeyId) {
  return createHash("sha256").update(`cc-aws-keepalive:${accessKeyId}`).digest("hex").slice(0, 16);
}

// builtin:child_process
var m2;
var load2 = () => m2 ??= __require("node:child_process");
function spawn(...a) {
  return new.target ? Reflect.construct(load2().spawn, a, new.target) : load2().spawn(...a);
}
function spawnSync(...a) {
  return new.target ? Reflect.construct(load2().spawnSync, a, new.target) : load2().spawnSync(...a);
}
var child_process_default = new Proxy({}, { get: (_, k) => load2()[k] });

// src/core/aws-config.ts
var lowerKeys = (o) => o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v.trim()])) : void 0;
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

// src/core/redact.ts
var ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]/g;
var stripAnsi = (s) => s.replace(ANSI, "");
var KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g;
var NAMED = /\b([\w-]*(?:secret|token|password|passwd|credential)[\w-]*["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;
var BASE64_RUN = /[A-Za-z0-9+/]{32,}={0,2}/g;
var looksSecret = (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9+/]/.test(s);
function redactSecrets(s) {
  return s.replace(KEY_ID, "[redacted key id]").replace(NAMED, "$1[redacted]").replace(BASE64_RUN, (m3) => looksSecret(m3) ? "[redacted]" : m3);
}
var MAX_LINE = 300;
function cleanOutputLine(raw) {
  const line = redactSecrets(stripAnsi(raw)).trim();
  if (!line) return null;
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}\u2026` : line;
}

// src/io/aws-cli.ts
var AWS_CLI_DEADLINE_MS = 15e3;
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

// src/io/profile-source.ts
var import_node_path2 = __toESM(require_path(), 1);

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

// src/io/lock.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_os2 = __toESM(require_os(), 1);
var import_node_path3 = __toESM(require_path(), 1);

// src/core/lock-state.ts
var LOCK_WRITE_GRACE_MS = 2e3;
var LOCK_FUTURE_SKEW_MS = 5e3;
var LOCK_MAX_SPAN_MS = 18e4;
function parseLockRecord(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw;
  const int = (v) => typeof v === "number" && Number.isSafeInteger(v);
  if (!int(r.pid) || r.pid <= 0 || !int(r.startedAt) || !int(r.deadline)) return null;
  if (typeof r.host !== "string" || typeof r.profile !== "string" || typeof r.nonce !== "string") return null;
  const rec = { pid: r.pid, host: r.host, profile: r.profile, startedAt: r.startedAt, deadline: r.deadline, nonce: r.nonce };
  if (typeof r.trigger === "string") rec.trigger = r.trigger;
  return rec;
}
function decideLockState(i) {
  if (i.text === null) return { state: "free" };
  const holder = parseLockRecord(i.text);
  if (!holder) {
    return i.ageMs < LOCK_WRITE_GRACE_MS ? { state: "held", holder: null, reason: "lock file is being written" } : { state: "stale", holder: null, reason: "lock file is unreadable" };
  }
  if (holder.startedAt > i.now + LOCK_FUTURE_SKEW_MS) {
    return { state: "stale", holder, reason: `lock start time is ${Math.round((holder.startedAt - i.now) / 1e3)} s in the future` };
  }
  if (holder.deadline - holder.startedAt > LOCK_MAX_SPAN_MS || holder.deadline < holder.startedAt) {
    return { state: "stale", holder, reason: "lock deadline is out of range" };
  }
  if (i.now > holder.deadline) {
    return { state: "stale", holder, reason: `holder (pid ${holder.pid}) is ${Math.round((i.now - holder.deadline) / 1e3)} s past its deadline` };
  }
  if (holder.host === i.host && !i.isAlive(holder.pid)) {
    return { state: "stale", holder, reason: `holder (pid ${holder.pid}) is no longer running` };
  }
  return { state: "held", holder, reason: `held by pid ${holder.pid} on ${holder.host}` };
}

// src/io/lock.ts
var BREAK_STALE_MS = 1e4;
function lockPath(paths, profile) {
  return (0, import_node_path3.join)(paths.stateDir, `${profileStem(profile)}.lock`);
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function inspectLock(paths, profile, now = Date.now()) {
  const file = lockPath(paths, profile);
  return { ...readLock(file, now), file };
}
function tryAcquireLock(paths, profile, opts) {
  const file = lockPath(paths, profile);
  (0, import_node_fs2.mkdirSync)(paths.stateDir, { recursive: true, mode: 448 });
  let tookOver = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = opts.now ?? Date.now();
    const record2 = {
      pid: process.pid,
      host: (0, import_node_os2.hostname)(),
      profile,
      startedAt: now,
      deadline: opts.deadline,
      nonce: randomBytes(8).toString("hex"),
      ...opts.trigger ? { trigger: opts.trigger } : {}
    };
    if (createExclusive(file, `${JSON.stringify(record2)}
`)) {
      return { acquired: true, record: record2, tookOver, release: () => releaseIfOurs(file, record2.nonce) };
    }
    const seen = readLock(file, now);
    if (seen.state === "held") return { acquired: false, lock: seen };
    if (seen.state === "stale") {
      if (!breakStale(file, now)) {
        return { acquired: false, lock: { state: "held", holder: seen.holder, reason: "another session is taking over a stale lock" } };
      }
      tookOver = seen.reason;
    }
  }
  return { acquired: false, lock: { state: "held", holder: null, reason: "lock keeps changing hands" } };
}
function readLock(file, now) {
  let text;
  let ageMs;
  try {
    ageMs = now - (0, import_node_fs2.statSync)(file).mtimeMs;
    text = (0, import_node_fs2.readFileSync)(file, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return { state: "free" };
    return { state: "held", holder: null, reason: `cannot read ${file} (${err.code ?? "error"})` };
  }
  return decideLockState({ text, ageMs, now, host: (0, import_node_os2.hostname)(), isAlive: pidAlive });
}
function createExclusive(file, content) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, "wx", 384);
  } catch (err) {
    if (err.code === "EEXIST") return false;
    throw err;
  }
  try {
    (0, import_node_fs2.writeSync)(fd, content);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  return true;
}
function breakStale(file, now) {
  const guard = `${file}.break`;
  if (!createExclusive(guard, String(process.pid))) {
    try {
      if (now - (0, import_node_fs2.statSync)(guard).mtimeMs > BREAK_STALE_MS) (0, import_node_fs2.unlinkSync)(guard);
    } catch {
    }
    return false;
  }
  try {
    const current = readLock(file, now).state;
    if (current !== "stale") return current === "free";
    (0, import_node_fs2.unlinkSync)(file);
    return true;
  } catch (err) {
    return err.code === "ENOENT";
  } finally {
    try {
      (0, import_node_fs2.unlinkSync)(guard);
    } catch {
    }
  }
}
function releaseIfOurs(file, nonce) {
  try {
    const rec = JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8"));
    if (rec.nonce === nonce) (0, import_node_fs2.unlinkSync)(file);
  } catch {
  }
}

// src/io/login-runner.ts
var import_node_fs3 = __toESM(require_fs(), 1);
var import_node_url = __toESM(require_url(), 1);
var TAIL_LINES = 5;
var KILL_GRACE_MS = 1500;
var DRAIN_MS = 300;
function runLogin(opts) {
  const startedAt = Date.now();
  const tail = [];
  const emit = (raw) => {
    const line = cleanOutputLine(raw);
    if (line === null || line === tail[tail.length - 1]) return;
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    opts.onLine?.(line);
  };
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(opts.command, {
        shell: true,
        // /bin/sh -c on Unix; %ComSpec% /d /s /c on Windows
        env: opts.env,
        cwd: opts.cwd,
        stdio: ["ignore", "pipe", "pipe"],
        detached: process.platform !== "win32",
        // own process group: kill(-pid) reaches every descendant
        windowsHide: true
      });
    } catch (err) {
      const now = Date.now();
      resolve({ startedAt, endedAt: now, durationMs: now - startedAt, exitCode: null, timedOut: false, tail, spawnError: err.message });
      return;
    }
    const splitters = [child.stdout, child.stderr].map((stream) => {
      let partial = "";
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk) => {
        const parts = (partial + chunk).split(/\r\n|\n|\r/);
        partial = parts.pop() ?? "";
        parts.forEach(emit);
      });
      return () => {
        if (partial) emit(partial);
        partial = "";
      };
    });
    let timedOut = false;
    let done2 = false;
    let exitCode = null;
    let spawnError = null;
    const finish = () => {
      if (done2) return;
      done2 = true;
      clearTimeout(deadline);
      clearTimeout(hardStop);
      opts.signal?.removeEventListener("abort", onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      splitters.forEach((flush) => flush());
      const endedAt = Date.now();
      resolve({ startedAt, endedAt, durationMs: endedAt - startedAt, exitCode, timedOut, tail, spawnError });
    };
    let stopping = false;
    const stop = () => {
      if (stopping || done2) return;
      stopping = true;
      killTree(child, "SIGTERM");
      const termAt = Date.now();
      const poll = setInterval(() => {
        const graceOver = Date.now() - termAt >= KILL_GRACE_MS;
        if (graceOver) killTree(child, "SIGKILL");
        if (graceOver || !treeAlive(child)) {
          clearInterval(poll);
          setTimeout(finish, 50);
        }
      }, 100);
    };
    let exited = false;
    const deadline = setTimeout(() => {
      if (exited) return;
      timedOut = true;
      stop();
    }, Math.max(0, opts.timeoutMs));
    const onAbort = () => {
      stop();
      clearTimeout(hardStop);
      hardStop = setTimeout(finish, KILL_GRACE_MS + 2 * DRAIN_MS);
    };
    if (opts.signal?.aborted) queueMicrotask(onAbort);
    else opts.signal?.addEventListener("abort", onAbort, { once: true });
    let hardStop = setTimeout(finish, Math.max(0, opts.timeoutMs) + KILL_GRACE_MS + 2 * DRAIN_MS);
    child.on("error", (err) => {
      spawnError = err.message;
      finish();
    });
    child.on("exit", (code) => {
      exitCode = code;
      exited = true;
      if (!stopping) setTimeout(finish, DRAIN_MS);
    });
    child.on("close", () => {
      if (!stopping) finish();
    });
  });
}
function treeAlive(child) {
  if (child.pid === void 0 || process.platform === "win32") return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}
function killTree(child, signal) {
  if (child.pid === void 0) return;
  try {
    if (process.platform === "win32") {
      spawn("taskkill", ["/pid", String(child.pid), "/T", "/F"], { stdio: "ignore", windowsHide: true, timeout: 5e3 });
    } else {
      process.kill(-child.pid, signal);
    }
  } catch {
  }
}

// src/io/state-file.ts
var import_node_fs5 = __toESM(require_fs(), 1);
var import_node_path5 = __toESM(require_path(), 1);

// src/io/atomic-write.ts
var import_node_fs4 = __toESM(require_fs(), 1);
var import_node_path4 = __toESM(require_path(), 1);
var seq = 0;
function writeFileAtomic(file, data, mode = 384) {
  const dir = (0, import_node_path4.dirname)(file);
  (0, import_node_fs4.mkdirSync)(dir, { recursive: true, mode: 448 });
  const tmp = (0, import_node_path4.join)(dir, `.${(0, import_node_path4.basename)(file)}.${process.pid}.${Date.now().toString(36)}.${(seq++).toString(36)}.tmp`);
  const fd = (0, import_node_fs4.openSync)(tmp, "wx", mode);
  try {
    (0, import_node_fs4.writeSync)(fd, data);
    (0, import_node_fs4.fsyncSync)(fd);
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
  try {
    (0, import_node_fs4.renameSync)(tmp, file);
  } catch (err) {
    try {
      (0, import_node_fs4.unlinkSync)(tmp);
    } catch {
    }
    throw err;
  }
}

// src/io/state-file.ts
var MAX_STATE_BYTES = 256 * 1024;
function statePath(paths, profile) {
  return (0, import_node_path5.join)(paths.stateDir, `${profileStem(profile)}.json`);
}
function readState(paths, profile) {
  let text;
  try {
    text = (0, import_node_fs5.readFileSync)(statePath(paths, profile), "utf8");
  } catch {
    return {};
  }
  return parseState(text);
}
function updateState(paths, profile, fn) {
  const next = fn(readState(paths, profile));
  try {
    writeFileAtomic(statePath(paths, profile), `${JSON.stringify(next, null, 2)}
`);
  } catch {
  }
  return next;
}
function recordLogin(paths, profile, trigger, r, expiresBefore, expiresAfter) {
  const { startedAt, endedAt, exitCode, timedOut, durationMs, tail } = r;
  const lastLogin = { trigger, startedAt, endedAt, exitCode, timedOut, durationMs, outputTail: tail, expiresBefore, expiresAfter };
  updateState(paths, profile, (s) => ({ ...s, lastLogin }));
}
function parseState(text) {
  if (text.length > MAX_STATE_BYTES) return {};
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isObj(raw)) return {};
  const out = {};
  const sts = raw.sts;
  if (isObj(sts) && isNum(sts.checkedAt) && typeof sts.valid === "boolean" && typeof sts.reason === "string") {
    out.sts = { checkedAt: sts.checkedAt, valid: sts.valid, reason: sts.reason };
    if (isNum(sts.expiresAt) || sts.expiresAt === null) out.sts.expiresAt = sts.expiresAt;
    if (typeof sts.key === "string") out.sts.key = sts.key;
  }
  const l = raw.lastLogin;
  if (isObj(l) && (l.trigger === "refresh" || l.trigger === "hook" || l.trigger === "cli") && isNum(l.startedAt) && isNum(l.endedAt) && (isNum(l.exitCode) || l.exitCode === null) && typeof l.timedOut === "boolean") {
    out.lastLogin = {
      trigger: l.trigger,
      startedAt: l.startedAt,
      endedAt: l.endedAt,
      exitCode: l.exitCode,
      timedOut: l.timedOut,
      durationMs: isNum(l.durationMs) ? l.durationMs : l.endedAt - l.startedAt,
      outputTail: Array.isArray(l.outputTail) ? l.outputTail.filter((x) => typeof x === "string").slice(-10) : [],
      expiresBefore: isNum(l.expiresBefore) ? l.expiresBefore : null,
      expiresAfter: isNum(l.expiresAfter) ? l.expiresAfter : null
    };
  }
  if (isNum(raw.lastProactiveLoginAt)) out.lastProactiveLoginAt = raw.lastProactiveLoginAt;
  return out;
}
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isNum = (v) => typeof v === "number" && Number.isFinite(v);

// src/core/sigv4.ts
var sha256Hex = (data) => createHash("sha256").update(data, "utf8").digest("hex");
var hmac = (key, data) => createHmac("sha256", key).update(data, "utf8").digest();
function toAmzDate(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
var uriEncode = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function canonicalQuery(url) {
  const pairs = [...url.searchParams].map(([k, v]) => [uriEncode(k), uriEncode(v)]);
  pairs.sort(([a, av], [b, bv]) => a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0);
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}
function canonicalRequest(i) {
  const entries = Object.entries(i.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, " ")]);
  entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const signedHeaders = entries.map(([k]) => k).join(";");
  const text = [
    i.method.toUpperCase(),
    i.url.pathname || "/",
    canonicalQuery(i.url),
    entries.map(([k, v]) => `${k}:${v}
`).join(""),
    signedHeaders,
    i.payloadHash
  ].join("\n");
  return { text, signedHeaders };
}
function signV4(i) {
  const date = i.amzDate.slice(0, 8);
  const scope = `${date}/${i.region}/${i.service}/aws4_request`;
  const { text, signedHeaders } = canonicalRequest(i);
  const stringToSign = ["AWS4-HMAC-SHA256", i.amzDate, scope, sha256Hex(text)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${i.secretAccessKey}`, date), i.region), i.service), "aws4_request");
  const signature = createHmac("sha256", key).update(stringToSign, "utf8").digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

// src/io/sts.ts
var BODY = "Action=GetCallerIdentity&Version=2011-06-15";
function resolveStsTarget(env, paths, profile) {
  const r = readSmallText(paths.awsConfig, 1024 * 1024);
  return stsTarget(env, "text" in r ? parseAwsIni(r.text) : null, profile);
}
async function probeSts(creds, target, timeoutMs) {
  if (timeoutMs <= 0) return { verdict: "unknown", reason: "no time left to ask STS" };
  const headers = {
    "content-type": "application/x-www-form-urlencoded; charset=utf-8",
    host: target.url.host,
    "x-amz-date": toAmzDate(Date.now())
  };
  if (creds.sessionToken) headers["x-amz-security-token"] = creds.sessionToken;
  const authorization = signV4({
    method: "POST",
    url: target.url,
    headers,
    payloadHash: sha256Hex(BODY),
    region: target.region,
    service: "sts",
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.secretAccessKey,
    amzDate: headers["x-amz-date"]
  });
  const { host: _host, ...sent } = headers;
  try {
    const res = await fetch(target.url, {
      method: "POST",
      headers: { ...sent, authorization },
      body: BODY,
      signal: AbortSignal.timeout(timeoutMs)
    });
    const text = (await res.text()).slice(0, 64 * 1024);
    return classifyStsResponse(res.status, text);
  } catch (err) {
    const name = err instanceof Error ? err.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      return { verdict: "unknown", reason: `STS at ${target.url.host} did not answer within ${Math.round(timeoutMs / 100) / 10} s` };
    }
    const cause = err.cause?.code;
    return { verdict: "unknown", reason: `STS at ${target.url.host} is unreachable${cause ? ` (${cause})` : ""}` };
  }
}
async function probeAndCache(paths, profile, creds, env, timeoutMs) {
  const answer = await probeSts(creds, resolveStsTarget(env, paths, profile), timeoutMs);
  if (answer.verdict !== "unknown") {
    const verdict = { checkedAt: Date.now(), valid: answer.verdict === "valid", reason: answer.reason, key: credentialFingerprint(creds.accessKeyId) };
    updateState(paths, profile, (s) => ({ ...s, sts: verdict }));
  }
  return answer;
}

// src/io/refresh-flow.ts
function hintFor(ctx) {
  const p = loadProfile(ctx);
  return loginHint(ctx, p.ok ? defaultLoginFor(p.value, ctx.profile.name) : null);
}
var CLI_REUSE_MS = 3e3;
var lastCli = null;
function readCreds(ctx, env, budget) {
  const p = loadProfile(ctx);
  if (!p.ok) return p;
  if (p.value.kind === "file") return ok(p.value.creds);
  const { expiresAt } = p.value.expiry;
  if (expiresAt !== null && expiresAt <= Date.now()) return fail("EXPIRED", `the SSO token of profile "${ctx.profile.name}" has expired`, hintFor(ctx));
  if (!lastCli || Date.now() - lastCli.at > CLI_REUSE_MS) {
    const timeoutMs = Math.min(AWS_CLI_DEADLINE_MS, budget.end - Date.now());
    lastCli = { at: Date.now(), result: exportViaAwsCli(ctx.profile.name, env, hintFor(ctx), timeoutMs) };
  }
  return lastCli.result;
}
var forgetCli = () => {
  lastCli = null;
};
function makeChecker(d) {
  const verdicts = /* @__PURE__ */ new Map();
  let lastUnknown = null;
  return async () => {
    const disk = diskState(readCreds(d.ctx, d.env, d.budget), Date.now());
    if (disk.kind !== "unknown") return { valid: disk.kind === "valid", disk, why: null };
    const key = credentialFingerprint(disk.creds.accessKeyId);
    const known = verdicts.get(key);
    if (known !== void 0) return { valid: known, disk, why: null };
    if (lastUnknown?.key === key && Date.now() - lastUnknown.at < STS_PROBE_MS) return { valid: false, disk, why: lastUnknown.why };
    const left = d.budget.end - Date.now();
    const answer = await probeAndCache(d.ctx.paths, d.ctx.profile.name, disk.creds, d.env, Math.min(STS_PROBE_MS, left));
    if (answer.verdict === "unknown") lastUnknown = { key, at: Date.now(), why: answer.reason };
    else verdicts.set(key, answer.verdict === "valid");
    return { valid: answer.verdict === "valid", disk, why: answer.reason };
  };
}
var remainingOf = (disk) => disk.kind === "valid" ? disk.remainingMs : null;
async function runRefresh(d) {
  const { ctx, out } = d;
  const cfg = ctx.loaded.config;
  const check = makeChecker(d);
  const manual = (disk2, why) => {
    for (const line of manualMessage({ profile: ctx.profile.name, disk: disk2, why, loginHint: hintFor(ctx) })) out(line);
    return 1;
  };
  const hasAutoLogin = cfg.autoLoginCmd.trim() !== "";
  const state = readState(ctx.paths, ctx.profile.name);
  let disk = diskState(readCreds(ctx, d.env, d.budget), Date.now());
  let step = firstStep({ disk, hasAutoLogin, lastLogin: state.lastLogin, now: Date.now() });
  let stsWhy = "";
  if (step.do === "probe") {
    const c = await check();
    if (c.valid) return done(out, c.disk);
    disk = c.disk;
    stsWhy = c.why ?? "";
    step = afterProbe({ disk, hasAutoLogin, lastLogin: state.lastLogin, now: Date.now() });
  }
  if (step.do === "done") return done(out, disk);
  if (step.do === "manual") return manual(disk, stsWhy ? `${stsWhy}; ${step.why}` : step.why);
  for (; ; ) {
    if (d.signal.aborted) return manual(disk, "awsAuthRefresh was stopped");
    const lock = tryAcquireLock(ctx.paths, ctx.profile.name, { deadline: d.budget.end, trigger: "refresh" });
    if (lock.acquired) {
      try {
        if (lock.tookOver) out(`Took over the login lock (${lock.tookOver}).`);
        return await leadLogin(d, check, manual, "refresh");
      } finally {
        lock.release();
      }
    }
    const waited = await waitForOther(d, check, lock.lock, manual);
    if (waited !== "acquire") return waited;
  }
}
function done(out, disk) {
  out(refreshedMessage(remainingOf(disk)));
  return 0;
}
async function leadLogin(d, check, manual, trigger) {
  const { ctx, out } = d;
  const before = await check();
  if (before.valid) return done(out, before.disk);
  const timeoutMs = loginTimeoutMs(d.budget, Date.now(), ctx.loaded.config.loginTimeoutSeconds);
  out(`Credentials for AWS profile "${ctx.profile.name}" are not valid; running autoLoginCmd (up to ${Math.round(timeoutMs / 1e3)} s)\u2026`);
  const r = await runLogin({ command: ctx.loaded.config.autoLoginCmd, env: d.env, timeoutMs, signal: d.signal, onLine: (l) => out(`  ${l}`) });
  forgetCli();
  const after = await check();
  record(d, trigger, r, before.disk, after.disk);
  if (after.valid) return done(out, after.disk);
  const secs = Math.round(r.durationMs / 1e3);
  const why = r.spawnError ? `autoLoginCmd could not be started (${r.spawnError})` : r.timedOut ? `autoLoginCmd did not finish within ${secs} s and was stopped` : r.exitCode === null ? "autoLoginCmd was stopped" : r.exitCode !== 0 ? `autoLoginCmd failed (exit code ${r.exitCode})` : `autoLoginCmd finished, but ${after.why ? `the new credentials could not be confirmed (${after.why})` : "the credentials are still not valid"}`;
  return manual(after.disk, why);
}
function record(d, trigger, r, before, after) {
  const expiresAt = (s) => s.kind === "valid" || s.kind === "expired" ? s.expiresAt : null;
  recordLogin(d.ctx.paths, d.ctx.profile.name, trigger, r, expiresAt(before), expiresAt(after));
}
async function waitForOther(d, check, first, manual) {
  const { ctx, out } = d;
  const waitingSince = Math.min(first.holder?.startedAt ?? Date.now(), Date.now());
  const pid = first.holder?.pid ?? null;
  const trigger = first.holder?.trigger;
  out(waitingMessage(pid, Date.now() - waitingSince, trigger));
  let lastReport = Date.now();
  for (; ; ) {
    await sleep(WAIT_POLL_MS);
    const c = await check();
    if (d.signal.aborted) return manual(c.disk, "awsAuthRefresh was stopped");
    const now = Date.now();
    const step = waitStep({
      now,
      budget: d.budget,
      diskValid: c.valid,
      lock: inspectLock(ctx.paths, ctx.profile.name, now),
      waitingSince,
      lastLogin: readState(ctx.paths, ctx.profile.name).lastLogin
    });
    switch (step.do) {
      case "done":
        return done(out, c.disk);
      case "wait":
        if (now - lastReport >= WAIT_REPORT_MS) {
          out(waitingMessage(pid, now - waitingSince, trigger));
          lastReport = now;
        }
        break;
      case "acquire":
        return "acquire";
      case "holder-failed":
      case "give-up":
        return manual(c.disk, step.why);
    }
  }
}
async function runBackgroundLogin(d) {
  const { ctx } = d;
  const cfg = ctx.loaded.config;
  if (cfg.autoLoginCmd.trim() === "") return 0;
  const lock = tryAcquireLock(ctx.paths, ctx.profile.name, { deadline: d.budget.end, trigger: "hook" });
  if (!lock.acquired) return 0;
  try {
    const disk = diskState(readCreds(ctx, d.env, d.budget), Date.now());
    if (disk.kind === "valid" && disk.remainingMs > cfg.autoLoginMinutes * 6e4) return 0;
    const timeoutMs = loginTimeoutMs(d.budget, Date.now(), cfg.loginTimeoutSeconds);
    const r = await runLogin({ command: cfg.autoLoginCmd, env: d.env, timeoutMs, signal: d.signal });
    forgetCli();
    const after = diskState(readCreds(ctx, d.env, d.budget), Date.now());
    record(d, "hook", r, disk, after);
    return after.kind === "valid" ? 0 : 1;
  } finally {
    lock.release();
  }
}

// src/entries/auth-refresh.ts
var PREFIX = "cc-aws-keepalive: ";
var emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning, ...rest) => {
  if (/fetch api/i.test(typeof warning === "string" ? warning : warning.message)) return;
  emitWarning(warning, ...rest);
});
async function main() {
  const background = process.argv.includes("--background");
  const budget = makeBudget(Date.now(), process.env);
  const ctx = await loadContext(process.env, processPaths());
  const out = background ? () => {
  } : (line) => void process.stdout.write(`${line}
`);
  for (const w of ctx.loaded.warnings) out(`${PREFIX}${w}`);
  const stop = new AbortController();
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, () => stop.abort());
  const watchdog = setTimeout(() => {
    stop.abort();
    setTimeout(() => {
      out(`${PREFIX}awsAuthRefresh ran out of time; log in manually and send your message again.`);
      process.exit(1);
    }, 2500).unref();
  }, budget.end - Date.now());
  watchdog.unref();
  const deps = { ctx, env: process.env, budget, out, signal: stop.signal };
  return background ? runBackgroundLogin(deps) : runRefresh(deps);
}
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stdout.write(`${PREFIX}unexpected error in awsAuthRefresh: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = 1;
  }
);
