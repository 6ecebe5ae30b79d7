import { Router } from 'express';
import { subgraphRequestSchema, subgraphSchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { loadSubgraph } from '../services/subgraph.ts';

export function subgraphRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/subgraph', async (req, res) => {
    const { nodeIds } = parse(subgraphRequestSchema, req.body, 'subgraph request');
    res.json(subgraphSchema.parse(await loadSubgraph(ctx, nodeIds)));
  });
  return router;
}
