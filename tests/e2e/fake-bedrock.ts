// A fake AWS on 127.0.0.1 for the end-to-end suite: Bedrock runtime (invoke, invoke-with-response-stream),
// the Bedrock control plane (inference profiles), STS GetCallerIdentity, and a forward proxy that fails every
// stray request fast. Keys are judged by the access key id in the SigV4 Authorization header; signatures are not
// checked. Every request is logged so a scenario can prove which key the client used, and when.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { chunkMessage } from './eventstream.ts';

export type KeyState = 'valid' | 'expired';

export type RequestKind = 'inference-profiles' | 'invoke' | 'stream' | 'sts' | 'control' | 'stray' | 'other';

export interface LogEntry {
  seq: number;
  /** Epoch milliseconds when the request arrived. */
  t: number;
  method: string;
  /** Path and query as received (absolute-form URL for proxied requests, host:port for CONNECT). */
  path: string;
  host: string;
  kind: RequestKind;
  /** The access key id from `Authorization: … Credential=<AKID>/…`, or null. */
  akid: string | null;
  /** The SigV4 scope's service (`bedrock`, `sts`), or null. */
  service: string | null;
  status: number;
  /** The model's reply text for invoke/stream, or the reason for an error. */
  note: string;
  /** max_tokens of a model request, when the body had one. */
  maxTokens?: number;
  /** The last user message's text, for model requests (trimmed to 200 chars). */
  prompt?: string;
  /** A model request that is a conversation turn (it carries tools), as opposed to a probe or side request. */
  turn?: boolean;
}

export interface ReplyContext {
  /** The reply counter: 1 for the first conversation turn answered, then 2, … (probes and side requests do not count). */
  n: number;
  akid: string;
  prompt: string;
  body: Record<string, unknown>;
}

export interface FakeBedrockOptions {
  /** Keys accepted from the start. */
  validKeys?: string[];
  /** The reply for each real model turn; default `PONG-<n>`. */
  reply?: (ctx: ReplyContext) => string;
  /** Delay before answering a model request, to widen timing windows. */
  replyDelayMs?: number;
  /** Echo each request to stderr as it happens (the demo and debugging). */
  onRequest?: (e: LogEntry) => void;
}

export interface FakeBedrock {
  /** `http://127.0.0.1:<port>` — ANTHROPIC_BEDROCK_BASE_URL, AWS_ENDPOINT_URL_STS and the proxies. */
  url: string;
  port: number;
  setKey(akid: string, state: KeyState): void;
  keyState(akid: string): KeyState | 'unknown';
  /** Every request so far, oldest first (a copy). */
  log(): LogEntry[];
  /** Conversation turns answered with 200 (each carries a PONG), oldest first. */
  answered(): LogEntry[];
  /** The counter's current value: how many PONGs were handed out. */
  replies(): number;
  /** Resolves with the first log entry (past or future) that matches, or rejects after timeoutMs. */
  waitFor(pred: (e: LogEntry) => boolean, timeoutMs: number, what?: string): Promise<LogEntry>;
  /** The log as text, one request a line, for evidence files. */
  formatLog(): string;
  close(): Promise<void>;
}

/** The answer to side requests (session title and the like): short, and never mistaken for a PONG. */
export const SIDE_REPLY = 'E2E side reply';
const EXPIRED_MESSAGE = 'The security token included in the request is expired';
const ACCOUNT = '123456789012';

export function parseAuthorization(header: string | undefined): { akid: string; service: string } | null {
  const m = /Credential=([^/,\s]+)\/[^/]*\/[^/]*\/([^/]+)\//.exec(header ?? '');
  return m ? { akid: m[1]!, service: m[2]! } : null;
}

function lastUserText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? (body.messages as { role?: string; content?: unknown }[]) : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role !== 'user') continue;
    if (typeof m.content === 'string') return m.content;
    if (Array.isArray(m.content)) {
      const texts = (m.content as { type?: string; text?: string }[]).filter((c) => c.type === 'text' && typeof c.text === 'string');
      // Claude Code puts system reminders before the typed prompt: the last text block is what the user typed.
      if (texts.length) return texts[texts.length - 1]!.text!;
    }
  }
  return '';
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

