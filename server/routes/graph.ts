import { Router } from 'express';
import { graphQuerySchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { startingGraph } from '../services/starting-graph.ts';

export function graphRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { limit } = parse(graphQuerySchema, req.query, 'query');
    res.json(await startingGraph(ctx, limit));
  });
  return router;
}
