import { Router } from 'express';
import { z } from 'zod';
import { edgeIdSchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { edgeDetail } from '../services/edges.ts';

const edgeParamsSchema = z.object({ id: edgeIdSchema });

export function edgesRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/edges/:id', async (req, res) => {
    const { id } = parse(edgeParamsSchema, req.params, 'path');
    res.json(await edgeDetail(ctx, id));
  });
  return router;
}
