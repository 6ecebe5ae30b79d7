import { Router } from 'express';
import { z } from 'zod';
import { mentionPageQuerySchema, neighborsQuerySchema } from '../../contract/api.ts';
import { entityIdSchema } from '../../contract/graph.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { mentionPage, neighbors, nodeDetail } from '../services/nodes.ts';

const nodeParamsSchema = z.object({ id: entityIdSchema });

export function nodesRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parse(nodeParamsSchema, req.params, 'path');
    res.json(await nodeDetail(ctx, id));
  });
  router.get('/nodes/:id/mentions', async (req, res) => {
    const { id } = parse(nodeParamsSchema, req.params, 'path');
    const query = parse(mentionPageQuerySchema, req.query, 'query');
    res.json(await mentionPage(ctx, id, query));
  });
  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = parse(nodeParamsSchema, req.params, 'path');
    const query = parse(neighborsQuerySchema, req.query, 'query');
    res.json(await neighbors(ctx, id, query));
  });
  return router;
}
