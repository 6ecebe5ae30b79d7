import type { CypherResult, ExampleQuery, SchemaInfo } from '../../contract/api.ts';
import type { Graph } from '../../contract/graph.ts';
import type { Json } from '../../contract/json.ts';

/** What the console needs from the application that mounts it. */
export interface ConsoleOptions {
  run(query: string, params: Record<string, Json>, signal: AbortSignal): Promise<CypherResult>; // rejects with an Error whose `problem` property is a Problem for 4xx/5xx
  loadSchema(): Promise<SchemaInfo>;
  loadExamples(): Promise<ExampleQuery[]>;
  onResultGraph(graph: Graph, mode: 'add' | 'replace'): void;
  /** UI language, 'ar' | 'en'; strings for both */
  language?: () => 'ar' | 'en';
}

export interface ConsoleHandle {
  focus(): void;
  setQuery(q: string): void;
  run(): void;
  destroy(): void;
}
