import { Router } from 'express';
import { z } from 'zod';
import { edgeIdSchema } from '../../contract/api.ts';
import { entityIdSchema } from '../../contract/graph.ts';
import { changesQuerySchema, entityEditSchema, factReviewSchema, meSchema, mergeRequestSchema, noteRequestSchema, splitRequestSchema, workspaceInputSchema } from '../../contract/workbench.ts';
import type { AppContext } from '../context.ts';
import { actorOf, editorOf, identityOf, requireEditor } from '../http/access.ts';
import { parse } from '../http/validate.ts';
import { editEntityFields, history, merge, note, reviewEdge, split, undo } from '../services/corrections.ts';
import { createWorkspace, deleteWorkspace, getWorkspace, listWorkspaces, updateWorkspace, workspaceNews } from '../services/workspaces.ts';

const entityParams = z.object({ id: entityIdSchema });
const edgeParams = z.object({ id: edgeIdSchema });
const idParams = z.object({ id: z.string().min(1).max(100) });

/** Corrections, notes, history and undo (editors), and saved workspaces (every reader keeps their own). */
export function workbenchRoutes(ctx: AppContext): Router {
  const router = Router();
  const editor = requireEditor(ctx.config);
  const mayWrite = editorOf(ctx.config);

  // Who the caller is and whether they may write: readers get a client without editing controls.
  router.get('/me', (req, res) => {
    res.json(meSchema.parse({ identity: identityOf(req, ctx.config), editor: mayWrite(req) !== null }));
  });

  router.patch('/entities/:id', editor, async (req, res) => {
    const { id } = parse(entityParams, req.params, 'path');
    res.json(await editEntityFields(ctx, id, parse(entityEditSchema, req.body, 'edit'), actorOf(req)));
  });
  router.post('/entities/:id/merge', editor, async (req, res) => {
    const { id } = parse(entityParams, req.params, 'path');
    const { into } = parse(mergeRequestSchema, req.body, 'merge');
    res.json(await merge(ctx, id, into, actorOf(req)));
  });
  router.post('/entities/:id/split', editor, async (req, res) => {
    const { id } = parse(entityParams, req.params, 'path');
    res.status(201).json(await split(ctx, id, parse(splitRequestSchema, req.body, 'split'), actorOf(req)));
  });
  router.post('/edges/:id/review', editor, async (req, res) => {
    const { id } = parse(edgeParams, req.params, 'path');
    res.json(await reviewEdge(ctx, id, parse(factReviewSchema, req.body, 'review').status, actorOf(req)));
  });
  router.post('/notes', editor, async (req, res) => {
    res.status(201).json(await note(ctx, parse(noteRequestSchema, req.body, 'note'), actorOf(req)));
  });

  router.get('/changes', async (req, res) => {
    res.json({ changes: await history(ctx, parse(changesQuerySchema, req.query, 'query')) });
  });
  router.post('/changes/:id/undo', editor, async (req, res) => {
    const { id } = parse(idParams, req.params, 'path');
    res.json(await undo(ctx, id, actorOf(req)));
  });

  router.get('/workspaces', async (req, res) => {
    res.json({ workspaces: await listWorkspaces(ctx, identityOf(req, ctx.config)) });
  });
  router.post('/workspaces', async (req, res) => {
    res.status(201).json(await createWorkspace(ctx, parse(workspaceInputSchema, req.body, 'workspace'), identityOf(req, ctx.config)));
  });
  router.get('/workspaces/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'path');
    res.json(await getWorkspace(ctx, id));
  });
  router.get('/workspaces/:id/news', async (req, res) => {
    const { id } = parse(idParams, req.params, 'path');
    res.json(await workspaceNews(ctx, id));
  });
  router.put('/workspaces/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'path');
    res.json(await updateWorkspace(ctx, id, parse(workspaceInputSchema, req.body, 'workspace'), identityOf(req, ctx.config)));
  });
  router.delete('/workspaces/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'path');
    await deleteWorkspace(ctx, id, identityOf(req, ctx.config));
    res.status(204).end();
  });
  return router;
}
