package sila.neo4j;

import java.time.Duration;
import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/** Sets the configured user's password without a manual step, on first start and whenever it changes. */
final class Credentials {
    private Credentials() {}

    /** Start-up must not depend on db.transaction.timeout, which may be set short; a busy JVM compiles slowly. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    static void ensure(GraphDatabaseService system, String user, String password) {
        Map<String, Object> params = Map.of("user", user, "password", password);
        // The embedded API talks to the system database without authentication, so it can set the first password.
        system.executeTransactionally(
                "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params, result -> null, TIMEOUT);
        try {
            system.executeTransactionally(
                    "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params, result -> null, TIMEOUT);
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the value it already has; that is the steady state.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
