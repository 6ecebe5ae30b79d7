import { Router } from 'express';
import type { AppContext } from '../context.ts';
import { health } from '../services/health.ts';

export function healthRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const body = await health(ctx);
    res.status(body.status === 'ok' ? 200 : 503).json(body);
  });
  return router;
}
