import express, { type Express } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from './context.ts';
import { classifyError } from './http/classify.ts';
import { requireReader } from './http/access.ts';
import type { HostRule } from './http/hosts.ts';
import { HttpError, notFoundRoute, problemMiddleware } from './http/problem.ts';
import { guardWrites, requireKnownHost } from './http/request-guards.ts';
import { healthRoutes } from './routes/health.ts';
import { articleRoutes } from './routes/article.ts';
import { edgesRoutes } from './routes/edges.ts';
import { graphRoutes } from './routes/graph.ts';
import { nodesRoutes } from './routes/nodes.ts';
import { pathsRoutes } from './routes/paths.ts';
import { schemaRoutes } from './routes/schema.ts';
import { searchRoutes } from './routes/search.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { examplesRoutes } from './routes/examples.ts';
import { exportRoutes } from './routes/export.ts';
import { workbenchRoutes } from './routes/workbench.ts';
import { viewsRoutes } from './routes/views.ts';
import { subgraphRoutes } from './routes/subgraph.ts';

/** Where `npm run build` puts the client; served as static files when present. */
export const clientDist = join(import.meta.dirname, '..', 'dist', 'client');

/** `hosts`: the Host headers the server answers (its own addresses and SILA_ALLOWED_HOSTS). */
export function createApp(ctx: AppContext, hosts: () => readonly HostRule[]): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // API answers are read once per view and never revalidated, so hashing every body for an ETag is pure
  // overhead (measured in bench:api); static files keep theirs through express.static.
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(requireKnownHost(hosts));
  // Before the body is read: a write that is not JSON (or an upload) from this server's pages is refused unread.
  app.use('/api', guardWrites);
  app.use(express.json({ limit: '1mb' }));

  const api = express.Router();
  api.use(requireReader(ctx.config));
  api.use(healthRoutes(ctx));
  api.use(schemaRoutes(ctx), graphRoutes(ctx), nodesRoutes(ctx), edgesRoutes(ctx), searchRoutes(ctx), pathsRoutes(ctx), articleRoutes(ctx));
  api.use(cypherRoutes(ctx), examplesRoutes(), exportRoutes(ctx), subgraphRoutes(ctx), workbenchRoutes(ctx), viewsRoutes(ctx));
  api.use(notFoundRoute);
  app.use('/api', api);

  if (existsSync(clientDist)) {
    app.use(express.static(clientDist, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(join(clientDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Sila API is running. Build the client with `npm run build`.');
    });
  }

  // Whatever no route took (TRACE /, a POST to a page): a problem document, not Express's HTML page.
  app.use((req, _res, next) => next(HttpError.notFound('route-not-found', `Nothing answers ${req.method} ${req.originalUrl.split('?')[0] ?? ''}`, { method: req.method, path: req.originalUrl.split('?')[0] ?? '' })));
  app.use(problemMiddleware(classifyError));
  return app;
}
