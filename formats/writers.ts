import type { ExportFormat } from '../contract/api.ts';
import { writeCsvZip } from './csv.ts';
import { writeCypherScript } from './cypher-script.ts';
import { writeCytoscapeJson } from './cyjs.ts';
import { writeGraphml } from './graphml.ts';
import { writeGraphJson } from './json.ts';
import type { ExportGraph } from './property-types.ts';

export interface ExportWriter {
  contentType: string;
  /** File name extension, without the dot. */
  extension: string;
  write(graph: ExportGraph): string | Uint8Array;
}

export const exportWriters: Record<ExportFormat, ExportWriter> = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', write: writeGraphJson },
  cyjs: { contentType: 'application/json; charset=utf-8', extension: 'cyjs', write: writeCytoscapeJson },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: writeGraphml },
  csv: { contentType: 'application/zip', extension: 'csv.zip', write: writeCsvZip },
  cypher: { contentType: 'text/plain; charset=utf-8', extension: 'cypher', write: writeCypherScript },
};
