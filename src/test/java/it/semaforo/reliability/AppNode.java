package it.semaforo.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node: the packaged jar ({@code reliability.jar}, set by the {@code reliability} Maven profile) in
 * its own JVM, on the {@code postgres} profile as in production, configured through the profile's environment
 * variables. Its output goes to {@code target/reliability/node-<name>.log}, appended across restarts.
 */
final class AppNode implements AutoCloseable {

    /**
     * Administrator of the nodes: letters only (a Camunda user id), at least 12 characters (the postgres profile's
     * rule for its password), which equals the id as {@link it.semaforo.Api} expects.
     */
    static final String ADMIN = "reliabilityadmin";

    /** Job executor threads of a node: jobs it may be running when killed, so the bound on duplicate e-mails. */
    static final int JOB_THREADS = 4;

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final Path LOG_DIRECTORY = Path.of("target", "reliability");

    private final String name;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process process;
    private int port;
    private int starts;

    /** A node on the database (JDBC URL, user, password) sending its e-mails to the SMTP server on 127.0.0.1. */
    AppNode(String name, String jdbcUrl, String dbUser, String dbPassword, int smtpPort) {
        this.name = name;
        this.environment = Map.of(
                "SEMAFORO_DB_URL", jdbcUrl,
                "SEMAFORO_DB_USER", dbUser,
                "SEMAFORO_DB_PASSWORD", dbPassword,
                "SEMAFORO_SMTP_HOST", "127.0.0.1",
                "SEMAFORO_SMTP_PORT", Integer.toString(smtpPort),
                "SEMAFORO_ADMIN_USER", ADMIN,
                "SEMAFORO_ADMIN_PASSWORD", ADMIN);
    }

    String name() {
        return name;
    }

    /** Starts the node on a free port and waits until it answers ready. */
    void start() {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar", jar(),
                "--spring.profiles.active=postgres",
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                // a killed node's jobs come back to the others after the lock time (default 5 min); the outbox claim
                // must be stale by then, else the job that takes over fails and waits for its 5-minute retry
                "--camunda.bpm.job-execution.lock-time-in-millis=30000",
                "--semaforo.mail.claim-timeout=PT20S",
                "--camunda.bpm.job-execution.core-pool-size=" + JOB_THREADS,
                "--camunda.bpm.job-execution.max-pool-size=" + JOB_THREADS,
                // no KPI digest or credit-monitoring run during the test: the SMTP sink holds reminders only
                "--semaforo.kpi.alert-cycle=R/P1D",
                "--semaforo.credit.monitoring-cycle=R/P1D"));
        try {
            Files.createDirectories(LOG_DIRECTORY);
            Path log = LOG_DIRECTORY.resolve("node-" + name + ".log");
            if (++starts == 1) {
                Files.deleteIfExists(log); // a previous run's log
            }
            Files.writeString(log, "===== start " + starts + " of node " + name + " on port " + port + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot start node " + name, failed);
        }
        awaitReady();
    }

    /** {@code kill -9}: the node gets no chance to finish or release anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Asks the node to stop (SIGTERM), and kills it if it has not within 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue()
                        + " while starting; see " + LOG_DIRECTORY.resolve("node-" + name + ".log"));
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("Node " + name + " not ready within " + STARTUP_TIMEOUT);
    }

    /** Whether the node's process runs and its readiness probe answers 200 (started, accepting traffic). */
    boolean isReady() {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            return process.isAlive()
                    && http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false; // starting: the port opens late in the start-up
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String jar() {
        String jar = System.getProperty("reliability.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No application jar at reliability.jar=" + jar
                    + ": run ./mvnw -Preliability verify, which packages it first");
        }
        return jar;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
