import { Router, type Request } from 'express';
import { z } from 'zod';
import { articleIdSchema, articleInputSchema, ingestQuerySchema } from '../../contract/api.ts';
import { reviewSchema } from '../../contract/workbench.ts';
import { articleFromFile } from '../../ingest/upload.ts';
import type { AppContext } from '../context.ts';
import { actorOf, requireEditor } from '../http/access.ts';
import { acceptUpload } from '../http/upload.ts';
import { parse } from '../http/validate.ts';
import { articleList, articleView } from '../services/article.ts';
import { dryRun, ingest, retract } from '../services/ingest.ts';

const articleParamsSchema = z.object({ id: articleIdSchema });
/** The analyst's decisions on the dry run, when the article comes back from review. */
const reviewPartSchema = z.object({ review: reviewSchema.optional() });
const formFieldsSchema = z.object({
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
});

/** The article of a request: a JSON body, or a form with a `.txt`/`.html` file. */
function articleOf(req: Request): unknown {
  if (!req.file) return req.body;
  const form = parse(formFieldsSchema, req.body, 'form');
  const fields = Object.fromEntries(Object.entries(form).filter(([, v]) => v !== undefined && v.trim() !== ''));
  return articleFromFile({ name: req.file.originalname, mimeType: req.file.mimetype, bytes: req.file.buffer }, fields);
}

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

  const editor = requireEditor(ctx.config);
  router.post('/articles', editor, acceptUpload, async (req, res) => {
    const { dryRun: preview } = parse(ingestQuerySchema, req.query, 'query');
    const body = articleOf(req);
    const input = parse(articleInputSchema, body, 'article');
    const { review } = parse(reviewPartSchema, body, 'article');
    if (preview) {
      res.status(200).json(await dryRun(ctx, input));
      return;
    }
    const result = await ingest(ctx, input, actorOf(req), review);
    if (result.duplicate === true) res.status(200).json({ article: result.article, duplicate: true });
    else res.status(201).json(result);
  });
  router.delete('/articles/:id', editor, async (req, res) => {
    const { id } = parse(articleParamsSchema, req.params, 'path');
    await retract(ctx, id, actorOf(req));
    res.status(204).end();
  });
  return router;
}
