// A forward proxy on 127.0.0.1 that refuses everything and counts what it refused: plain requests get 403, CONNECT
// (HTTPS) gets 403 and a closed socket. Point HTTPS_PROXY/HTTP_PROXY/npm_config_*proxy at it to prove a program
// tried no network, or to count how hard it tried.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RefusingProxy {
  url: string;
  /** `CONNECT host:port` or `GET http://…`, one line per refused request. */
  refused: string[];
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end('refused: no network in tests');
  });
  server.on('connect', (req, socket: Socket) => {
    refused.push(`CONNECT ${req.url}`);
    socket.on('error', () => undefined); // a client that hangs up first is fine
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
