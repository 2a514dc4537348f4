package it.semaforo.bench;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts every SQL statement the application sends (JPA and the Camunda engine share the one DataSource), so that a
 * benchmark can report statements per business operation. Import it into benchmark contexts only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlCounting {

    private static final String NAME = "semaforo";
    private static final SingleQueryCountHolder COUNTS = new SingleQueryCountHolder();

    /** Statements sent so far, of every kind. */
    public static long statements() {
        return COUNTS.getOrCreateQueryCount(NAME).getTotal();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
                    return ProxyDataSourceBuilder.create(dataSource).name(NAME).countQuery(COUNTS).build();
                }
                return bean;
            }
        };
    }
}
