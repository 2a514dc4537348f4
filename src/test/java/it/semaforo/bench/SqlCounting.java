package it.semaforo.bench;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts every SQL statement the application sends (JPA and the Camunda engine share the one DataSource), so that a
 * benchmark can report statements per business operation, and times the job executor's acquisition query. Import it
 * into benchmark contexts only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlCounting {

    private static final String NAME = "semaforo";
    private static final SingleQueryCountHolder COUNTS = new SingleQueryCountHolder();
    private static final ThreadLocal<Long> STARTED = new ThreadLocal<>();
    private static volatile Latencies acquisitions = new Latencies();

    /** Statements sent so far, of every kind. */
    public static long statements() {
        return COUNTS.getOrCreateQueryCount(NAME).getTotal();
    }

    /** Starts timing the job executor's acquisition queries afresh; answers where their durations go. */
    public static Latencies timeAcquisitions() {
        acquisitions = new Latencies();
        return acquisitions;
    }

    /** Camunda's {@code selectNextJobsToExecute} (mapping {@code Job.xml}): the only query with this condition. */
    private static boolean isAcquisition(String sql) {
        return sql.contains("ACT_RU_JOB RES") && sql.contains("RES.LOCK_EXP_TIME_ <");
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
                    return ProxyDataSourceBuilder.create(dataSource).name(NAME).countQuery(COUNTS)
                            .beforeQuery((execution, queries) -> STARTED.set(System.nanoTime()))
                            .afterQuery((execution, queries) -> {
                                if (queries.size() == 1 && isAcquisition(queries.get(0).getQuery())) {
                                    acquisitions.add(System.nanoTime() - STARTED.get());
                                }
                            })
                            .build();
                }
                return bean;
            }
        };
    }
}
