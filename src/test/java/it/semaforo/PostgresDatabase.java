package it.semaforo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database for one test class, created before the class and dropped after it (best effort).
 *
 * <p>It is created through the maintenance database named by {@code SEMAFORO_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}) as {@code SEMAFORO_TEST_POSTGRES_USER} (default
 * {@code postgres}) with {@code SEMAFORO_TEST_POSTGRES_PASSWORD} (default empty). When PostgreSQL cannot be used the
 * class is skipped (reported as skipped, with the reason on standard output), unless {@code CI=true} or
 * {@code SEMAFORO_REQUIRE_POSTGRES=true}: then it fails.
 *
 * <p>Register it as a {@code static} {@code @RegisterExtension} field of a Spring test class, hand {@link #jdbcUrl()}
 * and friends to the context with {@code @DynamicPropertySource}, and mark the class {@code @DirtiesContext} so that
 * Spring closes the context (and its connection pool) when the class is done; the database is dropped after that.
 */
public final class PostgresDatabase implements ExecutionCondition {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String DEFAULT_USER = "postgres";

    private final String maintenanceUrl = env("SEMAFORO_TEST_POSTGRES_URL", DEFAULT_URL);
    private final String user = env("SEMAFORO_TEST_POSTGRES_USER", DEFAULT_USER);
    private final String password = System.getenv().getOrDefault("SEMAFORO_TEST_POSTGRES_PASSWORD", "");
    private final String databaseName = "semaforo_it_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);

    private boolean created;

    /** JDBC URL of the test database: the maintenance URL with the database name replaced. */
    public String jdbcUrl() {
        return withDatabase(maintenanceUrl, databaseName);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String databaseName() {
        return databaseName;
    }

    /**
     * Creates the database when the test class is about to run. A condition rather than a {@code beforeAll}
     * callback, because conditions are evaluated before every extension's {@code beforeAll}, and Spring's (through
     * the process-test-coverage listener) already starts the application context in its own.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (created || context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("PostgreSQL database " + databaseName);
        }
        String unusable = create();
        if (unusable != null) {
            return unavailable(unusable);
        }
        // closed when the class is done, after every afterAll callback: Spring has closed its context by then
        context.getStore(ExtensionContext.Namespace.create(PostgresDatabase.class))
                .put(databaseName, (ExtensionContext.Store.CloseableResource) this::drop);
        return ConditionEvaluationResult.enabled("PostgreSQL database " + databaseName + " created");
    }

    /** Creates the database; null when done, else why it could not be. */
    String create() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + databaseName);
        } catch (SQLException unusable) {
            return "cannot create a database on " + maintenanceUrl + " as user " + user + " ("
                    + unusable.getMessage() + ")";
        }
        created = true;
        System.out.println("PostgreSQL suite: database " + databaseName + " created on " + maintenanceUrl);
        return null;
    }

    /** Drops the database, forcing off any connection still open (best effort). */
    void drop() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try {
                statement.execute("drop database if exists " + databaseName + " with (force)");
            } catch (SQLException beforePostgres13) {
                statement.execute("drop database if exists " + databaseName);
            }
            System.out.println("PostgreSQL suite: database " + databaseName + " dropped");
        } catch (SQLException failed) {
            System.out.println("PostgreSQL suite: could not drop database " + databaseName + " (drop it by hand): "
                    + failed.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        properties.setProperty("ApplicationName", "semaforo-tests");
        return DriverManager.getConnection(maintenanceUrl, properties);
    }

    /** Skips the class, or fails it where PostgreSQL is required (CI). */
    private static ConditionEvaluationResult unavailable(String reason) {
        if (required()) {
            throw new IllegalStateException("PostgreSQL is required here (CI=true or SEMAFORO_REQUIRE_POSTGRES=true) "
                    + "but " + reason + ". Start PostgreSQL, or point SEMAFORO_TEST_POSTGRES_URL, "
                    + "SEMAFORO_TEST_POSTGRES_USER and SEMAFORO_TEST_POSTGRES_PASSWORD at a server where that user "
                    + "may create databases.");
        }
        System.out.println("PostgreSQL suite skipped: " + reason
                + " (with CI=true or SEMAFORO_REQUIRE_POSTGRES=true this fails instead)");
        return ConditionEvaluationResult.disabled("PostgreSQL suite skipped: " + reason);
    }

    static boolean required() {
        return "true".equalsIgnoreCase(env("CI", "")) || "true".equalsIgnoreCase(env("SEMAFORO_REQUIRE_POSTGRES", ""));
    }

    /**
     * {@code jdbc:postgresql://host:port/db?params} with {@code db} replaced; a URL without a database gets one.
     */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int hosts = base.indexOf("//");
        int slash = base.indexOf('/', hosts < 0 ? 0 : hosts + 2);
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + params;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
