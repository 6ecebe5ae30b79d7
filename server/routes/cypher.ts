import { Router } from 'express';
import { cypherRequestSchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { runConsoleQuery } from '../services/cypher/console.ts';
import { ConcurrencyLimit } from '../services/cypher/limiter.ts';

export function cypherRoutes(ctx: AppContext): Router {
  const router = Router();
  const limit = new ConcurrencyLimit(ctx.config.SILA_MAX_CONCURRENT_QUERIES);
  router.post('/cypher', async (req, res) => {
    const request = parse(cypherRequestSchema, req.body, 'Cypher request');
    // A person who cancels (or closes the tab) should free the database, not just stop listening.
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    res.json(await limit.run((hold) => runConsoleQuery(ctx, request, hold, gone.signal)));
  });
  return router;
}
