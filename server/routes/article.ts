import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { articleView } from '../services/article.ts';

export function articleRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/article', async (_req, res) => {
    res.json(await articleView(ctx));
  });
  return router;
}
