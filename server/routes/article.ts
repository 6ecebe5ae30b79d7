import { Router } from 'express';
import { z } from 'zod';
import { articleIdSchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { articleList, articleView } from '../services/article.ts';

const articleParamsSchema = z.object({ id: articleIdSchema });

export function articleRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/articles', async (_req, res) => {
    res.json(await articleList(ctx));
  });
  router.get('/articles/:id', async (req, res) => {
    const { id } = parse(articleParamsSchema, req.params, 'path');
    res.json(await articleView(ctx, id));
  });
  // The first article of the corpus, for links made when Sila held only one.
  router.get('/article', async (_req, res) => {
    res.json(await articleView(ctx, null));
  });
  return router;
}
