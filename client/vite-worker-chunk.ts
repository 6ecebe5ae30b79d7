import type { Plugin } from 'vite';

const PREFIX = 'worker-chunk:';

/**
 * `import url from 'worker-chunk:./x.worker.ts'` gives the URL of x.worker.ts built as one more entry of
 * the same build. Vite's own `new Worker(new URL(…))` bundles a worker separately, with its own copy of
 * every library it imports; the layout worker imports Cytoscape and fcose (about 200 kB gzipped), which
 * the page has already loaded. As an entry of the same build, the worker shares their chunk with the
 * page: one download, one copy in the bundle.
 */
export function workerChunk(): Plugin {
  let serving = false;
  return {
    name: 'sila-worker-chunk',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source.slice(PREFIX.length), importer);
      return resolved ? `\0${PREFIX}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const file = id.slice(PREFIX.length + 1);
      // The dev server compiles modules on request, so the worker is just its source file there.
      if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const name = (file.split('/').pop() ?? 'worker').replace(/\.ts$/, '');
      const reference = this.emitFile({ type: 'chunk', id: file, name });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
