/**
 * /healthz over real HTTP on loopback, reporting a real core and a real (console) adapter: 200 with each
 * adapter's connection, the corpus hash and the passage count when ready; 503, saying why, when not.
 */
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningAdapter } from '../../src/adapters/adapter.js';
import { startConsoleAdapter } from '../../src/adapters/console/index.js';
import { plainStyle } from '../../src/adapters/console/style.js';
import { type LoadedCore, loadCore } from '../../src/bootstrap.js';
import { corpusHealth, healthReport, type Phase } from '../../src/health/report.js';
import { type HealthServer, startHealthServer } from '../../src/health/server.js';
import { silentLogger } from '../../src/logger.js';
import { corpusContentHash } from '../../src/runtime/content-hash.js';
import { EXAMPLE_CORPUS } from './helpers.js';

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(state: { phase: Phase; core: LoadedCore | undefined; adapters: RunningAdapter[] }) {
  server = await startHealthServer({
    port: 0,
    host: '127.0.0.1',
    report: () =>
      healthReport(
        {
          phase: state.phase,
          adapters: state.adapters,
          corpus: corpusHealth(state.core),
          lastReload: undefined,
        },
        1,
      ),
  });
  const get = async (path = '/healthz', method = 'GET') => {
    const res = await fetch(`http://127.0.0.1:${server?.port}${path}`, { method });
    await res.arrayBuffer();
    return { status: res.status };
  };
  return {
    get,
    json: async () => {
      const res = await fetch(`http://127.0.0.1:${server?.port}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
  };
}

const consoleAdapter = (core: LoadedCore) =>
  startConsoleAdapter({
    service: core.service,
    logger: silentLogger,
    input: new PassThrough(),
    output: new PassThrough(),
    style: plainStyle,
    interactive: false,
  });

describe('GET /healthz', () => {
  it('is 503 "starting" before the corpus is loaded and the adapters are up', async () => {
    const h = await serve({ phase: 'starting', core: undefined, adapters: [] });
    const r = await h.json();
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ status: 'starting', corpus: null, adapters: [] });
  });

  it('is 200 when running, with each adapter connection, the corpus hash and the passage count', async () => {
    const core = await loadCore({ corpusDir: EXAMPLE_CORPUS, logger: silentLogger });
    const adapter = consoleAdapter(core);
    const state = { phase: 'running' as Phase, core, adapters: [adapter] as RunningAdapter[] };
    const h = await serve(state);

    const r = await h.json();
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'ok',
      adapters: [{ name: 'console', connected: true }],
      corpus: {
        contentHash: await corpusContentHash(EXAMPLE_CORPUS),
        passages: core.corpus.passages.length,
        documents: 1,
        index: 'built',
      },
    });
    expect(core.corpus.passages.length).toBeGreaterThan(3);

    // An adapter that lost its connection makes the process not ready.
    await adapter.stop();
    const down = await h.json();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: 'degraded',
      adapters: [{ name: 'console', connected: false }],
    });

    // Shutting down: 503 at once, so that a load balancer moves traffic away while questions drain.
    state.adapters = [consoleAdapter(core)];
    state.phase = 'stopping';
    expect((await h.json()).body).toMatchObject({ status: 'stopping' });
    expect((await h.json()).status).toBe(503);
  });

  it('answers only /healthz, and only to GET and HEAD', async () => {
    const h = await serve({ phase: 'starting', core: undefined, adapters: [] });
    expect((await h.get('/')).status).toBe(404);
    expect((await h.get('/healthz', 'POST')).status).toBe(405);
    expect((await h.get('/healthz', 'HEAD')).status).toBe(503);
  });
});
