package it.semaforo;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Puts the shared test context of {@link IntegrationTest} on a fresh PostgreSQL database when the JVM runs with
 * {@code -Dsemaforo.test.database=postgres} (the {@code postgres-suite} failsafe execution, which runs the deals-issue
 * suites a second time on PostgreSQL); otherwise the context stays on in-memory H2. The database is created once per
 * JVM, since the context is, and dropped when the JVM ends. Without a usable PostgreSQL the suites run on H2 again,
 * saying why, unless PostgreSQL is required (CI): then the context fails to start.
 */
public class SuiteDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SWITCH = "semaforo.test.database";

    private static PostgresDatabase database;
    private static boolean unavailable;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!"postgres".equals(System.getProperty(SWITCH))) {
            return;
        }
        PostgresDatabase postgres = database();
        if (postgres == null) {
            return;
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres.jdbcUrl(),
                "spring.datasource.username=" + postgres.user(),
                "spring.datasource.password=" + postgres.password(),
                "spring.datasource.driver-class-name=org.postgresql.Driver").applyTo(context);
    }

    private static synchronized PostgresDatabase database() {
        if (database == null && !unavailable) {
            PostgresDatabase candidate = new PostgresDatabase();
            String reason = candidate.create();
            if (reason == null) {
                Runtime.getRuntime().addShutdownHook(new Thread(candidate::drop));
                database = candidate;
            } else if (PostgresDatabase.required()) {
                throw new IllegalStateException("PostgreSQL is required here (CI=true or "
                        + "SEMAFORO_REQUIRE_POSTGRES=true) but " + reason);
            } else {
                unavailable = true;
                System.out.println("PostgreSQL suite: " + reason + "; these suites run on H2 instead "
                        + "(with CI=true or SEMAFORO_REQUIRE_POSTGRES=true this fails)");
            }
        }
        return database;
    }
}
