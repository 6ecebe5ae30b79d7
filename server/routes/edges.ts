import { Router } from 'express';
import { z } from 'zod';
import { edgeIdSchema, evidencePageQuerySchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { edgeDetail, evidencePage } from '../services/edges.ts';

const edgeParamsSchema = z.object({ id: edgeIdSchema });

export function edgesRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/edges/:id', async (req, res) => {
    const { id } = parse(edgeParamsSchema, req.params, 'path');
    res.json(await edgeDetail(ctx, id));
  });
  router.get('/edges/:id/evidence', async (req, res) => {
    const { id } = parse(edgeParamsSchema, req.params, 'path');
    const query = parse(evidencePageQuerySchema, req.query, 'query');
    res.json(await evidencePage(ctx, id, query));
  });
  return router;
}
