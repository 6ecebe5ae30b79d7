import { Router } from 'express';
import type { Examples } from '../../contract/api.ts';
import { exampleQueries } from '../services/cypher/examples.ts';

export function examplesRoutes(): Router {
  const router = Router();
  router.get('/examples', (_req, res) => {
    const body: Examples = { examples: exampleQueries() };
    res.json(body);
  });
  return router;
}
