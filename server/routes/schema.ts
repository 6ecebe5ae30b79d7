import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { schemaInfo } from '../services/schema.ts';

export function schemaRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    res.json(await schemaInfo(ctx));
  });
  return router;
}
