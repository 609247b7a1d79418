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

// builtin:fs
var require_fs = __commonJS({
  "builtin:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:url
var require_url = __commonJS({
  "builtin:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

// builtin:path
var require_path = __commonJS({
  "builtin:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// deferred-toml:@iarna/toml
var toml_exports = {};
__export(toml_exports, {
  parse: () => parse
});
function parse(text) {
  if (!toml) {
    const m3 = { exports: {} };
    new Function("module", "exports", "require", source)(m3, m3.exports, __require);
    toml = m3.exports;
  }
  return toml.parse(text);
}
var source, toml;
var init_toml = __esm({
  "deferred-toml:@iarna/toml"() {
    source = '"use strict";var c=(t,e)=>()=>(e||t((e={exports:{}}).exports,e),e.exports);var S=c((Pt,O)=>{"use strict";var p=class t extends Error{constructor(e,s,r){super("[ParserError] "+e,s,r),this.name="ParserError",this.code="ParserError",Error.captureStackTrace&&Error.captureStackTrace(this,t)}},R=class{constructor(e){this.parser=e,this.buf="",this.returned=null,this.result=null,this.resultTable=null,this.resultArr=null}},_=class{constructor(){this.pos=0,this.col=0,this.line=0,this.obj={},this.ctx=this.obj,this.stack=[],this._buf="",this.char=null,this.ii=0,this.state=new R(this.parseStart)}parse(e){if(e.length===0||e.length==null)return;this._buf=String(e),this.ii=-1,this.char=-1;let s;for(;s===!1||this.nextChar();)s=this.runOne();this._buf=null}nextChar(){return this.char===10&&(++this.line,this.col=-1),++this.ii,this.char=this._buf.codePointAt(this.ii),++this.pos,++this.col,this.haveBuffer()}haveBuffer(){return this.ii<this._buf.length}runOne(){return this.state.parser.call(this,this.state.returned)}finish(){this.char=1114112;let e;do e=this.state.parser,this.runOne();while(this.state.parser!==e);return this.ctx=null,this.state=null,this._buf=null,this.obj}next(e){if(typeof e!="function")throw new p("Tried to set state to non-existent state: "+JSON.stringify(e));this.state.parser=e}goto(e){return this.next(e),this.runOne()}call(e,s){s&&this.next(s),this.stack.push(this.state),this.state=new R(e)}callNow(e,s){return this.call(e,s),this.runOne()}return(e){if(this.stack.length===0)throw this.error(new p("Stack underflow"));e===void 0&&(e=this.state.buf),this.state=this.stack.pop(),this.state.returned=e}returnNow(e){return this.return(e),this.runOne()}consume(){if(this.char===1114112)throw this.error(new p("Unexpected end-of-buffer"));this.state.buf+=this._buf[this.ii]}error(e){return e.line=this.line,e.col=this.col,e.pos=this.pos,e}parseStart(){throw new p("Must declare a parseStart method")}};_.END=1114112;_.Error=p;O.exports=_});var U=c((Bt,D)=>{"use strict";D.exports=t=>{let e=new Date(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var d=c((Ft,M)=>{"use strict";M.exports=(t,e)=>{for(e=String(e);e.length<t;)e="0"+e;return e}});var B=c((Kt,P)=>{"use strict";var C=d(),E=class extends Date{constructor(e){super(e+"Z"),this.isFloating=!0}toISOString(){let e=`${this.getUTCFullYear()}-${C(2,this.getUTCMonth()+1)}-${C(2,this.getUTCDate())}`,s=`${C(2,this.getUTCHours())}:${C(2,this.getUTCMinutes())}:${C(2,this.getUTCSeconds())}.${C(3,this.getUTCMilliseconds())}`;return`${e}T${s}`}};P.exports=t=>{let e=new E(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var $=c(($t,K)=>{"use strict";var F=d(),ot=global.Date,b=class extends ot{constructor(e){super(e),this.isDate=!0}toISOString(){return`${this.getUTCFullYear()}-${F(2,this.getUTCMonth()+1)}-${F(2,this.getUTCDate())}`}};K.exports=t=>{let e=new b(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var Q=c((qt,q)=>{"use strict";var g=d(),N=class extends Date{constructor(e){super(`0000-01-01T${e}Z`),this.isTime=!0}toISOString(){return`${g(2,this.getUTCHours())}:${g(2,this.getUTCMinutes())}:${g(2,this.getUTCSeconds())}.${g(3,this.getUTCMilliseconds())}`}};q.exports=t=>{let e=new N(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var A=c((exports,module)=>{"use strict";module.exports=makeParserClass(S());module.exports.makeParserClass=makeParserClass;var TomlError=class t extends Error{constructor(e){super(e),this.name="TomlError",Error.captureStackTrace&&Error.captureStackTrace(this,t),this.fromTOML=!0,this.wrapped=null}};TomlError.wrap=t=>{let e=new TomlError(t.message);return e.code=t.code,e.wrapped=t,e};module.exports.TomlError=TomlError;var createDateTime=U(),createDateTimeFloat=B(),createDate=$(),createTime=Q(),CTRL_I=9,CTRL_J=10,CTRL_M=13,CTRL_CHAR_BOUNDARY=31,CHAR_SP=32,CHAR_QUOT=34,CHAR_NUM=35,CHAR_APOS=39,CHAR_PLUS=43,CHAR_COMMA=44,CHAR_HYPHEN=45,CHAR_PERIOD=46,CHAR_0=48,CHAR_1=49,CHAR_7=55,CHAR_9=57,CHAR_COLON=58,CHAR_EQUALS=61,CHAR_A=65,CHAR_E=69,CHAR_F=70,CHAR_T=84,CHAR_U=85,CHAR_Z=90,CHAR_LOWBAR=95,CHAR_a=97,CHAR_b=98,CHAR_e=101,CHAR_f=102,CHAR_i=105,CHAR_l=108,CHAR_n=110,CHAR_o=111,CHAR_r=114,CHAR_s=115,CHAR_t=116,CHAR_u=117,CHAR_x=120,CHAR_z=122,CHAR_LCUB=123,CHAR_RCUB=125,CHAR_LSQB=91,CHAR_BSOL=92,CHAR_RSQB=93,CHAR_DEL=127,SURROGATE_FIRST=55296,SURROGATE_LAST=57343,escapes={[CHAR_b]:"\\b",[CHAR_t]:"	",[CHAR_n]:`\n`,[CHAR_f]:"\\f",[CHAR_r]:"\\r",[CHAR_QUOT]:\'"\',[CHAR_BSOL]:"\\\\"};function isDigit(t){return t>=CHAR_0&&t<=CHAR_9}function isHexit(t){return t>=CHAR_A&&t<=CHAR_F||t>=CHAR_a&&t<=CHAR_f||t>=CHAR_0&&t<=CHAR_9}function isBit(t){return t===CHAR_1||t===CHAR_0}function isOctit(t){return t>=CHAR_0&&t<=CHAR_7}function isAlphaNumQuoteHyphen(t){return t>=CHAR_A&&t<=CHAR_Z||t>=CHAR_a&&t<=CHAR_z||t>=CHAR_0&&t<=CHAR_9||t===CHAR_APOS||t===CHAR_QUOT||t===CHAR_LOWBAR||t===CHAR_HYPHEN}function isAlphaNumHyphen(t){return t>=CHAR_A&&t<=CHAR_Z||t>=CHAR_a&&t<=CHAR_z||t>=CHAR_0&&t<=CHAR_9||t===CHAR_LOWBAR||t===CHAR_HYPHEN}var _type=Symbol("type"),_declared=Symbol("declared"),hasOwnProperty=Object.prototype.hasOwnProperty,defineProperty=Object.defineProperty,descriptor={configurable:!0,enumerable:!0,writable:!0,value:void 0};function hasKey(t,e){return hasOwnProperty.call(t,e)?!0:(e==="__proto__"&&defineProperty(t,"__proto__",descriptor),!1)}var INLINE_TABLE=Symbol("inline-table");function InlineTable(){return Object.defineProperties({},{[_type]:{value:INLINE_TABLE}})}function isInlineTable(t){return t===null||typeof t!="object"?!1:t[_type]===INLINE_TABLE}var TABLE=Symbol("table");function Table(){return Object.defineProperties({},{[_type]:{value:TABLE},[_declared]:{value:!1,writable:!0}})}function isTable(t){return t===null||typeof t!="object"?!1:t[_type]===TABLE}var _contentType=Symbol("content-type"),INLINE_LIST=Symbol("inline-list");function InlineList(t){return Object.defineProperties([],{[_type]:{value:INLINE_LIST},[_contentType]:{value:t}})}function isInlineList(t){return t===null||typeof t!="object"?!1:t[_type]===INLINE_LIST}var LIST=Symbol("list");function List(){return Object.defineProperties([],{[_type]:{value:LIST}})}function isList(t){return t===null||typeof t!="object"?!1:t[_type]===LIST}var _custom;try{let utilInspect=eval("require(\'util\').inspect");_custom=utilInspect.custom}catch(t){}var _inspect=_custom||"inspect",BoxedBigInt=class{constructor(e){try{this.value=global.BigInt.asIntN(64,e)}catch{this.value=null}Object.defineProperty(this,_type,{value:INTEGER})}isNaN(){return this.value===null}toString(){return String(this.value)}[_inspect](){return`[BigInt: ${this.toString()}]}`}valueOf(){return this.value}},INTEGER=Symbol("integer");function Integer(t){let e=Number(t);return Object.is(e,-0)&&(e=0),global.BigInt&&!Number.isSafeInteger(e)?new BoxedBigInt(t):Object.defineProperties(new Number(e),{isNaN:{value:function(){return isNaN(this)}},[_type]:{value:INTEGER},[_inspect]:{value:()=>`[Integer: ${t}]`}})}function isInteger(t){return t===null||typeof t!="object"?!1:t[_type]===INTEGER}var FLOAT=Symbol("float");function Float(t){return Object.defineProperties(new Number(t),{[_type]:{value:FLOAT},[_inspect]:{value:()=>`[Float: ${t}]`}})}function isFloat(t){return t===null||typeof t!="object"?!1:t[_type]===FLOAT}function tomlType(t){let e=typeof t;if(e==="object"){if(t===null)return"null";if(t instanceof Date)return"datetime";if(_type in t)switch(t[_type]){case INLINE_TABLE:return"inline-table";case INLINE_LIST:return"inline-list";case TABLE:return"table";case LIST:return"list";case FLOAT:return"float";case INTEGER:return"integer"}}return e}function makeParserClass(t){class e extends t{constructor(){super(),this.ctx=this.obj=Table()}atEndOfWord(){return this.char===CHAR_NUM||this.char===CTRL_I||this.char===CHAR_SP||this.atEndOfLine()}atEndOfLine(){return this.char===t.END||this.char===CTRL_J||this.char===CTRL_M}parseStart(){if(this.char===t.END)return null;if(this.char===CHAR_LSQB)return this.call(this.parseTableOrList);if(this.char===CHAR_NUM)return this.call(this.parseComment);if(this.char===CTRL_J||this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M)return null;if(isAlphaNumQuoteHyphen(this.char))return this.callNow(this.parseAssignStatement);throw this.error(new TomlError(`Unknown character "${this.char}"`))}parseWhitespaceToEOL(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M)return null;if(this.char===CHAR_NUM)return this.goto(this.parseComment);if(this.char===t.END||this.char===CTRL_J)return this.return();throw this.error(new TomlError("Unexpected character, expected only whitespace or comments till end of line"))}parseAssignStatement(){return this.callNow(this.parseAssign,this.recordAssignStatement)}recordAssignStatement(r){let i=this.ctx,h=r.key.pop();for(let n of r.key){if(hasKey(i,n)&&(!isTable(i[n])||i[n][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));i=i[n]=i[n]||Table()}if(hasKey(i,h))throw this.error(new TomlError("Can\'t redefine existing key"));return isInteger(r.value)||isFloat(r.value)?i[h]=r.value.valueOf():i[h]=r.value,this.goto(this.parseWhitespaceToEOL)}parseAssign(){return this.callNow(this.parseKeyword,this.recordAssignKeyword)}recordAssignKeyword(r){return this.state.resultTable?this.state.resultTable.push(r):this.state.resultTable=[r],this.goto(this.parseAssignKeywordPreDot)}parseAssignKeywordPreDot(){if(this.char===CHAR_PERIOD)return this.next(this.parseAssignKeywordPostDot);if(this.char!==CHAR_SP&&this.char!==CTRL_I)return this.goto(this.parseAssignEqual)}parseAssignKeywordPostDot(){if(this.char!==CHAR_SP&&this.char!==CTRL_I)return this.callNow(this.parseKeyword,this.recordAssignKeyword)}parseAssignEqual(){if(this.char===CHAR_EQUALS)return this.next(this.parseAssignPreValue);throw this.error(new TomlError(\'Invalid character, expected "="\'))}parseAssignPreValue(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseValue,this.recordAssignValue)}recordAssignValue(r){return this.returnNow({key:this.state.resultTable,value:r})}parseComment(){do if(this.char===t.END||this.char===CTRL_J)return this.return();while(this.nextChar())}parseTableOrList(){if(this.char===CHAR_LSQB)this.next(this.parseList);else return this.goto(this.parseTable)}parseTable(){return this.ctx=this.obj,this.goto(this.parseTableNext)}parseTableNext(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseKeyword,this.parseTableMore)}parseTableMore(r){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CHAR_RSQB){if(hasKey(this.ctx,r)&&(!isTable(this.ctx[r])||this.ctx[r][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));return this.ctx=this.ctx[r]=this.ctx[r]||Table(),this.ctx[_declared]=!0,this.next(this.parseWhitespaceToEOL)}else if(this.char===CHAR_PERIOD){if(!hasKey(this.ctx,r))this.ctx=this.ctx[r]=Table();else if(isTable(this.ctx[r]))this.ctx=this.ctx[r];else if(isList(this.ctx[r]))this.ctx=this.ctx[r][this.ctx[r].length-1];else throw this.error(new TomlError("Can\'t redefine existing key"));return this.next(this.parseTableNext)}else throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseList(){return this.ctx=this.obj,this.goto(this.parseListNext)}parseListNext(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseKeyword,this.parseListMore)}parseListMore(r){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CHAR_RSQB){if(hasKey(this.ctx,r)||(this.ctx[r]=List()),isInlineList(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline array"));if(isList(this.ctx[r])){let i=Table();this.ctx[r].push(i),this.ctx=i}else throw this.error(new TomlError("Can\'t redefine an existing key"));return this.next(this.parseListEnd)}else if(this.char===CHAR_PERIOD){if(!hasKey(this.ctx,r))this.ctx=this.ctx[r]=Table();else{if(isInlineList(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline array"));if(isInlineTable(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline table"));if(isList(this.ctx[r]))this.ctx=this.ctx[r][this.ctx[r].length-1];else if(isTable(this.ctx[r]))this.ctx=this.ctx[r];else throw this.error(new TomlError("Can\'t redefine an existing key"))}return this.next(this.parseListNext)}else throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseListEnd(r){if(this.char===CHAR_RSQB)return this.next(this.parseWhitespaceToEOL);throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseValue(){if(this.char===t.END)throw this.error(new TomlError("Key without value"));if(this.char===CHAR_QUOT)return this.next(this.parseDoubleString);if(this.char===CHAR_APOS)return this.next(this.parseSingleString);if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)return this.goto(this.parseNumberSign);if(this.char===CHAR_i)return this.next(this.parseInf);if(this.char===CHAR_n)return this.next(this.parseNan);if(isDigit(this.char))return this.goto(this.parseNumberOrDateTime);if(this.char===CHAR_t||this.char===CHAR_f)return this.goto(this.parseBoolean);if(this.char===CHAR_LSQB)return this.call(this.parseInlineList,this.recordValue);if(this.char===CHAR_LCUB)return this.call(this.parseInlineTable,this.recordValue);throw this.error(new TomlError("Unexpected character, expecting string, number, datetime, boolean, inline array or inline table"))}recordValue(r){return this.returnNow(r)}parseInf(){if(this.char===CHAR_n)return this.next(this.parseInf2);throw this.error(new TomlError(\'Unexpected character, expected "inf", "+inf" or "-inf"\'))}parseInf2(){if(this.char===CHAR_f)return this.state.buf==="-"?this.return(-1/0):this.return(1/0);throw this.error(new TomlError(\'Unexpected character, expected "inf", "+inf" or "-inf"\'))}parseNan(){if(this.char===CHAR_a)return this.next(this.parseNan2);throw this.error(new TomlError(\'Unexpected character, expected "nan"\'))}parseNan2(){if(this.char===CHAR_n)return this.return(NaN);throw this.error(new TomlError(\'Unexpected character, expected "nan"\'))}parseKeyword(){return this.char===CHAR_QUOT?this.next(this.parseBasicString):this.char===CHAR_APOS?this.next(this.parseLiteralString):this.goto(this.parseBareKey)}parseBareKey(){do{if(this.char===t.END)throw this.error(new TomlError("Key ended without value"));if(isAlphaNumHyphen(this.char))this.consume();else{if(this.state.buf.length===0)throw this.error(new TomlError("Empty bare keys are not allowed"));return this.returnNow()}}while(this.nextChar())}parseSingleString(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiStringMaybe):this.goto(this.parseLiteralString)}parseLiteralString(){do{if(this.char===CHAR_APOS)return this.return();if(this.atEndOfLine())throw this.error(new TomlError("Unterminated string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}parseLiteralMultiStringMaybe(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiString):this.returnNow()}parseLiteralMultiString(){return this.char===CTRL_M?null:this.char===CTRL_J?this.next(this.parseLiteralMultiStringContent):this.goto(this.parseLiteralMultiStringContent)}parseLiteralMultiStringContent(){do{if(this.char===CHAR_APOS)return this.next(this.parseLiteralMultiEnd);if(this.char===t.END)throw this.error(new TomlError("Unterminated multi-line string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I&&this.char!==CTRL_J&&this.char!==CTRL_M)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}parseLiteralMultiEnd(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiEnd2):(this.state.buf+="\'",this.goto(this.parseLiteralMultiStringContent))}parseLiteralMultiEnd2(){return this.char===CHAR_APOS?this.return():(this.state.buf+="\'\'",this.goto(this.parseLiteralMultiStringContent))}parseDoubleString(){return this.char===CHAR_QUOT?this.next(this.parseMultiStringMaybe):this.goto(this.parseBasicString)}parseBasicString(){do{if(this.char===CHAR_BSOL)return this.call(this.parseEscape,this.recordEscapeReplacement);if(this.char===CHAR_QUOT)return this.return();if(this.atEndOfLine())throw this.error(new TomlError("Unterminated string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}recordEscapeReplacement(r){return this.state.buf+=r,this.goto(this.parseBasicString)}parseMultiStringMaybe(){return this.char===CHAR_QUOT?this.next(this.parseMultiString):this.returnNow()}parseMultiString(){return this.char===CTRL_M?null:this.char===CTRL_J?this.next(this.parseMultiStringContent):this.goto(this.parseMultiStringContent)}parseMultiStringContent(){do{if(this.char===CHAR_BSOL)return this.call(this.parseMultiEscape,this.recordMultiEscapeReplacement);if(this.char===CHAR_QUOT)return this.next(this.parseMultiEnd);if(this.char===t.END)throw this.error(new TomlError("Unterminated multi-line string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I&&this.char!==CTRL_J&&this.char!==CTRL_M)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}errorControlCharInString(){let r="\\\\u00";return this.char<16&&(r+="0"),r+=this.char.toString(16),this.error(new TomlError(`Control characters (codes < 0x1f and 0x7f) are not allowed in strings, use ${r} instead`))}recordMultiEscapeReplacement(r){return this.state.buf+=r,this.goto(this.parseMultiStringContent)}parseMultiEnd(){return this.char===CHAR_QUOT?this.next(this.parseMultiEnd2):(this.state.buf+=\'"\',this.goto(this.parseMultiStringContent))}parseMultiEnd2(){return this.char===CHAR_QUOT?this.return():(this.state.buf+=\'""\',this.goto(this.parseMultiStringContent))}parseMultiEscape(){return this.char===CTRL_M||this.char===CTRL_J?this.next(this.parseMultiTrim):this.char===CHAR_SP||this.char===CTRL_I?this.next(this.parsePreMultiTrim):this.goto(this.parseEscape)}parsePreMultiTrim(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CTRL_M||this.char===CTRL_J)return this.next(this.parseMultiTrim);throw this.error(new TomlError("Can\'t escape whitespace"))}parseMultiTrim(){return this.char===CTRL_J||this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M?null:this.returnNow()}parseEscape(){if(this.char in escapes)return this.return(escapes[this.char]);if(this.char===CHAR_u)return this.call(this.parseSmallUnicode,this.parseUnicodeReturn);if(this.char===CHAR_U)return this.call(this.parseLargeUnicode,this.parseUnicodeReturn);throw this.error(new TomlError("Unknown escape character: "+this.char))}parseUnicodeReturn(r){try{let i=parseInt(r,16);if(i>=SURROGATE_FIRST&&i<=SURROGATE_LAST)throw this.error(new TomlError("Invalid unicode, character in range 0xD800 - 0xDFFF is reserved"));return this.returnNow(String.fromCodePoint(i))}catch(i){throw this.error(TomlError.wrap(i))}}parseSmallUnicode(){if(isHexit(this.char)){if(this.consume(),this.state.buf.length>=4)return this.return()}else throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"))}parseLargeUnicode(){if(isHexit(this.char)){if(this.consume(),this.state.buf.length>=8)return this.return()}else throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"))}parseNumberSign(){return this.consume(),this.next(this.parseMaybeSignedInfOrNan)}parseMaybeSignedInfOrNan(){return this.char===CHAR_i?this.next(this.parseInf):this.char===CHAR_n?this.next(this.parseNan):this.callNow(this.parseNoUnder,this.parseNumberIntegerStart)}parseNumberIntegerStart(){return this.char===CHAR_0?(this.consume(),this.next(this.parseNumberIntegerExponentOrDecimal)):this.goto(this.parseNumberInteger)}parseNumberIntegerExponentOrDecimal(){return this.char===CHAR_PERIOD?(this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat)):this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.returnNow(Integer(this.state.buf))}parseNumberInteger(){if(isDigit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder);if(this.char===CHAR_E||this.char===CHAR_e)return this.consume(),this.next(this.parseNumberExponentSign);if(this.char===CHAR_PERIOD)return this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseNoUnder(){if(this.char===CHAR_LOWBAR||this.char===CHAR_PERIOD||this.char===CHAR_E||this.char===CHAR_e)throw this.error(new TomlError("Unexpected character, expected digit"));if(this.atEndOfWord())throw this.error(new TomlError("Incomplete number"));return this.returnNow()}parseNoUnderHexOctBinLiteral(){if(this.char===CHAR_LOWBAR||this.char===CHAR_PERIOD)throw this.error(new TomlError("Unexpected character, expected digit"));if(this.atEndOfWord())throw this.error(new TomlError("Incomplete number"));return this.returnNow()}parseNumberFloat(){if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder,this.parseNumberFloat);if(isDigit(this.char))this.consume();else return this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.returnNow(Float(this.state.buf))}parseNumberExponentSign(){if(isDigit(this.char))return this.goto(this.parseNumberExponent);if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.call(this.parseNoUnder,this.parseNumberExponent);else throw this.error(new TomlError("Unexpected character, expected -, + or digit"))}parseNumberExponent(){if(isDigit(this.char))this.consume();else return this.char===CHAR_LOWBAR?this.call(this.parseNoUnder):this.returnNow(Float(this.state.buf))}parseNumberOrDateTime(){return this.char===CHAR_0?(this.consume(),this.next(this.parseNumberBaseOrDateTime)):this.goto(this.parseNumberOrDateTimeOnly)}parseNumberOrDateTimeOnly(){if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder,this.parseNumberInteger);if(isDigit(this.char))this.consume(),this.state.buf.length>4&&this.next(this.parseNumberInteger);else return this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.char===CHAR_PERIOD?(this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat)):this.char===CHAR_HYPHEN?this.goto(this.parseDateTime):this.char===CHAR_COLON?this.goto(this.parseOnlyTimeHour):this.returnNow(Integer(this.state.buf))}parseDateTimeOnly(){if(this.state.buf.length<4){if(isDigit(this.char))return this.consume();if(this.char===CHAR_COLON)return this.goto(this.parseOnlyTimeHour);throw this.error(new TomlError("Expected digit while parsing year part of a date"))}else{if(this.char===CHAR_HYPHEN)return this.goto(this.parseDateTime);throw this.error(new TomlError("Expected hyphen (-) while parsing year part of date"))}}parseNumberBaseOrDateTime(){return this.char===CHAR_b?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerBin)):this.char===CHAR_o?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerOct)):this.char===CHAR_x?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerHex)):this.char===CHAR_PERIOD?this.goto(this.parseNumberInteger):isDigit(this.char)?this.goto(this.parseDateTimeOnly):this.returnNow(Integer(this.state.buf))}parseIntegerHex(){if(isHexit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseIntegerOct(){if(isOctit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseIntegerBin(){if(isBit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseDateTime(){if(this.state.buf.length<4)throw this.error(new TomlError("Years less than 1000 must be zero padded to four characters"));return this.state.result=this.state.buf,this.state.buf="",this.next(this.parseDateMonth)}parseDateMonth(){if(this.char===CHAR_HYPHEN){if(this.state.buf.length<2)throw this.error(new TomlError("Months less than 10 must be zero padded to two characters"));return this.state.result+="-"+this.state.buf,this.state.buf="",this.next(this.parseDateDay)}else if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}parseDateDay(){if(this.char===CHAR_T||this.char===CHAR_SP){if(this.state.buf.length<2)throw this.error(new TomlError("Days less than 10 must be zero padded to two characters"));return this.state.result+="-"+this.state.buf,this.state.buf="",this.next(this.parseStartTimeHour)}else{if(this.atEndOfWord())return this.returnNow(createDate(this.state.result+"-"+this.state.buf));if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}}parseStartTimeHour(){return this.atEndOfWord()?this.returnNow(createDate(this.state.result)):this.goto(this.parseTimeHour)}parseTimeHour(){if(this.char===CHAR_COLON){if(this.state.buf.length<2)throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));return this.state.result+="T"+this.state.buf,this.state.buf="",this.next(this.parseTimeMin)}else if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}parseTimeMin(){if(this.state.buf.length<2&&isDigit(this.char))this.consume();else{if(this.state.buf.length===2&&this.char===CHAR_COLON)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseTimeSec);throw this.error(new TomlError("Incomplete datetime"))}}parseTimeSec(){if(isDigit(this.char)){if(this.consume(),this.state.buf.length===2)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseTimeZoneOrFraction)}else throw this.error(new TomlError("Incomplete datetime"))}parseOnlyTimeHour(){if(this.char===CHAR_COLON){if(this.state.buf.length<2)throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));return this.state.result=this.state.buf,this.state.buf="",this.next(this.parseOnlyTimeMin)}else throw this.error(new TomlError("Incomplete time"))}parseOnlyTimeMin(){if(this.state.buf.length<2&&isDigit(this.char))this.consume();else{if(this.state.buf.length===2&&this.char===CHAR_COLON)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseOnlyTimeSec);throw this.error(new TomlError("Incomplete time"))}}parseOnlyTimeSec(){if(isDigit(this.char)){if(this.consume(),this.state.buf.length===2)return this.next(this.parseOnlyTimeFractionMaybe)}else throw this.error(new TomlError("Incomplete time"))}parseOnlyTimeFractionMaybe(){if(this.state.result+=":"+this.state.buf,this.char===CHAR_PERIOD)this.state.buf="",this.next(this.parseOnlyTimeFraction);else return this.return(createTime(this.state.result))}parseOnlyTimeFraction(){if(isDigit(this.char))this.consume();else if(this.atEndOfWord()){if(this.state.buf.length===0)throw this.error(new TomlError("Expected digit in milliseconds"));return this.returnNow(createTime(this.state.result+"."+this.state.buf))}else throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}parseTimeZoneOrFraction(){if(this.char===CHAR_PERIOD)this.consume(),this.next(this.parseDateTimeFraction);else if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.next(this.parseTimeZoneHour);else{if(this.char===CHAR_Z)return this.consume(),this.return(createDateTime(this.state.result+this.state.buf));if(this.atEndOfWord())return this.returnNow(createDateTimeFloat(this.state.result+this.state.buf));throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}}parseDateTimeFraction(){if(isDigit(this.char))this.consume();else{if(this.state.buf.length===1)throw this.error(new TomlError("Expected digit in milliseconds"));if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.next(this.parseTimeZoneHour);else{if(this.char===CHAR_Z)return this.consume(),this.return(createDateTime(this.state.result+this.state.buf));if(this.atEndOfWord())return this.returnNow(createDateTimeFloat(this.state.result+this.state.buf));throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}}}parseTimeZoneHour(){if(isDigit(this.char)){if(this.consume(),/\\d\\d$/.test(this.state.buf))return this.next(this.parseTimeZoneSep)}else throw this.error(new TomlError("Unexpected character in datetime, expected digit"))}parseTimeZoneSep(){if(this.char===CHAR_COLON)this.consume(),this.next(this.parseTimeZoneMin);else throw this.error(new TomlError("Unexpected character in datetime, expected colon"))}parseTimeZoneMin(){if(isDigit(this.char)){if(this.consume(),/\\d\\d$/.test(this.state.buf))return this.return(createDateTime(this.state.result+this.state.buf))}else throw this.error(new TomlError("Unexpected character in datetime, expected digit"))}parseBoolean(){if(this.char===CHAR_t)return this.consume(),this.next(this.parseTrue_r);if(this.char===CHAR_f)return this.consume(),this.next(this.parseFalse_a)}parseTrue_r(){if(this.char===CHAR_r)return this.consume(),this.next(this.parseTrue_u);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseTrue_u(){if(this.char===CHAR_u)return this.consume(),this.next(this.parseTrue_e);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseTrue_e(){if(this.char===CHAR_e)return this.return(!0);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_a(){if(this.char===CHAR_a)return this.consume(),this.next(this.parseFalse_l);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_l(){if(this.char===CHAR_l)return this.consume(),this.next(this.parseFalse_s);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_s(){if(this.char===CHAR_s)return this.consume(),this.next(this.parseFalse_e);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_e(){if(this.char===CHAR_e)return this.return(!1);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseInlineList(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M||this.char===CTRL_J)return null;if(this.char===t.END)throw this.error(new TomlError("Unterminated inline array"));return this.char===CHAR_NUM?this.call(this.parseComment):this.char===CHAR_RSQB?this.return(this.state.resultArr||InlineList()):this.callNow(this.parseValue,this.recordInlineListValue)}recordInlineListValue(r){if(this.state.resultArr){let i=this.state.resultArr[_contentType],h=tomlType(r);if(i!==h)throw this.error(new TomlError(`Inline lists must be a single type, not a mix of ${i} and ${h}`))}else this.state.resultArr=InlineList(tomlType(r));return isFloat(r)||isInteger(r)?this.state.resultArr.push(r.valueOf()):this.state.resultArr.push(r),this.goto(this.parseInlineListNext)}parseInlineListNext(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M||this.char===CTRL_J)return null;if(this.char===CHAR_NUM)return this.call(this.parseComment);if(this.char===CHAR_COMMA)return this.next(this.parseInlineList);if(this.char===CHAR_RSQB)return this.goto(this.parseInlineList);throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"))}parseInlineTable(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===t.END||this.char===CHAR_NUM||this.char===CTRL_J||this.char===CTRL_M)throw this.error(new TomlError("Unterminated inline array"));return this.char===CHAR_RCUB?this.return(this.state.resultTable||InlineTable()):(this.state.resultTable||(this.state.resultTable=InlineTable()),this.callNow(this.parseAssign,this.recordInlineTableValue))}recordInlineTableValue(r){let i=this.state.resultTable,h=r.key.pop();for(let n of r.key){if(hasKey(i,n)&&(!isTable(i[n])||i[n][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));i=i[n]=i[n]||Table()}if(hasKey(i,h))throw this.error(new TomlError("Can\'t redefine existing key"));return isInteger(r.value)||isFloat(r.value)?i[h]=r.value.valueOf():i[h]=r.value,this.goto(this.parseInlineTableNext)}parseInlineTableNext(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===t.END||this.char===CHAR_NUM||this.char===CTRL_J||this.char===CTRL_M)throw this.error(new TomlError("Unterminated inline array"));if(this.char===CHAR_COMMA)return this.next(this.parseInlineTable);if(this.char===CHAR_RCUB)return this.goto(this.parseInlineTable);throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"))}}return e}});var x=c((Qt,W)=>{"use strict";W.exports=lt;function lt(t,e){if(t.pos==null||t.line==null)return t;let s=t.message;if(s+=` at row ${t.line+1}, col ${t.col+1}, pos ${t.pos}:\n`,e&&e.split){let r=e.split(/\\n/),i=String(Math.min(r.length,t.line+3)).length,h=" ";for(;h.length<i;)h+=" ";for(let n=Math.max(0,t.line-1);n<Math.min(r.length,t.line+2);++n){let a=String(n+1);if(a.length<i&&(a=" "+a),t.line===n){s+=a+"> "+r[n]+`\n`,s+=h+"  ";for(let o=0;o<t.col;++o)s+=" ";s+=`^\n`}else s+=a+": "+r[n]+`\n`}}return t.message=s+`\n`,t}});var Z=c((Wt,J)=>{"use strict";J.exports=ft;var ct=A(),ut=x();function ft(t){global.Buffer&&global.Buffer.isBuffer(t)&&(t=t.toString("utf8"));let e=new ct;try{return e.parse(t),e.finish()}catch(s){throw ut(s,t)}}});var V=c((Jt,v)=>{"use strict";v.exports=mt;var pt=A(),Y=x();function mt(t,e){e||(e={});let s=0,r=e.blocksize||40960,i=new pt;return new Promise((n,a)=>{setImmediate(h,s,r,n,a)});function h(n,a,o,f){if(n>=t.length)try{return o(i.finish())}catch(u){return f(Y(u,t))}try{i.parse(t.slice(n,n+a)),setImmediate(h,n+a,a,o,f)}catch(u){f(Y(u,t))}}}});var j=c((Zt,G)=>{"use strict";G.exports=_t;var Ct=require("stream"),z=A();function _t(t){return t?Tt(t):Rt(t)}function Tt(t){let e=new z;return t.setEncoding("utf8"),new Promise((s,r)=>{let i,h=!1,n=!1;function a(){if(h=!0,!i)try{s(e.finish())}catch(u){r(u)}}function o(u){n=!0,r(u)}t.once("end",a),t.once("error",o),f();function f(){i=!0;let u;for(;(u=t.read())!==null;)try{e.parse(u)}catch(at){return o(at)}if(i=!1,h)return a();n||t.once("readable",f)}})}function Rt(){let t=new z;return new Ct.Transform({objectMode:!0,transform(e,s,r){try{t.parse(e.toString(s))}catch(i){this.emit("error",i)}r()},flush(e){try{this.push(t.finish())}catch(s){this.emit("error",s)}e()}})}});var k=c((Yt,T)=>{"use strict";T.exports=Z();T.exports.async=V();T.exports.stream=j();T.exports.prettyError=x()});var ht=c((vt,I)=>{"use strict";I.exports=dt;I.exports.value=L;function dt(t){if(t===null)throw m("null");if(t===void 0)throw m("undefined");if(typeof t!="object")throw m(typeof t);if(typeof t.toJSON=="function"&&(t=t.toJSON()),t==null)return null;let e=l(t);if(e!=="table")throw m(e);return y("","",t)}function m(t){return new Error("Can only stringify objects, not "+t)}function gt(){return new Error("Array values can\'t have mixed types")}function X(t){return Object.keys(t).filter(e=>tt(t[e]))}function At(t){return Object.keys(t).filter(e=>!tt(t[e]))}function w(t){let e=Array.isArray(t)?[]:Object.prototype.hasOwnProperty.call(t,"__proto__")?{["__proto__"]:void 0}:{};for(let s of Object.keys(t))t[s]&&typeof t[s].toJSON=="function"&&!("toISOString"in t[s])?e[s]=t[s].toJSON():e[s]=t[s];return e}function y(t,e,s){s=w(s);var r,i;r=X(s),i=At(s);var h=[],n=e||"";r.forEach(o=>{var f=l(s[o]);f!=="undefined"&&f!=="null"&&h.push(n+H(o)+" = "+st(s[o],!0))}),h.length>0&&h.push("");var a=t&&r.length>0?e+"  ":"";return i.forEach(o=>{h.push(St(t,a,o,s[o]))}),h.join(`\n`)}function tt(t){switch(l(t)){case"undefined":case"null":case"integer":case"nan":case"float":case"boolean":case"string":case"datetime":return!0;case"array":return t.length===0||l(t[0])!=="table";case"table":return Object.keys(t).length===0;default:return!1}}function l(t){return t===void 0?"undefined":t===null?"null":typeof t=="bigint"||Number.isInteger(t)&&!Object.is(t,-0)?"integer":typeof t=="number"?"float":typeof t=="boolean"?"boolean":typeof t=="string"?"string":"toISOString"in t?isNaN(t)?"undefined":"datetime":Array.isArray(t)?"array":"table"}function H(t){var e=String(t);return/^[-A-Za-z0-9_]+$/.test(e)?e:et(e)}function et(t){return\'"\'+rt(t).replace(/"/g,\'\\\\"\')+\'"\'}function xt(t){return"\'"+t+"\'"}function wt(t,e){for(;e.length<t;)e="0"+e;return e}function rt(t){return t.replace(/\\\\/g,"\\\\\\\\").replace(/[\\b]/g,"\\\\b").replace(/\\t/g,"\\\\t").replace(/\\n/g,"\\\\n").replace(/\\f/g,"\\\\f").replace(/\\r/g,"\\\\r").replace(/([\\u0000-\\u001f\\u007f])/,e=>"\\\\u"+wt(4,e.codePointAt(0).toString(16)))}function Ht(t){let e=t.split(/\\n/).map(s=>rt(s).replace(/"(?="")/g,\'\\\\"\')).join(`\n`);return e.slice(-1)===\'"\'&&(e+=`\\\\\n`),`"""\n`+e+\'"""\'}function st(t,e){let s=l(t);return s==="string"&&(e&&/\\n/.test(t)?s="string-multiline":!/[\\b\\t\\n\\f\\r\']/.test(t)&&/"/.test(t)&&(s="string-literal")),L(t,s)}function L(t,e){switch(e||(e=l(t)),e){case"string-multiline":return Ht(t);case"string":return et(t);case"string-literal":return xt(t);case"integer":return it(t);case"float":return Et(t);case"boolean":return bt(t);case"datetime":return Nt(t);case"array":return It(t.filter(s=>l(s)!=="null"&&l(s)!=="undefined"&&l(s)!=="nan"));case"table":return Ot(t);default:throw m(e)}}function it(t){return String(t).replace(/\\B(?=(\\d{3})+(?!\\d))/g,"_")}function Et(t){if(t===1/0)return"inf";if(t===-1/0)return"-inf";if(Object.is(t,NaN))return"nan";if(Object.is(t,-0))return"-0.0";var e=String(t).split("."),s=e[0],r=e[1]||0;return it(s)+"."+r}function bt(t){return String(t)}function Nt(t){return t.toISOString()}function yt(t){return t==="float"||t==="integer"}function Lt(t){var e=l(t[0]);return t.every(s=>l(s)===e)?e:t.every(s=>yt(l(s)))?"float":"mixed"}function nt(t){let e=Lt(t);if(e==="mixed")throw gt();return e}function It(t){t=w(t);let e=nt(t);var s="[",r=t.map(i=>L(i,e));return r.join(", ").length>60||/\\n/.test(r)?s+=`\n  `+r.join(`,\n  `)+`\n`:s+=" "+r.join(", ")+(r.length>0?" ":""),s+"]"}function Ot(t){t=w(t);var e=[];return Object.keys(t).forEach(s=>{e.push(H(s)+" = "+st(t[s],!1))}),"{ "+e.join(", ")+(e.length>0?" ":"")+"}"}function St(t,e,s,r){var i=l(r);if(i==="array")return Dt(t,e,s,r);if(i==="table")return Ut(t,e,s,r);throw m(i)}function Dt(t,e,s,r){r=w(r),nt(r);var i=l(r[0]);if(i!=="table")throw m(i);var h=t+H(s),n="";return r.forEach(a=>{n.length>0&&(n+=`\n`),n+=e+"[["+h+`]]\n`,n+=y(h+".",e,a)}),n}function Ut(t,e,s,r){var i=t+H(s),h="";return X(r).length>0&&(h+=e+"["+i+`]\n`),h+y(i+".",e,r)}});exports.parse=k();exports.stringify=ht();\n';
  }
});

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// node_modules/ini/lib/ini.js
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports, module) {
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
        let esc2 = false;
        let unesc = "";
        for (let i = 0, l = val.length; i < l; i++) {
          const c = val.charAt(i);
          if (esc2) {
            if ("\\;#".indexOf(c) !== -1) {
              unesc += c;
            } else {
              unesc += "\\" + c;
            }
            esc2 = false;
          } else if (";#".indexOf(c) !== -1) {
            break;
          } else if (c === "\\") {
            esc2 = true;
          } else {
            unesc += c;
          }
        }
        if (esc2) {
          unesc += "\\";
        }
        return unesc.trim();
      }
      return val;
    };
    module.exports = {
      parse: decode2,
      decode: decode2,
      stringify: encode,
      encode,
      safe,
      unsafe
    };
  }
});

// src/entries/cli.ts
var import_node_fs11 = __toESM(require_fs(), 1);
var import_node_url2 = __toESM(require_url(), 1);

// builtin:child_process
var m;
var load = () => m ??= __require("node:child_process");
function spawn(...a) {
  return new.target ? Reflect.construct(load().spawn, a, new.target) : load().spawn(...a);
}
var child_process_default = new Proxy({}, { get: (_, k) => load()[k] });

// src/io/cli-commands.ts
var import_node_path12 = __toESM(require_path(), 1);

// src/core/cli-args.ts
var SUBCOMMANDS = ["status", "doctor", "login", "setup", "help"];
var CLI_USAGE = `usage: /aws-keepalive [status|doctor|login|setup|help]   (in a terminal: node <plugin dir>/dist/cli.mjs \u2026)
  status   profile, expiry and where they come from, last auto-login, config, settings.json wiring
  doctor   every check with \u2713/\u2717 and the fix
  login    run autoLoginCmd now (in a terminal: in the foreground, with its output)
  setup    wire settings.json to this version (options: --statusline --force --dry-run --uninstall --profile NAME)`;
function parseCliArgs(argv) {
  const [first, ...rest] = argv;
  if (first === void 0) return { ok: true, sub: "status", args: [] };
  const sub = first.toLowerCase().replace(/^--?/, "");
  if (SUBCOMMANDS.includes(sub)) return { ok: true, sub, args: rest };
  return { ok: false, message: `unknown subcommand "${first}"` };
}
function slashCommandWords(prompt) {
  const m3 = /^\s*\/(?:cc-aws-keepalive:)?aws-keepalive(?:\s+([\s\S]*))?$/.exec(prompt);
  if (!m3) return null;
  return (m3[1] ?? "").trim().split(/\s+/).filter(Boolean);
}

// src/core/command-path.ts
var import_node_path = __toESM(require_path(), 1);

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
  const modern = new RegExp(`(^|[\\\\/])dist[\\\\/]${esc(script)}\\.mjs(?=$|[\\s"'])`).exec(command);
  const legacy = modern ? null : new RegExp(`(^|[\\\\/])${esc(LEGACY[script])}(?=$|[\\s"'])`).exec(command);
  const m3 = modern ?? legacy;
  if (!m3) return null;
  const nameAt = m3.index + m3[1].length;
  const nameEnd = m3.index + m3[0].length;
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
  return (platform === "win32" ? import_node_path.win32 : import_node_path.posix).join(root, "dist", `${script}.mjs`);
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
  if (platform !== "win32") return import_node_path.posix.normalize(a) === import_node_path.posix.normalize(b);
  return import_node_path.win32.normalize(a).toLowerCase() === import_node_path.win32.normalize(b).toLowerCase();
}
function expandHome(path, home) {
  if (path === "~" || /^~[\\/]/.test(path)) return home + path.slice(1);
  return path.replace(/^\$\{?HOME\}?(?=[\\/]|$)/, home);
}
function displayCommand(command) {
  return command.split(/(\s+)/).map((t) => /[\\/]/.test(t) && !/[=:]/.test(t) ? t.replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g, "[redacted key id]") : redactSecrets(t)).join("");
}

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
  if (!realDateTime(m3[1], m3[2], zone)) return null;
  const t = Date.parse(`${m3[1]}T${m3[2]}${zone}`);
  return Number.isNaN(t) ? null : t;
}
function realDateTime(date, time, zone) {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi, sec = 0] = time.split(":").map(Number);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || sec >= 60) return false;
  const z = /^[+-](\d{2}):(\d{2})$/.exec(zone);
  return !z || Number(z[1]) <= 23 && Number(z[2]) <= 59;
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
function decideExpiry(i) {
  if (i.expiresAt === null) return { action: "unknown", reason: "expiry unknown", remainingMs: null };
  const remainingMs = i.expiresAt - i.now;
  if (remainingMs <= 0) return { action: "expired", reason: `expired ${formatDuration(-remainingMs)} ago`, remainingMs };
  if (i.hasAutoLogin && i.autoLoginMinutes > 0 && remainingMs <= i.autoLoginMinutes * MIN) {
    return { action: "login", reason: `${formatDuration(remainingMs)} left, inside autoLoginMinutes (${i.autoLoginMinutes})`, remainingMs };
  }
  if (remainingMs <= i.warnMinutes * MIN) {
    return { action: "warn", reason: `${formatDuration(remainingMs)} left, inside warnMinutes (${i.warnMinutes})`, remainingMs };
  }
  return { action: "ok", reason: `${formatDuration(remainingMs)} left`, remainingMs };
}
var FAR_FUTURE_MS = 365 * 24 * 36e5;
function formatDuration(ms) {
  if (ms < MIN) return "<1m";
  if (ms > FAR_FUTURE_MS) return "more than a year";
  const totalMin = Math.floor(ms / MIN);
  const h = Math.floor(totalMin / 60);
  const m3 = totalMin % 60;
  if (h === 0) return `${m3}m`;
  if (h >= 48) return `${Math.floor(h / 24)}d${h % 24}h`;
  return `${h}h${String(m3).padStart(2, "0")}m`;
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
function describeProfileSource(p) {
  switch (p.source) {
    case "CC_KEEPALIVE_PROFILE":
      return "env CC_KEEPALIVE_PROFILE";
    case "config":
      return 'config "profile"';
    case "AWS_PROFILE":
      return "env AWS_PROFILE";
    case "default":
      return "default (nothing set)";
  }
}
function profileStem(name) {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40);
  if (safe === name) return safe;
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return `${safe}-${h.toString(16).padStart(8, "0")}`;
}

