import { Router } from 'express';
import { pathsQuerySchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { findPaths } from '../services/paths.ts';

export function pathsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    res.json(await findPaths(ctx, parse(pathsQuerySchema, req.query, 'query')));
  });
  return router;
}
