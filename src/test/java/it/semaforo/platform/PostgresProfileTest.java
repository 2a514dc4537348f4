package it.semaforo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import it.semaforo.SemaforoApplication;

/**
 * The {@code postgres} profile refuses to start without a proper administrator password. The check runs before any
 * bean is created, so no database is touched; should it not fire, the application would start on in-memory H2.
 */
class PostgresProfileTest {

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        assertRefusedWith("");
    }

    @Test
    void refusesToStartWithATooShortAdminPassword() {
        assertRefusedWith("s".repeat(AdminPasswordCheck.MIN_LENGTH - 1));
    }

    private static void assertRefusedWith(String password) {
        Throwable failure = catchThrowable(() -> {
            try (ConfigurableApplicationContext unexpected = start(password)) {
                // started: the check did not fire
            }
        });

        assertThat(failure).as("the application must not start").isNotNull();
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SEMAFORO_ADMIN_PASSWORD");
    }

    private static ConfigurableApplicationContext start(String password) {
        return new SpringApplicationBuilder(SemaforoApplication.class)
                .profiles("postgres")
                .web(WebApplicationType.NONE)
                // command-line arguments outrank the environment (SEMAFORO_ADMIN_PASSWORD) and the profile's yaml
                .run("--camunda.bpm.admin-user.password=" + password,
                        "--spring.datasource.url=jdbc:h2:mem:postgres-profile-test;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--spring.main.banner-mode=off");
    }
}
