package it.semaforo.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;

import it.semaforo.IntegrationTest;

/**
 * The one context of the benchmarks: the application as in the tests ({@link IntegrationTest}; the {@code bench}
 * profile puts it on PostgreSQL), every SQL statement counted ({@link SqlCounting}), the figures written when the run
 * ends ({@link BenchReport}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(SqlCounting.class)
@ExtendWith(BenchReport.class)
public @interface BenchContext {
}
