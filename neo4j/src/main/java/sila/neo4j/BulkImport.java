package sila.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

/**
 * Offline bulk import into an empty store: Neo4j's own `neo4j-admin database import full`, run from the
 * runner's class path so no Neo4j distribution is needed. Used by the benchmark generator (bench/bulk-load.ts)
 * for corpora far larger than the article; the store must not be open in a running LocalNeo4j.
 *
 * Usage: BulkImport DATA_DIR [importer options...]. DATA_DIR is the same directory LocalNeo4j --data opens,
 * so the imported database is the one it serves next. Exits with the importer's status.
 */
public final class BulkImport {
    private BulkImport() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BulkImport DATA_DIR [neo4j-admin database import full options]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path conf = Files.createDirectories(home.resolve("conf"));
        ExecutionContext context = new ExecutionContext(home, conf);
        String[] importerArgs = Arrays.copyOfRange(args, 1, args.length);
        int status = new CommandLine(new ImportCommand.Full(context)).execute(importerArgs);
        System.exit(status);
    }
}