export async function startFakeBedrock(opts: FakeBedrockOptions = {}): Promise<FakeBedrock> {
  const keys = new Map<string, KeyState>((opts.validKeys ?? []).map((k) => [k, 'valid']));
  const entries: LogEntry[] = [];
  const waiters: { pred: (e: LogEntry) => boolean; resolve: (e: LogEntry) => void }[] = [];
  const sockets = new Set<Socket>();
  let seq = 0;
  let counter = 0;
  const reply = opts.reply ?? ((c: ReplyContext) => `PONG-${c.n}`);

  const record = (e: Omit<LogEntry, 'seq'>): LogEntry => {
    const full = { seq: ++seq, ...e };
    entries.push(full);
    opts.onRequest?.(full);
    for (const w of [...waiters]) {
      if (w.pred(full)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(full);
      }
    }
    return full;
  };

  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer) => {
    res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), 'x-amzn-requestid': randomUUID(), ...headers });
    res.end(body);
  };

  const expired = (res: ServerResponse) =>
    send(res, 403, { 'content-type': 'application/json', 'x-amzn-errortype': 'ExpiredTokenException' }, JSON.stringify({ message: EXPIRED_MESSAGE }));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const t = Date.now();
    const method = req.method ?? 'GET';
    const raw = req.url ?? '/';
    const host = req.headers.host ?? '';
    const auth = parseAuthorization(req.headers.authorization);
    const akid = auth?.akid ?? null;
    const base = { t, method, path: raw, host, akid, service: auth?.service ?? null };
    const body = await readBody(req);

    // Absolute-form target: a request sent through us as a proxy. Ours only if it names this server.
    let path = raw;
    if (/^https?:\/\//i.test(raw)) {
      const u = new URL(raw);
      if (u.hostname !== '127.0.0.1' || Number(u.port) !== port) {
        record({ ...base, kind: 'stray', status: 502, note: 'stray request through the proxy' });
        return send(res, 502, { 'content-type': 'text/plain' }, 'fake-bedrock: no network in tests');
      }
      path = u.pathname + u.search;
    }
    const pathname = path.split('?')[0]!;

    if (pathname.startsWith('/__control/')) return control(pathname, method, body, res, base);

    const isSts = auth?.service === 'sts' || (method === 'POST' && pathname === '/' && /Action=GetCallerIdentity/.test(body.toString()));
    if (isSts) return sts(body, res, base, req);

    if (method === 'GET' && /^\/inference-profiles\/?$/.test(pathname)) {
      const state = akid ? keys.get(akid) : undefined;
      if (state !== 'valid') {
        record({ ...base, kind: 'inference-profiles', status: 403, note: `key ${akid ?? '(none)'} ${state ?? 'unknown'}` });
        return expired(res);
      }
      record({ ...base, kind: 'inference-profiles', status: 200, note: '' });
      return send(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ inferenceProfileSummaries: [] }));
    }

    const model = /^\/model\/([^/]+)\/(invoke|invoke-with-response-stream)$/.exec(pathname);
    if (method === 'POST' && model) {
      const kind: RequestKind = model[2] === 'invoke' ? 'invoke' : 'stream';
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        /* logged below as an empty prompt */
      }
      const maxTokens = typeof json.max_tokens === 'number' ? json.max_tokens : undefined;
      const prompt = lastUserText(json).slice(0, 200);
      const probe = kind === 'invoke' && (maxTokens ?? 0) <= 1;
      // A turn carries the tool list; side requests (the session title, summaries) have none and get no PONG.
      const turn = !probe && Array.isArray(json.tools) && json.tools.length > 0;
      const state = akid ? keys.get(akid) : undefined;
      if (state !== 'valid') {
        record({ ...base, kind, status: 403, note: `key ${akid ?? '(none)'} ${state ?? 'unknown'}`, maxTokens, prompt, turn });
        return expired(res);
      }
      if (opts.replyDelayMs) await new Promise((r) => setTimeout(r, opts.replyDelayMs));
      const text = probe ? 'P' : turn ? reply({ n: ++counter, akid: akid!, prompt, body: json }) : SIDE_REPLY;
      const modelId = decodeURIComponent(model[1]!);
      record({ ...base, kind, status: 200, note: text, maxTokens, prompt, turn });
      if (kind === 'invoke') return send(res, 200, { 'content-type': 'application/json' }, JSON.stringify(message(modelId, text, 'end_turn')));
      return stream(res, modelId, text);
    }

    record({ ...base, kind: 'other', status: 404, note: 'no such route in fake-bedrock' });
    return send(res, 404, { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' }, '{"message":"fake-bedrock: no such route"}');
  }

  function sts(body: Buffer, res: ServerResponse, base: Omit<LogEntry, 'seq' | 'kind' | 'status' | 'note'>, req: IncomingMessage): void {
    const text = body.toString('utf8');
    const json = /json/.test(String(req.headers['content-type'] ?? ''));
    const action = /Action=([A-Za-z]+)/.exec(text)?.[1] ?? /\.([A-Za-z]+)$/.exec(String(req.headers['x-amz-target'] ?? ''))?.[1] ?? '';
    const state = base.akid ? keys.get(base.akid) : undefined;
    const rid = randomUUID();
    if (action !== 'GetCallerIdentity') {
      record({ ...base, kind: 'sts', status: 400, note: `unsupported STS action "${action}"` });
      return send(res, 400, { 'content-type': 'text/xml' }, stsError('InvalidAction', `fake STS only answers GetCallerIdentity`, rid));
    }
    if (state !== 'valid') {
      record({ ...base, kind: 'sts', status: 403, note: `key ${base.akid ?? '(none)'} ${state ?? 'unknown'}` });
      if (json) return send(res, 403, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-query-error': 'ExpiredToken;Sender' }, JSON.stringify({ __type: 'ExpiredTokenException', message: EXPIRED_MESSAGE }));
      return send(res, 403, { 'content-type': 'text/xml' }, stsError('ExpiredToken', EXPIRED_MESSAGE, rid));
    }
    record({ ...base, kind: 'sts', status: 200, note: 'GetCallerIdentity' });
    const arn = `arn:aws:sts::${ACCOUNT}:assumed-role/e2e-role/${base.akid}`;
    if (json) return send(res, 200, { 'content-type': 'application/x-amz-json-1.1' }, JSON.stringify({ Account: ACCOUNT, Arn: arn, UserId: `AROAE2E:${base.akid}` }));
    return send(
      res,
      200,
      { 'content-type': 'text/xml' },
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>${arn}</Arn>
    <UserId>AROAE2E:${base.akid}</UserId>
    <Account>${ACCOUNT}</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata>
    <RequestId>${rid}</RequestId>
  </ResponseMetadata>
</GetCallerIdentityResponse>
`,
    );
  }

  /** The HTTP face of the control API, for tools outside the test process (the demo uses the in-process one). */
  function control(pathname: string, method: string, body: Buffer, res: ServerResponse, base: Omit<LogEntry, 'seq' | 'kind' | 'status' | 'note'>): void {
    const ok = (v: unknown) => send(res, 200, { 'content-type': 'application/json' }, JSON.stringify(v));
    if (method === 'GET' && pathname === '/__control/log') return ok(entries);
    if (method === 'GET' && pathname === '/__control/keys') return ok(Object.fromEntries(keys));
    if (method === 'POST' && pathname === '/__control/keys') {
      // Body: {"AKID…":"valid"|"expired", …}
      try {
        for (const [k, v] of Object.entries(JSON.parse(body.toString('utf8')) as Record<string, KeyState>)) keys.set(k, v);
        return ok(Object.fromEntries(keys));
      } catch {
        return send(res, 400, { 'content-type': 'text/plain' }, 'expected {"AKID":"valid"|"expired"}');
      }
    }
    record({ ...base, kind: 'control', status: 404, note: 'unknown control route' });
    return send(res, 404, { 'content-type': 'text/plain' }, 'control routes: GET /__control/log, GET|POST /__control/keys');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      record({ t: Date.now(), method: req.method ?? '', path: req.url ?? '', host: req.headers.host ?? '', akid: null, service: null, kind: 'other', status: 500, note: String(err) });
      if (!res.headersSent) send(res, 500, { 'content-type': 'text/plain' }, 'fake-bedrock internal error');
      else res.destroy();
    });
  });
  // HTTPS through the proxy arrives as CONNECT: refuse it at once so a stray call fails in milliseconds.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    record({ t: Date.now(), method: 'CONNECT', path: req.url ?? '', host: req.url ?? '', akid: null, service: null, kind: 'stray', status: 403, note: 'stray HTTPS through the proxy' });
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const answered = () => entries.filter((e) => e.status === 200 && e.turn === true);

  return {
    url,
    port,
    setKey: (akid, state) => void keys.set(akid, state),
    keyState: (akid) => keys.get(akid) ?? 'unknown',
    log: () => entries.map((e) => ({ ...e })),
    answered,
    replies: () => counter,
    waitFor(pred, timeoutMs, what = 'a matching request') {
      const found = entries.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { pred, resolve: (e: LogEntry) => (clearTimeout(timer), resolve(e)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`fake-bedrock: no ${what} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    formatLog: () => entries.map(formatEntry).join('\n') + (entries.length ? '\n' : ''),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function formatEntry(e: LogEntry): string {
  const extra = [
    e.maxTokens !== undefined ? `max_tokens=${e.maxTokens}` : '',
    e.turn === false && e.status === 200 && e.maxTokens !== 1 ? '(side request)' : '',
    e.prompt ? `prompt=${JSON.stringify(e.prompt.slice(0, 40))}` : '',
    e.note ? `— ${e.note}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${new Date(e.t).toISOString()} #${e.seq} ${e.status} ${e.kind} ${e.method} ${e.path} key=${e.akid ?? '-'}${extra ? ` ${extra}` : ''}`;
}

function message(model: string, text: string, stopReason: string) {
  return {
    id: `msg_e2e_${randomUUID().slice(0, 8)}`,
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text }],
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 12, output_tokens: 4 },
  };
}

function stream(res: ServerResponse, model: string, text: string): void {
  const start = message(model, '', '');
  const events = [
    { type: 'message_start', message: { ...start, content: [], stop_reason: null, usage: { input_tokens: 12, output_tokens: 1 } } },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } },
    { type: 'content_block_stop', index: 0 },
    { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 4 } },
    {
      type: 'message_stop',
      'amazon-bedrock-invocationMetrics': { inputTokenCount: 12, outputTokenCount: 4, invocationLatency: 5, firstByteLatency: 2 },
    },
  ];
  res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': randomUUID(), 'x-amzn-bedrock-content-type': 'application/json' });
  for (const e of events) res.write(chunkMessage(e));
  res.end();
}

function stsError(code: string, msg: string, rid: string): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>${code}</Code>
    <Message>${msg}</Message>
  </Error>
  <RequestId>${rid}</RequestId>
</ErrorResponse>
`;
}
