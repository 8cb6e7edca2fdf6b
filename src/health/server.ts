/**
 * The health endpoint: GET /healthz on its own small HTTP server (HEALTH_PORT), answering from a report
 * function the composition root supplies. It knows nothing of the adapters or the core.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthReport } from './report.js';

export interface HealthServer {
  /** The port actually listened on (useful with port 0). */
  readonly port: number;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  port: number;
  /** Default: every interface (an orchestrator's probe comes from outside the container). */
  host?: string;
  report: () => HealthReport;
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/healthz') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' })
        .end('{"error":"method"}');
      return;
    }
    let report: HealthReport;
    try {
      report = options.report();
    } catch {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"status":"error"}');
      return;
    }
    const body = JSON.stringify(report.body);
    res.writeHead(report.httpStatus, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // A probe holds no connection open: idle keep-alive sockets must not delay shutdown.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    const listening = () => {
      server.off('error', reject);
      resolve();
    };
    if (options.host === undefined) server.listen(options.port, listening);
    else server.listen(options.port, options.host, listening);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
