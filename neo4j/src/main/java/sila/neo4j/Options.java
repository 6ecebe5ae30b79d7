package sila.neo4j;

import java.util.HashMap;
import java.util.Map;

/** Command-line options with environment fallbacks and documented defaults. */
final class Options {
    private Options() {}

    private static final String[][] DEFAULTS = {
        {"port", "NEO4J_BOLT_PORT", "7687"},
        {"data", "NEO4J_DATA_DIR", ".data/neo4j"},
        {"user", "NEO4J_USER", "neo4j"},
        {"password", "NEO4J_PASSWORD", "sila-local-password"},
        {"tx-timeout", "NEO4J_TX_TIMEOUT", "30"},
        {"pagecache", "NEO4J_PAGECACHE", "512m"},
    };

    static Map<String, String> parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got: " + a);
            }
            given.put(a.substring(2), args[++i]);
        }
        Map<String, String> out = new HashMap<>();
        for (String[] d : DEFAULTS) {
            String value = given.remove(d[0]);
            if (value == null) value = System.getenv(d[1]);
            if (value == null || value.isEmpty()) value = d[2];
            out.put(d[0], value);
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s): " + given.keySet());
        }
        return out;
    }
}
