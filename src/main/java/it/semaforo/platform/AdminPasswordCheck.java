package it.semaforo.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Outside the demo profile there is no default password: the {@code postgres} profile refuses to start unless
 * {@code SEMAFORO_ADMIN_PASSWORD} is set. It runs before any bean is created, so the engine never provisions an
 * administrator with an empty password.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class AdminPasswordCheck {

    static final int MIN_LENGTH = 12;

    @Bean
    static BeanFactoryPostProcessor adminPasswordRequired(Environment environment) {
        return beanFactory -> {
            String password = environment.getProperty("camunda.bpm.admin-user.password", "");
            if (password.isBlank() || password.length() < MIN_LENGTH) {
                throw new IllegalStateException("The postgres profile needs an administrator password of at least "
                        + MIN_LENGTH + " characters: set SEMAFORO_ADMIN_PASSWORD.");
            }
        };
    }
}
