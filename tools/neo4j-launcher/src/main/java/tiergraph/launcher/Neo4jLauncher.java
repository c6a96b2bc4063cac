package tiergraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community embedded with only the Bolt connector, on 127.0.0.1.
 *
 * <p>Prints {@code TIERGRAPH_NEO4J_READY bolt://127.0.0.1:PORT} once the default database answers
 * a query. Stops when its parent process dies, when its standard input closes (the parent's pipe is
 * gone) or on SIGTERM/SIGINT, so that a crashed test run leaves no JVM behind.
 *
 * <p>Options: --port N (7687), --data DIR (./data/neo4j), --pagecache SIZE (128m),
 * --tx-memory SIZE (256m), --parent-pid PID, --watch-stdin.
 */
public final class Neo4jLauncher {
    static final String READY_LINE = "TIERGRAPH_NEO4J_READY";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parseOptions(args);
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        Path home = Path.of(options.getOrDefault("data", "data/neo4j")).toAbsolutePath();
        long pageCache = parseBytes(options.getOrDefault("pagecache", "128m"));
        long txMemory = parseBytes(options.getOrDefault("tx-memory", "256m"));
        Files.createDirectories(home);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Loopback only and single user: authentication would only add a password to manage.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean shuttingDown = new AtomicBoolean(false);
        Runnable shutdown = () -> {
            if (shuttingDown.compareAndSet(false, true)) {
                try {
                    service.shutdown();
                } finally {
                    stopped.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println(READY_LINE + " bolt://127.0.0.1:" + port + " data=" + home);
        System.out.flush();

        Optional.ofNullable(options.get("parent-pid"))
                .map(Long::parseLong)
                .flatMap(ProcessHandle::of)
                .ifPresent(parent -> parent.onExit().thenRun(() -> exitBecause("parent process ended")));
        if (options.containsKey("watch-stdin")) {
            Thread stdinWatch = new Thread(() -> {
                drain(System.in);
                exitBecause("standard input closed");
            }, "stdin-watch");
            stdinWatch.setDaemon(true);
            stdinWatch.start();
        }
        stopped.await();
    }

    private static void exitBecause(String reason) {
        System.out.println("tiergraph neo4j launcher: stopping, " + reason);
        System.exit(0);
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Content is irrelevant; only the end of the stream matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone as well.
        }
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            if (name.equals("watch-stdin")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
        }
        return options;
    }

    static long parseBytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k') unit = 1024L;
        if (last == 'm') unit = 1024L * 1024;
        if (last == 'g') unit = 1024L * 1024 * 1024;
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * unit;
    }
}
