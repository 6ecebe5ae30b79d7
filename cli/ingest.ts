/**
 * `npm run ingest -- FILE... [--title T] [--url U] [--outlet O] [--published YYYY-MM-DD] [--dry-run] [--print] [--empty]`
 * ingests Arabic articles (.txt, or saved .html pages) into the configured Neo4j, through the same use case as
 * `POST /api/articles`. Progress goes to stderr; `--print` writes the dry run's Graph JSON to stdout.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { articleInputSchema, type ArticleInput, type IngestResult } from '../contract/api.ts';
import { DomainError } from '../domain/errors.ts';
import { ingestArticle, previewArticle, previewWithoutGraph } from '../ingest/ingest-article.ts';
import { articleFromFile } from '../ingest/upload.ts';
import { applySchema } from '../store/schema.ts';
import { openDatabase, type OpenDatabase } from './database.ts';

const USAGE = `Usage: npm run ingest -- FILE... [options]
  FILE            an Arabic article: a UTF-8 .txt file or a news page saved as .html
  --title T       its title (a saved page gives its own)
  --url U         where it was published (http or https)
  --outlet O      the outlet that published it
  --published D   its publication date, YYYY-MM-DD
  --dry-run       extract and link, write nothing; print a summary per file
  --print         write the dry run's Graph JSON to stdout (implies --dry-run)
  --empty         extract as if the graph were empty (no linking, no database), to measure extraction alone;
                  only with --dry-run or --print
Ingests into the Neo4j named by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (a local Neo4j is
started when NEO4J_URI is unset). Progress is written to stderr.`;

interface Options {
  files: string[];
  fields: { title?: string; url?: string; outlet?: string; published?: string };
  dryRun: boolean;
  print: boolean;
  empty: boolean;
}

class UsageError extends Error {}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { files: [], fields: {}, dryRun: false, print: false, empty: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = (): string => {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--title') options.fields.title = value();
    else if (arg === '--url') options.fields.url = value();
    else if (arg === '--outlet') options.fields.outlet = value();
    else if (arg === '--published') options.fields.published = value();
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--print') options.print = true;
    else if (arg === '--empty') options.empty = true;
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('Give at least one file.');
  if (options.print) options.dryRun = true;
  if (options.empty && !options.dryRun) throw new UsageError('--empty measures extraction alone: use it with --dry-run or --print (it would otherwise create duplicates).');
  return options;
}

/** The article in a file, validated like a request to the API; problems name the field. */
function readArticle(file: string, fields: Options['fields']): ArticleInput {
  const bytes = readFileSync(file);
  const raw = articleFromFile({ name: basename(file), mimeType: file.endsWith('.html') || file.endsWith('.htm') ? 'text/html' : 'text/plain', bytes }, fields);
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'article'}: ${issue.message}`).join('; '));
  return parsed.data;
}

function describe(result: IngestResult): string {
  const { article } = result;
  const entities = `${article.entities.linked.length} linked, ${article.entities.new.length} new${article.entities.possiblySameAs > 0 ? ` (${article.entities.possiblySameAs} possibly known)` : ''}`;
  return `${article.id}: ${article.sentences} sentences, ${article.mentions} mentions, entities ${entities}, ${article.facts} facts`;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  let open: OpenDatabase | undefined;
  let failed = 0;
  const printed: IngestResult['graph'][] = [];
  try {
    if (!options.empty) {
      open = await openDatabase((message) => console.error(message));
      await applySchema(open.db);
    }
    for (const [n, file] of options.files.entries()) {
      const progress = `[${n + 1}/${options.files.length}] ${file}`;
      try {
        const input = readArticle(file, options.fields);
        let result: IngestResult;
        if (options.empty) result = previewWithoutGraph(input, 'cli');
        else if (!open) throw new Error('no database');
        else if (options.dryRun) result = await previewArticle(open.db, input, {}, 'cli');
        else result = await ingestArticle(open.db, input, 'cli');
        const verb = options.dryRun ? 'would add' : result.duplicate === true ? 'already in the corpus:' : 'added';
        console.error(`${progress}: ${verb} ${describe(result)}`);
        if (options.print) printed.push(result.graph);
      } catch (error) {
        failed += 1;
        const message = error instanceof DomainError || error instanceof Error ? error.message : String(error);
        console.error(`${progress}: failed: ${message}`);
      }
    }
  } finally {
    await open?.close();
  }
  if (options.print) process.stdout.write(`${JSON.stringify(printed.length === 1 ? printed[0] : printed, null, 2)}\n`);
  return failed === 0 ? 0 : 1;
}

// A reader that stops early (`| head`) is not a failure of the ingestion.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
