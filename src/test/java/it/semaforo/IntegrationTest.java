package it.semaforo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test context of the suite: the whole application on in-memory H2 with the demo users, the
 * embedded SMTP server on port 3125 and no job executor. Every integration test uses exactly this annotation so
 * the context (and its SMTP port) is shared, never started twice. camunda-process-test-coverage records the paths
 * each test class took (HTML reports under {@code target/process-test-coverage}); the 90%-per-model rule itself is
 * asserted by the process tests from history ({@link ProcessTestSupport#coverage}). The {@code postgres-suite} failsafe
 * execution runs some of these tests again with the context on PostgreSQL ({@link SuiteDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ProcessEngineCoverageConfiguration.class)
@ContextConfiguration(initializers = SuiteDatabase.class)
public @interface IntegrationTest {
}
