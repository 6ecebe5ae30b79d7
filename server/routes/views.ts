import { Router } from 'express';
import { cooccurrenceRequestSchema, placesQuerySchema, structureQuerySchema, timelineQuerySchema } from '../../contract/views.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { cooccurrence } from '../services/cooccurrence.ts';
import { places } from '../services/places.ts';
import { structure } from '../services/structure.ts';
import { timeline } from '../services/timeline.ts';

/** The views over the whole graph: time axis, map, structure, co-occurrence. */
export function viewsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    const { limit } = parse(timelineQuerySchema, req.query, 'query');
    res.json(await timeline(ctx, limit));
  });
  router.get('/places', async (req, res) => {
    const { limit } = parse(placesQuerySchema, req.query, 'query');
    res.json(await places(ctx, limit));
  });
  router.get('/structure', async (req, res) => {
    const { measure } = parse(structureQuerySchema, req.query, 'query');
    res.json(await structure(ctx, measure));
  });
  // POST because a canvas may hold thousands of ids; it reads and writes nothing.
  router.post('/cooccurrence', async (req, res) => {
    const input = parse(cooccurrenceRequestSchema, req.body, 'body');
    res.json(await cooccurrence(ctx, input));
  });
  return router;
}
