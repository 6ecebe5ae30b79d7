import { Router } from 'express';
import { exportRequestSchema } from '../../contract/api.ts';
import type { AppContext } from '../context.ts';
import { parse } from '../http/validate.ts';
import { exportWriters } from '../../formats/writers.ts';
import { loadExportGraph } from '../services/export.ts';

export function exportRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/export', async (req, res) => {
    const { format, nodeIds } = parse(exportRequestSchema, req.body, 'export request');
    const graph = await loadExportGraph(ctx, nodeIds);
    const writer = exportWriters[format];
    const body = writer.write(graph);
    // The name is ASCII by construction, so the plain filename parameter is enough (no RFC 5987 form).
    const filename = `sila-subgraph-${graph.nodes.length}-nodes.${writer.extension}`;
    res
      .status(200)
      .set('Content-Type', writer.contentType)
      .set('Content-Disposition', `attachment; filename="${filename}"`)
      .send(typeof body === 'string' ? body : Buffer.from(body));
  });
  return router;
}
