import type { AstroIntegration } from 'astro';
import type { HotPayload } from 'vite';

/** One browser tab's connection to the dev server, as Vite hands it to `vite:client:connect`. */
export interface HotClient {
  send(payload: HotPayload): void;
}

/**
 * Keeps the dev server's last page error until a page renders again, and hands it to every tab
 * that connects meanwhile. When a page fails, `astro dev` answers with an empty page and sends the
 * error to the open tabs 200 ms later; on a busy laptop the reloaded tab has not connected by then,
 * the error goes nowhere, and the editor looks at a blank page instead of the line that names their
 * file. Once a page renders, the tabs still showing the error are told to reload.
 */
export function errorReplay() {
  let pending: HotPayload | undefined;
  let failing = false;
  const clients = new Set<HotClient>();
  return {
    sent(payload: HotPayload): void {
      // An error that arrives after a page rendered is about an older page (Astro sends it late):
      // replayed, it would cover a page that works.
      if (payload.type === 'error' && failing) pending = payload;
    },
    connected(client: HotClient): void {
      clients.add(client);
      if (pending) client.send(pending);
    },
    disconnected(client: HotClient): void {
      clients.delete(client);
    },
    /** A page's HTML has gone out; `ok` when it rendered. The tab it went to has not connected yet. */
    pageServed(ok: boolean): void {
      failing = !ok;
      if (!ok || !pending) return;
      pending = undefined;
      for (const client of clients) client.send({ type: 'full-reload', path: '*' });
    },
  };
}

export function devErrorReplayIntegration(): AstroIntegration {
  return {
    name: 'conundra:dev-error-replay',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const replay = errorReplay();
        const hot = server.environments.client.hot;
        const send = hot.send.bind(hot) as (...args: unknown[]) => void;
        hot.send = ((...args: unknown[]) => {
          if (typeof args[0] === 'object') replay.sent(args[0] as HotPayload);
          send(...args);
        }) as typeof hot.send;
        hot.on('vite:client:connect', (_data: unknown, client: HotClient) => replay.connected(client));
        hot.on('vite:client:disconnect', (_data: unknown, client: HotClient) => replay.disconnected(client));
        // Added here, before Astro's own page handler, so that it sees every page the server sends.
        server.middlewares.use((_req, res, next) => {
          res.on('finish', () => {
            if (String(res.getHeader('content-type')).startsWith('text/html')) replay.pageServed(res.statusCode < 400);
          });
          next();
        });
      },
    },
  };
}
