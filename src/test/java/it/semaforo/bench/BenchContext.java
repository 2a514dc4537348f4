package it.semaforo.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import it.semaforo.IntegrationTest;
import it.semaforo.SuiteDatabase;

/**
 * The one context of the benchmarks: the application as in the tests ({@link IntegrationTest}, which the
 * {@code bench} profile puts on PostgreSQL), every SQL statement counted ({@link SqlCounting}), the figures written
 * when the run ends ({@link BenchReport}). Unlike the tests it leaves out camunda-process-test-coverage, which
 * production does not have either: it cost 4% of a creation, and the events it kept of a million timers' drain
 * filled the 512 MB heap when it wrote its report.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = SuiteDatabase.class)
@Import(SqlCounting.class)
@ExtendWith(BenchReport.class)
public @interface BenchContext {
}