// src/core/plugin-dir.ts
function parseCacheDir(root) {
  const m3 = /[\\/]plugins[\\/]cache[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/]?$/.exec(root);
  return m3 ? { marketplace: m3[1], plugin: m3[2], version: m3[3] } : null;
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

// src/core/wiring.ts
var WIRED_KEYS = ["awsCredentialExport", "awsAuthRefresh", "statusLine"];
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

// src/core/status-report.ts
var ago = (now, t) => now - t < 6e4 ? "just now" : `${formatDuration(now - t)} ago`;
function describeExpirySource(e) {
  switch (e.source.kind) {
    case "field":
      return `field ${e.source.name}`;
    case "comment":
      return 'the "# Expires:" comment';
    case "none":
      return "unknown";
  }
}
function describeLastLogin(l, now) {
  const by = l.trigger === "refresh" ? "awsAuthRefresh" : l.trigger === "hook" ? "background auto-login" : "/aws-keepalive login";
  const secs = Math.round((l.endedAt - l.startedAt) / 1e3);
  const result = l.timedOut ? `timed out after ${secs} s` : l.exitCode === 0 ? `succeeded in ${secs} s` : l.exitCode === null ? "was stopped" : `failed (exit code ${l.exitCode})`;
  const last = l.exitCode !== 0 ? l.outputTail[l.outputTail.length - 1] : void 0;
  return `${ago(now, l.endedAt)} by ${by}: ${result}${last ? ` \u2014 last output: ${last}` : ""}`;
}
function describeLock(l, now) {
  if (l.state === "free") return "free";
  const who = l.holder ? `pid ${l.holder.pid}, since ${ago(now, l.holder.startedAt)}` : l.reason;
  return l.state === "held" ? `a login is running (${who})` : `stale (${l.reason}); the next login takes it over`;
}
function describeExpiry(f) {
  if (!f.source.ok) return `unknown \u2014 ${f.source.error.message}`;
  const e = f.source.value.expiry;
  if (e.expiresAt !== null) {
    const d = decideExpiry({ now: f.now, expiresAt: e.expiresAt, warnMinutes: f.config.warnMinutes, autoLoginMinutes: f.config.autoLoginMinutes, hasAutoLogin: f.config.autoLoginCmd.trim() !== "" });
    const when = new Date(e.expiresAt).toISOString().replace(/\.\d+Z$/, "Z");
    const left = d.action === "expired" ? `EXPIRED ${formatDuration(-d.remainingMs)} ago` : `${formatDuration(d.remainingMs)} left`;
    return `${left} (${when}, from ${describeExpirySource(e)})`;
  }
  const sts = f.sts ? `; STS said ${f.sts.valid ? "valid" : "NOT valid"} ${ago(f.now, f.sts.checkedAt)}` : "";
  return `unknown \u2014 ${e.reason}${sts}`;
}
function renderStatus(f) {
  const src = f.source.ok ? `${f.source.value.file}${f.source.value.configKind ? ` (${f.source.value.configKind} profile, via the AWS CLI)` : ""}` : "\u2014";
  const lines = [
    `cc-aws-keepalive ${f.version}`,
    `  profile      ${f.profile.name} (${f.profile.source === "default" ? 'none set in CC_KEEPALIVE_PROFILE, config "profile" or AWS_PROFILE' : `from ${describeProfileSource(f.profile)}`})`,
    `  credentials  ${src}`,
    `  expiry       ${describeExpiry(f)}`,
    `  auto-login   ${f.config.autoLoginCmd.trim() ? `${displayCommand(f.config.autoLoginCmd.trim())} (within ${f.config.autoLoginMinutes} min of expiry)` : "off (autoLoginCmd not set)"}`,
    `  last login   ${f.lastLogin ? describeLastLogin(f.lastLogin, f.now) : "none recorded"}`,
    `  login lock   ${describeLock(f.lock, f.now)}`,
    `  config       ${f.configFile ?? `none, defaults in use (create ${f.configPath})`}${f.configWarnings.length ? ` \u2014 ${f.configWarnings.length} problem(s), see doctor` : ""}`
  ];
  if (f.settings.state !== "ok") {
    lines.push(`  settings     ${f.settings.state === "missing" ? `${f.settingsFile} does not exist \u2014 run /aws-keepalive setup` : f.settings.problem}`);
  } else {
    lines.push(`  settings     ${f.settingsFile}`);
    for (const w of f.wires) lines.push(`    ${w.key.padEnd(21)}${describeWireState(w.state)}`);
  }
  if (f.wires.some((w) => w.key !== "statusLine" && w.state.state !== "current")) lines.push("  \u2192 run /aws-keepalive setup to wire this version (or /aws-keepalive doctor for details)");
  return lines;
}

// src/core/doctor.ts
var SETUP = "/aws-keepalive setup";
function runDoctor(f) {
  const checks = [];
  const add = (status, title, fix) => checks.push(fix ? { status, title, fix } : { status, title });
  const major = Number(f.nodeVersion.split(".")[0]);
  add(major >= 18 ? "ok" : "fail", `Node.js ${f.nodeVersion}${major >= 18 ? "" : " is too old"}`, major >= 18 ? void 0 : "install Node.js 18 or newer (the one Claude Code runs hooks with)");
  if (f.bedrock) add("ok", `Claude Code uses Bedrock (CLAUDE_CODE_USE_BEDROCK in ${f.bedrock === "env" ? "the environment" : "settings.json env"})`);
  else add("warn", "CLAUDE_CODE_USE_BEDROCK is not set here: cc-aws-keepalive acts only in Bedrock sessions", 'set it where you start Claude Code, or in the "env" of settings.json');
  if (!f.configFile) add("warn", `no config file; defaults in use`, `run ${SETUP} to create ${f.configPath}`);
  else if (f.configWarnings.length === 0) add("ok", `config ${f.configFile} is valid`);
  for (const w of f.configWarnings) add("fail", `config: ${w}`, `edit ${f.configFile ?? f.configPath}`);
  const src = f.source;
  const code = src.ok ? null : src.error.code;
  if (src.ok) {
    add("ok", `profile "${f.profile.name}" found in ${src.value.file}${src.value.configKind ? ` (${src.value.configKind})` : ""}`);
    add("ok", src.value.kind === "file" ? "session token present" : "credentials come from the AWS CLI (session token included)");
  } else if (code === "NO_SESSION_TOKEN") {
    add("ok", `profile "${f.profile.name}" found`);
    add("fail", src.error.message, src.error.hint);
  } else {
    add("fail", src.error.message, src.error.hint);
  }
  if (src.ok) {
    const e = src.value.expiry;
    if (e.expiresAt !== null) add("ok", `expiry detected (${describeExpirySource(e)})`);
    else if (src.value.kind === "file") add("warn", `expiry not detected: ${e.reason}`, 'set "expirationField" to the field your login tool writes, or warnings before expiry cannot work (STS still tells valid from expired)');
    else add("warn", `expiry not known in advance: ${e.reason}`);
    const d = decideExpiry({ now: f.now, expiresAt: e.expiresAt, warnMinutes: f.config.warnMinutes, autoLoginMinutes: f.config.autoLoginMinutes, hasAutoLogin: f.config.autoLoginCmd.trim() !== "" });
    if (d.action === "expired") add("fail", `credentials expired ${formatDuration(-d.remainingMs)} ago`, "run /aws-keepalive login, or your loginCmd in a terminal");
    else if (d.action === "unknown") {
      if (f.sts) add(f.sts.valid ? "ok" : "fail", `STS ${f.sts.valid ? "accepted" : "rejected"} the credentials (${f.sts.reason})`, f.sts.valid ? void 0 : "run /aws-keepalive login, or your loginCmd in a terminal");
      else add("warn", "validity not checked yet (no expiry, no STS answer recorded)");
    } else add(d.action === "ok" ? "ok" : "warn", `credentials valid: ${d.reason}`);
  }
  if (f.settings.state === "invalid") add("fail", `settings.json is not valid JSON: ${f.settings.problem}`, "fix that line (Claude Code cannot read the file either)");
  if (f.settings.state === "missing") add("fail", `${f.settingsFile} does not exist`, `run ${SETUP}`);
  for (const w of f.wires) {
    if (w.key === "statusLine") continue;
    const s = w.state;
    if (s.state === "current") add("ok", `${w.key} wired to this version`);
    else if (s.state === "foreign") add("fail", `${w.key} runs another command: ${displayCommand(w.command ?? "")}`, `${SETUP} --force replaces it (saved; --uninstall puts it back)`);
    else if (s.state === "elsewhere") add("warn", `${w.key} ${describeWireState(s)}, not this version (${f.root})`, `${SETUP} if this version is the one you use`);
    else add("fail", `${w.key} ${describeWireState(s)}`, `run ${SETUP}`);
  }
  for (const o of f.projectOverrides) {
    if (o.ours) add("ok", `${o.file} sets ${o.key} to cc-aws-keepalive too`);
    else add("fail", `${o.file} sets ${o.key} for this project (${displayCommand(o.command)}), which wins over your settings.json`, `remove "${o.key}" there, or run setup inside it`);
  }
  const auto = f.config.autoLoginCmd.trim();
  if (!auto) add("warn", "autoLoginCmd not set: after expiry you log in by hand", `set "autoLoginCmd" in ${f.configFile ?? f.configPath} (see README, Auto-login)`);
  else if (f.autoLoginProgram && !f.autoLoginProgram.found) add("fail", `autoLoginCmd: "${f.autoLoginProgram.word}" is not on PATH`, "use the full path of the program (hooks may run with a shorter PATH than your shell)");
  else add("ok", `autoLoginCmd found${f.autoLoginProgram?.found ? ` (${f.autoLoginProgram.found})` : ""}`);
  for (const hint of loginToolHints(auto)) add("warn", hint.problem, hint.fix);
  if (!f.config.loginCmd.trim() && !auto) add("warn", "loginCmd not set: warnings cannot show the exact login command", `set "loginCmd" in ${f.configFile ?? f.configPath}`);
  const sl = f.wires.find((w) => w.key === "statusLine");
  if (sl) {
    const s = sl.state;
    if (s.state === "unset") add("ok", "status line: not used (optional: /aws-keepalive setup --statusline shows the countdown)");
    else if (s.state === "foreign") add("ok", `status line: yours (${displayCommand(sl.command ?? "")}); ${SETUP} --statusline adds our countdown and keeps yours inside`);
    else if (s.state === "current") {
      const inner = f.config.statusLineCmd.trim();
      if (!inner) add("ok", "status line: ours");
      else if (f.statusLineProgram && !f.statusLineProgram.found) add("fail", `status line: ours, composed with statusLineCmd, but "${f.statusLineProgram.word}" is not on PATH`, `fix "statusLineCmd" in ${f.configFile ?? f.configPath}`);
      else add("ok", `status line: ours, with yours inside (statusLineCmd: ${displayCommand(inner)})`);
    } else add("fail", `status line ${describeWireState(s)}`, `run ${SETUP}`);
  }
  if (f.lock.state === "free") add("ok", "login lock free");
  else add("warn", `login lock ${describeLock(f.lock, f.now)}`);
  if (f.lastLogin && (f.lastLogin.exitCode !== 0 || f.lastLogin.timedOut)) {
    add("fail", `last auto-login ${describeLastLogin(f.lastLogin, f.now)}`, "run /aws-keepalive login in a terminal (node <plugin>/dist/cli.mjs login) to watch it");
  }
  return checks;
}
function loginToolHints(cmd) {
  const out = [];
  const has = (flag) => flag.test(cmd);
  if (/\bsaml2aws\b/.test(cmd) && /\blogin\b/.test(cmd)) {
    if (!has(/--force\b/)) out.push({ problem: "saml2aws keeps still-valid credentials unless given --force, so a login before expiry changes nothing", fix: "add --force to autoLoginCmd" });
    if (!has(/--skip-prompt\b/)) out.push({ problem: "saml2aws asks for input without --skip-prompt; auto-login has no terminal", fix: "add --skip-prompt to autoLoginCmd" });
  }
  if (/\baws-azure-login\b/.test(cmd)) {
    if (!has(/--no-prompt\b/)) out.push({ problem: "aws-azure-login asks for input without --no-prompt; auto-login has no terminal", fix: "add --no-prompt to autoLoginCmd" });
    if (!has(/--force-refresh\b/)) out.push({ problem: "aws-azure-login refreshes only under 11 minutes left unless given --force-refresh", fix: "add --force-refresh to autoLoginCmd" });
  }
  if (/\bokta-aws-cli\b/.test(cmd) && !has(/--expiry-aws-variables\b/)) {
    out.push({ problem: "okta-aws-cli writes no expiry without --expiry-aws-variables", fix: "add --expiry-aws-variables so warnings before expiry work" });
  }
  return out;
}
function commandProgram(cmd) {
  let rest = cmd.trim();
  for (; ; ) {
    const assign = /^[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+/.exec(rest);
    if (!assign) break;
    rest = rest.slice(assign[0].length);
  }
  const m3 = /^"([^"]+)"|^'([^']+)'|^(\S+)/.exec(rest);
  return m3 ? m3[1] ?? m3[2] ?? m3[3] ?? null : null;
}
function renderDoctor(checks, version) {
  const mark = { ok: "\u2713", fail: "\u2717", warn: "!" };
  const lines = [`cc-aws-keepalive ${version} doctor`];
  for (const c of checks) {
    lines.push(`${mark[c.status]} ${c.title}`);
    if (c.fix && c.status !== "ok") lines.push(`    fix: ${c.fix}`);
  }
  const fails = checks.filter((c) => c.status === "fail").length;
  const warns = checks.filter((c) => c.status === "warn").length;
  lines.push(fails ? `${fails} problem(s)${warns ? `, ${warns} warning(s)` : ""}` : warns ? `no problems, ${warns} warning(s)` : "all good");
  return lines;
}

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
var MINUTES = { min: 0, max: 24 * 60 };
var minutes = () => pipe(number(), integer(), minValue(MINUTES.min), maxValue(MINUTES.max));
var ConfigFields = {
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
var CONFIG_KEYS = Object.keys(ConfigFields);
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
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
var stripControl = (s) => s.replace(CONTROL, "");

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

// src/io/safe-read.ts
var import_node_fs = __toESM(require_fs(), 1);
var OPEN_FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0);
var stampOf = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
function currentStamp(file) {
  try {
    return stampOf((0, import_node_fs.statSync)(file));
  } catch {
    return null;
  }
}
function kindOf(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a regular file";
}
var notRegular = (file, st) => ({ problem: `${file} is ${kindOf(st)}, not a regular file \u2014 replace it with a file or remove it` });
var kib = (n) => `${Math.ceil(n / 1024)} KiB`;
var tooLarge = (file, size, max) => ({ problem: `${file} is too large (${kib(size)}; a file like this stays under ${kib(max)})` });
function readRegularBytes(file, max) {
  let fd;
  try {
    const st = (0, import_node_fs.statSync)(file);
    if (!st.isFile()) return notRegular(file, st);
    if (st.size > max) return tooLarge(file, st.size, max);
    fd = (0, import_node_fs.openSync)(file, OPEN_FLAGS);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    if (code === "EISDIR") return { problem: `${file} is a directory, not a regular file \u2014 replace it with a file or remove it` };
    return { problem: `cannot read ${file} (${code ?? "error"})` };
  }
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile()) return notRegular(file, st);
    const chunks = [];
    let size = 0;
    const buf = Buffer.alloc(64 * 1024);
    for (; ; ) {
      const n = (0, import_node_fs.readSync)(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      size += n;
      if (size > max) return tooLarge(file, size, max);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return { bytes: Buffer.concat(chunks, size), stamp: stampOf(st), mtimeMs: st.mtimeMs };
  } catch (err) {
    return { problem: `cannot read ${file} (${err.code ?? "error"})` };
  } finally {
    (0, import_node_fs.closeSync)(fd);
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

// src/io/config-file.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var readSmallText = readRegularText;
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

// src/io/context.ts
async function loadContext(env, paths) {
  const loaded = await loadConfig(paths);
  return { paths, loaded, profile: resolveProfile(env, loaded.config.profile) };
}

// builtin:crypto
var m2;
var load2 = () => m2 ??= __require("node:crypto");
function createHash(...a) {
  return new.target ? Reflect.construct(load2().createHash, a, new.target) : load2().createHash(...a);
}
function createHmac(...a) {
  return new.target ? Reflect.construct(load2().createHmac, a, new.target) : load2().createHmac(...a);
}
function randomBytes(...a) {
  return new.target ? Reflect.construct(load2().randomBytes, a, new.target) : load2().randomBytes(...a);
}
var crypto_default = new Proxy({}, { get: (_, k) => load2()[k] });

// src/io/lock.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path2 = __toESM(require_path(), 1);

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
var MAX_LOCK_BYTES = 64 * 1024;
function lockPath(paths, profile) {
  return (0, import_node_path2.join)(paths.stateDir, `${profileStem(profile)}.lock`);
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
    const record = {
      pid: process.pid,
      host: (0, import_node_os.hostname)(),
      profile,
      startedAt: now,
      deadline: opts.deadline,
      nonce: randomBytes(8).toString("hex"),
      ...opts.trigger ? { trigger: opts.trigger } : {}
    };
    if (createExclusive(file, `${JSON.stringify(record)}
`)) {
      return { acquired: true, record, tookOver, release: () => releaseIfOurs(file, record.nonce) };
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
  let st;
  try {
    st = (0, import_node_fs2.statSync)(file);
  } catch (err) {
    if (err.code === "ENOENT") return { state: "free" };
    return { state: "held", holder: null, reason: `cannot read ${file} (${err.code ?? "error"})` };
  }
  if (!st.isFile()) return { state: "stale", holder: null, reason: `${file} is not a lock file (a directory or other non-file)` };
  const text = readOwnText(file, MAX_LOCK_BYTES) ?? "";
  return decideLockState({ text, ageMs: now - st.mtimeMs, now, host: (0, import_node_os.hostname)(), isAlive: pidAlive });
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
    (0, import_node_fs2.rmSync)(file, { recursive: true, force: true });
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
    const rec = JSON.parse(readOwnText(file, MAX_LOCK_BYTES) ?? "");
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
  return new Promise((resolve2) => {
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
      resolve2({ startedAt, endedAt: now, durationMs: now - startedAt, exitCode: null, timedOut: false, tail, spawnError: err.message });
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
    let done = false;
    let exitCode = null;
    let spawnError = null;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      clearTimeout(hardStop);
      opts.signal?.removeEventListener("abort", onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      splitters.forEach((flush) => flush());
      const endedAt = Date.now();
      resolve2({ startedAt, endedAt, durationMs: endedAt - startedAt, exitCode, timedOut, tail, spawnError });
    };
    let stopping = false;
    const stop = () => {
      if (stopping || done) return;
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

// src/io/profile-source.ts
var import_node_path3 = __toESM(require_path(), 1);

// src/errors.ts
var ok = (value) => ({ ok: true, value });
var fail = (code, message, hint) => ({
  ok: false,
  error: { code, message, hint }
});
function formatError(e) {
  return stripControl(`cc-aws-keepalive: ${e.message}${e.hint ? ` \u2014 ${e.hint}` : ""}`);
}

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
function readOnce(file) {
  const r = readRegularText(file, MAX_CREDENTIALS_BYTES);
  if ("missing" in r) return { ini: fail("CREDS_MISSING", `${file} does not exist`, "log in with your AWS login tool (the loginCmd in the config) so it writes your credentials there"), stamp: null, mtimeMs: 0 };
  if ("problem" in r) return { ini: fail(r.problem.includes("too large") ? "CREDS_TOO_LARGE" : "CREDS_READ", r.problem, "check the file, or point AWS_SHARED_CREDENTIALS_FILE at the right one"), stamp: null, mtimeMs: 0 };
  return { ini: ok(parseAwsIni(r.text)), stamp: r.stamp, mtimeMs: r.mtimeMs };
}
var MID_WRITE = ["CREDS_MISSING", "PROFILE_NOT_FOUND", "KEYS_MISSING", "NO_SESSION_TOKEN"];
var SETTLE_MS = 200;
var SETTLE_STEP_MS = 5;
var FRESH_WRITE_MS = 1e3;
var sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
function readCredentialsSettled(file, pick) {
  const until = Date.now() + SETTLE_MS;
  for (; ; ) {
    const { ini, stamp, mtimeMs } = readOnce(file);
    const r = pick(ini);
    if (r.ok || !MID_WRITE.includes(r.error.code) || Date.now() >= until) return r;
    const after = currentStamp(file);
    if (stamp === null && after === null) return r;
    if (after === stamp && Date.now() - mtimeMs >= FRESH_WRITE_MS) return r;
    sleepSync(SETTLE_STEP_MS);
  }
}

// src/io/profile-source.ts
function loadProfile(ctx) {
  const { paths } = ctx;
  const name = ctx.profile.name;
  const credsFile = paths.awsCredentials;
  const fromFile = readCredentialsSettled(
    credsFile,
    (ini) => ini.ok ? profileCredentials(ini.value, name, credsFile, ctx.loaded.config.expirationField) : ini
  );
  if (fromFile.ok) return ok({ kind: "file", file: credsFile, creds: fromFile.value, expiry: fromFile.value.expiry });
  if (!["CREDS_MISSING", "PROFILE_NOT_FOUND", "KEYS_MISSING"].includes(fromFile.error.code)) return fromFile;
  const cfgText = readSmallText(paths.awsConfig, 4 * 1024 * 1024);
  const cfg = "text" in cfgText ? configProfile(parseAwsIni(cfgText.text), name) : null;
  if (!cfg || cfg.kind === "other") return fromFile;
  let expiry;
  if (cfg.ssoTokenFile) {
    const token = readSmallText((0, import_node_path3.join)(paths.awsSsoCache, cfg.ssoTokenFile), 1024 * 1024);
    expiry = ssoTokenExpiry("text" in token ? token.text : null, (0, import_node_path3.join)(paths.awsSsoCache, cfg.ssoTokenFile));
  } else {
    expiry = { expiresAt: null, source: { kind: "none" }, reason: `profile "${name}" gets credentials through the AWS CLI (${cfg.kind}); expiry known only after an export` };
  }
  return ok({ kind: "config", file: paths.awsConfig, config: cfg, expiry });
}

// src/io/state-file.ts
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
  const text = readOwnText(statePath(paths, profile), MAX_STATE_BYTES);
  return text === null ? {} : parseState(text);
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

// src/core/sts-plan.ts
var STS_CACHE_TTL_MS = 2 * 6e4;
var nonEmpty = (v) => typeof v === "string" && v.trim() !== "";
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
  const [region, regionFrom] = nonEmpty(env.AWS_REGION) ? [env.AWS_REGION.trim(), "AWS_REGION"] : nonEmpty(env.AWS_DEFAULT_REGION) ? [env.AWS_DEFAULT_REGION.trim(), "AWS_DEFAULT_REGION"] : fromConfig ? [fromConfig, `region of profile "${profile}" in ~/.aws/config`] : ["us-east-1", "no region configured, us-east-1"];
  for (const name of ["AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL"]) {
    const v = env[name];
    if (!nonEmpty(v)) continue;
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

// src/io/cli-login.ts
var INTERACTIVE_TIMEOUT_MS = 10 * 6e4;
var LOCK_GRACE_MS = 5e3;
async function runCliLogin(i) {
  const ctx = await loadContext(i.env, i.paths);
  const cfg = ctx.loaded.config;
  const profile = ctx.profile.name;
  const configFile = ctx.loaded.file ?? i.paths.configJson;
  const auto = cfg.autoLoginCmd.trim();
  const manual = cfg.loginCmd.trim();
  if (!auto && !(manual && i.interactive)) {
    i.out(`cc-aws-keepalive: autoLoginCmd is not set in ${configFile}${manual ? ` \u2014 or run this in a terminal: ${displayCommand(manual)}` : ' (set it, or "loginCmd" to log in interactively from here)'}`);
    return 1;
  }
  const timeoutMs = auto ? cfg.loginTimeoutSeconds * 1e3 : INTERACTIVE_TIMEOUT_MS;
  const lock = tryAcquireLock(i.paths, profile, { deadline: Date.now() + timeoutMs + LOCK_GRACE_MS, trigger: "cli" });
  if (!lock.acquired) {
    const h = lock.lock.holder;
    i.out(`cc-aws-keepalive: a login for profile "${profile}" is already running${h ? ` (pid ${h.pid})` : ""} \u2014 wait for it, then /aws-keepalive status`);
    return 1;
  }
  try {
    if (auto) {
      i.out(`Running autoLoginCmd for AWS profile "${profile}" (up to ${Math.round(timeoutMs / 1e3)} s): ${displayCommand(auto)}`);
      const r = await runLogin({ command: auto, env: i.env, timeoutMs, signal: i.signal, onLine: (l) => i.out(`  ${l}`) });
      recordLogin(i.paths, profile, "cli", r, null, null);
      if (r.spawnError) i.out(`cc-aws-keepalive: autoLoginCmd could not be started (${r.spawnError})`);
      else if (r.timedOut) i.out(`cc-aws-keepalive: autoLoginCmd did not finish within ${Math.round(timeoutMs / 1e3)} s and was stopped (loginTimeoutSeconds in ${configFile})`);
      else if (r.exitCode !== 0) i.out(`cc-aws-keepalive: autoLoginCmd failed (exit code ${r.exitCode})`);
      if (r.exitCode !== 0) return 1;
    } else {
      i.out(`Running loginCmd for AWS profile "${profile}": ${displayCommand(manual)}`);
      const code = await runInteractive(manual, i.env, timeoutMs);
      if (code !== 0) {
        i.out(`cc-aws-keepalive: loginCmd ${code === null ? "was stopped" : `failed (exit code ${code})`}`);
        return 1;
      }
    }
    return await report(ctx, i) ? 0 : 1;
  } finally {
    lock.release();
  }
}
async function report(ctx, i) {
  const p = loadProfile(ctx);
  if (!p.ok) {
    i.out(`cc-aws-keepalive: the login finished, but ${p.error.message} \u2014 ${p.error.hint}`);
    return false;
  }
  const e = p.value.expiry;
  if (e.expiresAt !== null) {
    const left = e.expiresAt - Date.now();
    i.out(left > 0 ? `Logged in: credentials valid for ${formatDuration(left)} (${describeExpirySource(e)}).` : "cc-aws-keepalive: the login finished, but the credentials on disk are still expired \u2014 is autoLoginCmd writing this profile?");
    return left > 0;
  }
  if (p.value.kind !== "file") {
    i.out("Logged in (the AWS CLI produces the credentials; their expiry shows after the next export).");
    return true;
  }
  const answer = await probeAndCache(ctx.paths, ctx.profile.name, p.value.creds, i.env, 5e3);
  i.out(answer.verdict === "valid" ? "Logged in: STS accepts the new credentials." : `cc-aws-keepalive: the login finished; STS: ${answer.reason}`);
  return answer.verdict !== "invalid";
}
function runInteractive(command, env, timeoutMs) {
  return new Promise((resolve2) => {
    const child = spawn(command, { shell: true, stdio: "inherit", env });
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.on("error", () => {
      clearTimeout(timer);
      resolve2(null);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve2(code);
    });
  });
}

// src/io/setup.ts
var import_node_fs9 = __toESM(require_fs(), 1);
var import_node_path10 = __toESM(require_path(), 1);

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
var MAX_DEPTH = 256;
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
    const m3 = re.exec(text);
    if (!m3) throw new Error(`invalid JSON at offset ${pos}`);
    pos = re.lastIndex;
    return m3[0];
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
  for (let m3 = re.exec(text); m3; m3 = re.exec(text)) {
    const tok = m3[0];
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

// src/core/settings-plan.ts
var COMMAND_KEYS = ["awsCredentialExport", "awsAuthRefresh"];
var SETTINGS_SKELETON = "{\n}\n";
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

// src/io/omc-hud.ts
var import_node_fs5 = __toESM(require_fs(), 1);
var import_node_path6 = __toESM(require_path(), 1);
function cleanupOmcLegacy(paths, opts) {
  const out = { done: [], skipped: [] };
  const hud = (0, import_node_path6.join)(paths.claudeDir, "hud", "omc-hud.mjs");
  const hudText = readText(hud);
  const stripped = hudText === null ? null : stripLegacyPatch(hudText);
  if (stripped !== null) {
    if (!opts.dryRun) {
      try {
        writeFileAtomic(hud, stripped, (0, import_node_fs5.statSync)(hud).mode & 511);
      } catch (err) {
        out.skipped.push(`${hud}: could not remove the old cc-aws-keepalive timer patch (${err.code ?? "error"}) \u2014 delete the lines between the "cc-aws-keepalive:timer" markers by hand`);
        return out;
      }
    }
    out.done.push(`${hud}: removed the old cc-aws-keepalive timer patch`);
  }
  const wrapper = (0, import_node_path6.join)(paths.claudeDir, "hud", LEGACY_WRAPPER_NAME);
  const wrapperText = readText(wrapper);
  if (wrapperText !== null && isLegacyWrapper(wrapperText)) {
    if (opts.statusLineCommand?.includes(LEGACY_WRAPPER_NAME)) {
      out.skipped.push(`${wrapper}: kept, settings.json statusLine still runs it`);
    } else {
      if (!opts.dryRun) {
        try {
          (0, import_node_fs5.unlinkSync)(wrapper);
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

// src/io/claude-settings-file.ts
var import_node_fs6 = __toESM(require_fs(), 1);
var import_node_path7 = __toESM(require_path(), 1);
var MAX_BYTES = 8 * 1024 * 1024;
var KEEP_BACKUPS = 20;
function readTextFile(file) {
  const target = followLinks(file);
  let st;
  try {
    st = (0, import_node_fs6.statSync)(target);
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
    if (f.mode !== null) (0, import_node_fs6.chmodSync)(f.target, f.mode);
  } catch (err) {
    const code = err.code ?? "error";
    return fail("SETTINGS_WRITE", `cannot write ${f.file} (${code})`, `check the permissions of ${(0, import_node_path7.dirname)(f.target)}; the file was left as it was`);
  }
  return ok({ backup });
}
function backupCopy(target, dir, now) {
  (0, import_node_fs6.mkdirSync)(dir, { recursive: true, mode: 448 });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const name = (0, import_node_path7.basename)(target);
  let dest = (0, import_node_path7.join)(dir, `${name}.${stamp}.bak`);
  for (let i = 1; existsQuiet(dest); i++) dest = (0, import_node_path7.join)(dir, `${name}.${stamp}-${i}.bak`);
  (0, import_node_fs6.copyFileSync)(target, dest);
  (0, import_node_fs6.chmodSync)(dest, 384);
  pruneBackups(dir, name);
  return dest;
}
function pruneBackups(dir, name) {
  const ours = (0, import_node_fs6.readdirSync)(dir).filter((f) => f.startsWith(`${name}.`) && f.endsWith(".bak")).sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - KEEP_BACKUPS))) {
    try {
      (0, import_node_fs6.unlinkSync)((0, import_node_path7.join)(dir, old));
    } catch {
    }
  }
}
function existsQuiet(p) {
  try {
    (0, import_node_fs6.lstatSync)(p);
    return true;
  } catch {
    return false;
  }
}
function followLinks(file) {
  try {
    return (0, import_node_fs6.realpathSync)(file);
  } catch {
  }
  let p = (0, import_node_path7.resolve)(file);
  for (let hops = 0; hops < 40; hops++) {
    let link;
    try {
      if (!(0, import_node_fs6.lstatSync)(p).isSymbolicLink()) return p;
      link = (0, import_node_fs6.readlinkSync)(p);
    } catch {
      return p;
    }
    p = (0, import_node_path7.isAbsolute)(link) ? link : (0, import_node_path7.resolve)((0, import_node_path7.dirname)(p), link);
  }
  return p;
}

// src/io/install-record.ts
var import_node_fs7 = __toESM(require_fs(), 1);
var import_node_path8 = __toESM(require_path(), 1);
var recordFile = (stateDir) => (0, import_node_path8.join)(stateDir, "settings-record.json");
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
    (0, import_node_fs7.unlinkSync)(recordFile(stateDir));
  } catch {
  }
}

// src/io/wiring-check.ts
var import_node_fs8 = __toESM(require_fs(), 1);
var import_node_path9 = __toESM(require_path(), 1);
var ORPHAN_MARKER = ".orphaned_at";
var MAX_SETTINGS_BYTES = 8 * 1024 * 1024;
function checkWiring(paths, ownRoot, platform) {
  const ownOrphaned = (0, import_node_fs8.existsSync)((0, import_node_path9.join)(ownRoot, ORPHAN_MARKER));
  const read = readRegularText(paths.claudeSettings, MAX_SETTINGS_BYTES);
  if ("missing" in read) return { settings: { state: "missing" }, wires: [], ownOrphaned, values: {} };
  if ("problem" in read) return { settings: { state: "invalid", problem: read.problem }, wires: [], ownOrphaned, values: {} };
  const { text } = read;
  const parsed = text.trim() === "" ? { ok: true, value: {} } : parseStrictJson(text);
  if (!parsed.ok) return { settings: { state: "invalid", problem: `${paths.claudeSettings}:${parsed.line}:${parsed.col}: ${parsed.reason}` }, wires: [], ownOrphaned, values: {} };
  const settings = isRecord(parsed.value) ? parsed.value : {};
  const wires = readWiring(settings).map((wire) => {
    const facts = wire.ref ? {
      exists: (0, import_node_fs8.existsSync)(expandHome(wire.ref.path, paths.home)),
      orphaned: (0, import_node_fs8.existsSync)((0, import_node_path9.join)(expandHome(wire.ref.root, paths.home), ORPHAN_MARKER))
    } : null;
    return { wire, state: judgeWire(wire, ownRoot, facts, platform) };
  });
  return { settings: { state: "ok" }, wires, ownOrphaned, values: settings };
}

// src/io/setup.ts
var REFRESH_INTERVAL_SECONDS = 30;
var PROMPT_HOOK_TIMEOUT_SECONDS = 10;
async function runSetup(input) {
  const r = await setupSteps(input);
  return { lines: r.lines.map(stripControl), error: r.error === null ? null : stripControl(r.error) };
}
async function setupSteps(input) {
  const { paths, options: o } = input;
  const lines = [];
  const backupDir = (0, import_node_path10.join)(paths.stateDir, "backups");
  if (o.mode === "install" && (0, import_node_fs9.existsSync)((0, import_node_path10.join)(input.root, ORPHAN_MARKER))) {
    const newer = liveSiblings(input.root);
    return {
      lines,
      error: `cc-aws-keepalive: ${input.root} is a version an update replaced \u2014 ${newer.length ? `run ${(0, import_node_path10.join)(newer[0], "dist", "install.mjs")} instead` : "run the installed version's dist/install.mjs instead"}`
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
    const parent = (0, import_node_path10.dirname)(root);
    return (0, import_node_fs9.readdirSync)(parent).map((d) => (0, import_node_path10.join)(parent, d)).filter((d) => d !== root && (0, import_node_fs9.existsSync)((0, import_node_path10.join)(d, "dist", "install.mjs")) && !(0, import_node_fs9.existsSync)((0, import_node_path10.join)(d, ORPHAN_MARKER)));
  } catch {
    return [];
  }
}
function ensureConfig(input) {
  const { paths, options: o } = input;
  if ((0, import_node_fs9.existsSync)(paths.configJson) || (0, import_node_fs9.existsSync)(paths.configToml)) return { line: null, error: null };
  let text;
  try {
    text = (0, import_node_fs9.readFileSync)((0, import_node_path10.join)(input.root, "config.example.json"), "utf8");
  } catch {
    text = "{\n}\n";
  }
  text = setJson(text, ["profile"], o.profile);
  text = setJson(text, ["loginCmd"], "");
  const who = o.profile ? `profile "${o.profile}"` : 'AWS_PROFILE, else the "default" profile';
  if (o.dryRun) return { line: `would create ${paths.configJson} (manages ${who})`, error: null };
  (0, import_node_fs9.mkdirSync)(paths.configDir, { recursive: true, mode: 448 });
  const made = writeTextFile({ file: paths.configJson, target: paths.configJson, text: null, mode: null }, text, {
    backupDir: (0, import_node_path10.join)(paths.stateDir, "backups"),
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
  const w = writeTextFile(cur.value, next, { backupDir: (0, import_node_path10.join)(input.paths.stateDir, "backups"), now: input.now });
  return w.ok ? null : formatError(w.error);
}

// src/io/status-facts.ts
var import_node_fs10 = __toESM(require_fs(), 1);
var import_node_path11 = __toESM(require_path(), 1);

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/io/status-facts.ts
async function gatherStatus(i) {
  return (await gather(i)).facts;
}
async function gather(i) {
  const ctx = await loadContext(i.env, i.paths);
  const profile = loadProfile(ctx);
  const state = readState(i.paths, ctx.profile.name);
  const wiring = checkWiring(i.paths, i.root, i.platform);
  const key = profile.ok && profile.value.kind === "file" ? credentialFingerprint(profile.value.creds.accessKeyId) : null;
  const sts = state.sts && (!state.sts.key || state.sts.key === key) ? state.sts : null;
  const facts = {
    now: i.now,
    version: VERSION,
    root: i.root,
    profile: ctx.profile,
    config: ctx.loaded.config,
    configFile: ctx.loaded.file,
    configPath: i.paths.configJson,
    configWarnings: ctx.loaded.warnings,
    source: profile.ok ? { ok: true, value: { kind: profile.value.kind, file: profile.value.file, configKind: profile.value.kind === "config" ? profile.value.config.kind : null, expiry: profile.value.expiry } } : profile,
    sts,
    lastLogin: state.lastLogin ?? null,
    lock: inspectLock(i.paths, ctx.profile.name, i.now),
    settingsFile: i.paths.claudeSettings,
    settings: wiring.settings,
    wires: wiring.wires.map((w) => ({ key: w.wire.key, state: w.state, command: w.wire.command }))
  };
  return { facts, ctx, profile, settingsValues: wiring.values };
}
var truthy = (v) => typeof v === "string" && ["1", "true", "yes", "on"].includes(v.trim().toLowerCase());
async function gatherDoctor(i) {
  const { facts: s, ctx, profile: p, settingsValues } = await gather(i);
  const settingsEnv = isRecord(settingsValues.env) ? settingsValues.env : {};
  let sts = s.sts;
  if (!sts && p.ok && p.value.kind === "file" && p.value.expiry.expiresAt === null) {
    const answer = await probeAndCache(i.paths, ctx.profile.name, p.value.creds, i.env, i.stsTimeoutMs);
    if (answer.verdict !== "unknown") sts = { checkedAt: Date.now(), valid: answer.verdict === "valid", reason: answer.reason };
  }
  const program = (cmd) => {
    const word = cmd.trim() ? commandProgram(cmd) : null;
    return word ? { word, found: findProgram(word, i.env, i.platform) } : null;
  };
  return {
    ...s,
    sts,
    nodeVersion: process.versions.node,
    bedrock: truthy(i.env.CLAUDE_CODE_USE_BEDROCK) ? "env" : truthy(settingsEnv.CLAUDE_CODE_USE_BEDROCK) ? "settings" : null,
    autoLoginProgram: program(s.config.autoLoginCmd),
    statusLineProgram: program(s.config.statusLineCmd),
    projectOverrides: projectOverrides(i.cwd, i.paths)
  };
}
function projectOverrides(cwd, paths) {
  const out = [];
  for (const name of ["settings.json", "settings.local.json"]) {
    const file = (0, import_node_path11.join)(cwd, ".claude", name);
    if (file === paths.claudeSettings) continue;
    let value;
    try {
      value = JSON.parse(readOwnText(file) ?? "");
    } catch {
      continue;
    }
    if (!isRecord(value)) continue;
    for (const key of ["awsCredentialExport", "awsAuthRefresh"]) {
      const command = commandOf(value, key);
      if (command !== null) out.push({ file, key, command, ours: findScript(command, SCRIPT_OF[key]) !== null });
    }
  }
  return out;
}
var BUILTINS = /* @__PURE__ */ new Set(["exec", "eval", ".", "source", "cd", "command", "env", "export", "if", "test", "["]);
function findProgram(word, env, platform) {
  if (BUILTINS.has(word)) return word;
  const home = env.HOME ?? env.USERPROFILE ?? "";
  const expanded = word.startsWith("~/") ? (0, import_node_path11.join)(home, word.slice(2)) : word;
  const exts = platform === "win32" ? ["", ...(env.PATHEXT ?? ".COM;.EXE;.BAT;.CMD").split(";").map((e) => e.toLowerCase())] : [""];
  const candidates = (0, import_node_path11.isAbsolute)(expanded) || /[\\/]/.test(expanded) ? [expanded] : (env.PATH ?? env.Path ?? "").split(platform === "win32" ? ";" : import_node_path11.delimiter).filter(Boolean).map((d) => (0, import_node_path11.join)(d, expanded));
  for (const c of candidates) {
    for (const ext of exts) {
      const p = c + ext;
      try {
        if (!(0, import_node_fs10.statSync)(p).isFile()) continue;
        if (platform !== "win32") (0, import_node_fs10.accessSync)(p, import_node_fs10.constants.X_OK);
        return p;
      } catch {
      }
    }
  }
  return null;
}

// src/io/cli-commands.ts
async function runCommand(argv, ctx) {
  const c = { ...ctx, out: (line) => ctx.out(stripControl(line)) };
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    c.out(`cc-aws-keepalive: ${parsed.message}`);
    c.out(CLI_USAGE);
    return 2;
  }
  const base = { env: c.env, paths: c.paths, root: c.root, platform: c.platform, now: Date.now(), cwd: c.cwd };
  switch (parsed.sub) {
    case "help":
      c.out(CLI_USAGE);
      return 0;
    case "status":
      renderStatus(await gatherStatus(base)).forEach(c.out);
      return 0;
    case "doctor": {
      const checks = runDoctor(await gatherDoctor({ ...base, stsTimeoutMs: c.where === "slash" ? 2e3 : 5e3 }));
      renderDoctor(checks, VERSION).forEach(c.out);
      return checks.some((x) => x.status === "fail") ? 1 : 0;
    }
    case "login":
      if (c.where === "slash") return startBackgroundLogin(c, await loadConfig(c.paths));
      return runCliLogin({ env: c.env, paths: c.paths, interactive: c.interactive, out: c.out, signal: c.signal });
    case "setup": {
      const args = parseSetupArgs(parsed.args);
      if (!args.ok) {
        c.out(`cc-aws-keepalive: ${args.message}`);
        c.out(SETUP_USAGE);
        return 2;
      }
      if (args.value.help) {
        c.out(SETUP_USAGE);
        return 0;
      }
      const r = await runSetup({ paths: c.paths, root: c.root, platform: c.platform, now: /* @__PURE__ */ new Date(), options: args.value });
      r.lines.forEach(c.out);
      if (r.error) c.out(r.error);
      return r.error ? 1 : 0;
    }
  }
}
function startBackgroundLogin(c, loaded) {
  if (!loaded.config.autoLoginCmd.trim()) {
    const manual = loaded.config.loginCmd.trim();
    c.out(`cc-aws-keepalive: autoLoginCmd is not set in ${loaded.file ?? c.paths.configJson}${manual ? ` \u2014 log in from a terminal: ${displayCommand(manual)}` : ""}`);
    return 1;
  }
  try {
    const child = spawn(process.execPath, [(0, import_node_path12.join)(c.root, "dist", "cli.mjs"), "login"], { env: c.env, stdio: "ignore", detached: true, windowsHide: true });
    child.on("error", () => void 0);
    child.unref();
  } catch (err) {
    c.out(`cc-aws-keepalive: could not start the login (${err.message})`);
    return 1;
  }
  c.out("Login started in the background (autoLoginCmd) \u2014 approve MFA if your login tool asks; /aws-keepalive status shows how it went.");
  return 0;
}

// src/io/paths.ts
var import_node_os2 = __toESM(require_os(), 1);
var import_node_path13 = __toESM(require_path(), 1);
var nonEmpty2 = (v) => typeof v === "string" && v.trim() !== "";
function resolvePaths({ env, home, platform }) {
  const p = platform === "win32" ? import_node_path13.win32 : import_node_path13.posix;
  const expand = (v) => v === "~" || /^~[\\/]/.test(v) ? p.join(home, v.slice(1)) : v;
  const configRoot = platform === "win32" ? nonEmpty2(env.APPDATA) ? env.APPDATA : p.join(home, "AppData", "Roaming") : nonEmpty2(env.XDG_CONFIG_HOME) ? expand(env.XDG_CONFIG_HOME) : p.join(home, ".config");
  const stateRoot = platform === "win32" ? nonEmpty2(env.LOCALAPPDATA) ? env.LOCALAPPDATA : p.join(home, "AppData", "Local") : nonEmpty2(env.XDG_STATE_HOME) ? expand(env.XDG_STATE_HOME) : p.join(home, ".local", "state");
  const configDir = p.join(configRoot, "cc-aws-keepalive");
  const claudeDir = nonEmpty2(env.CLAUDE_CONFIG_DIR) ? expand(env.CLAUDE_CONFIG_DIR) : p.join(home, ".claude");
  return {
    home,
    configDir,
    configJson: p.join(configDir, "config.json"),
    configToml: p.join(configDir, "config.toml"),
    stateDir: p.join(stateRoot, "cc-aws-keepalive"),
    claudeDir,
    claudeSettings: p.join(claudeDir, "settings.json"),
    awsCredentials: nonEmpty2(env.AWS_SHARED_CREDENTIALS_FILE) ? expand(env.AWS_SHARED_CREDENTIALS_FILE) : p.join(home, ".aws", "credentials"),
    awsConfig: nonEmpty2(env.AWS_CONFIG_FILE) ? expand(env.AWS_CONFIG_FILE) : p.join(home, ".aws", "config"),
    awsSsoCache: p.join(home, ".aws", "sso", "cache")
  };
}
function processPaths() {
  return resolvePaths({ env: process.env, home: (0, import_node_os2.homedir)(), platform: process.platform });
}

// src/io/slash-command.ts
async function handleSlashCommand(prompt, c) {
  const words = slashCommandWords(prompt);
  if (!words) return null;
  const lines = [];
  try {
    await runCommand(words, { ...c, where: "slash", interactive: false, out: (l) => lines.push(l), signal: new AbortController().signal });
  } catch (err) {
    lines.push(`cc-aws-keepalive: ${words[0] ?? "status"} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { reason: lines.join("\n") };
}

// src/entries/cli.ts
async function main() {
  process.stdout.on("error", () => void 0);
  const root = (0, import_node_url2.fileURLToPath)(new URL("..", import.meta.url)).replace(/[\\/]$/, "");
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  process.once("SIGTERM", () => stop.abort());
  return runCommand(process.argv.slice(2), {
    env: process.env,
    paths: processPaths(),
    root,
    platform: process.platform,
    cwd: process.cwd(),
    where: "terminal",
    interactive: Boolean(process.stdin.isTTY),
    out: (line) => process.stdout.write(`${line}
`),
    signal: stop.signal
  });
}
var self = (0, import_node_url2.fileURLToPath)(import.meta.url);
var isMain = (() => {
  try {
    return process.argv[1] !== void 0 && (0, import_node_fs11.realpathSync)(process.argv[1]) === (0, import_node_fs11.realpathSync)(self);
  } catch {
    return false;
  }
})();
if (isMain) main().then(
  (code) => process.exitCode = code,
  (err) => {
    process.stderr.write(`cc-aws-keepalive: unexpected error: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = 1;
  }
);
export {
  handleSlashCommand
};
