package sila.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in-process with only the Bolt connector, bound to loopback.
 *
 * Arguments (each also readable from the environment, arguments win):
 *   --port N       NEO4J_BOLT_PORT   default 7687
 *   --data DIR     NEO4J_DATA_DIR    default .data/neo4j
 *   --user NAME    NEO4J_USER        default neo4j
 *   --password PW  NEO4J_PASSWORD    default sila-local-password
 *   --tx-timeout S NEO4J_TX_TIMEOUT  default 30 (seconds)
 *   --pagecache M  NEO4J_PAGECACHE   default 512m
 *
 * Prints exactly one line starting with "SILA_NEO4J_READY" once Bolt accepts connections;
 * the TypeScript helper waits for it and then proves a real session works.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Options.parse(args);
        int port = Integer.parseInt(opts.get("port"));
        Path data = Path.of(opts.get("data")).toAbsolutePath();
        Files.createDirectories(data);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // LOAD CSV is a read; without this a read-only console could still read the host's files.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // db.transaction.timeout bounds every transaction that sets no timeout of its own (writes,
                // commands); reads and console queries carry theirs, which Neo4j 5.26 honours in its place,
                // longer or shorter (docs/decisions/0014-neo4j-interruption.md).
                .setConfig(GraphDatabaseSettings.transaction_timeout,
                        Duration.ofSeconds(Long.parseLong(opts.get("tx-timeout"))))
                // Timeouts are enforced by a monitor that looks every 2 s by default: a query then ran up to
                // 2 s past its limit. Looking every 200 ms keeps Neo4j's own stop close to the limit.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(512))
                // SHOW TRANSACTIONS then reports CPU time, which tells a query still computing from one stuck in Bolt.
                .setConfig(GraphDatabaseSettings.track_query_cpu_time, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(opts.get("pagecache")))
                // Bolt otherwise waits 5 s twice on shutdown for connections that are already gone.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGINT and SIGTERM run shutdown hooks; a clean shutdown checkpoints the store so it reopens with its data.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("SILA_NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "sila-neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Credentials.ensure(system, opts.get("user"), opts.get("password"));

        System.out.println("SILA_NEO4J_READY bolt://127.0.0.1:" + port + " data=" + data);
        System.out.flush();
        stopped.await();
    }
}
