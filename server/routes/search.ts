import { Router } from 'express';
import { searchQuerySchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { search } from '../services/search.ts';

export function searchRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, limit } = parse(searchQuerySchema, req.query, 'query');
    res.json(await search(ctx, q, limit));
  });
  return router;
}
