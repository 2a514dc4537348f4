package it.semaforo.credit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The sandbox is on by default (and in the demo profile, with the public key {@code sandbox-key}), off in the
 * {@code postgres} profile unless {@code SEMAFORO_CREDIT_SANDBOX=true}, and then without a key unless one is given.
 */
class SandboxProfilesTest {

    @Test
    void theSandboxIsOnByDefaultWithTheDemoKeyOnlyInTheDemoProfile() throws IOException {
        assertThat(resolve("semaforo.credit.sandbox.enabled", Map.of())).isEqualTo("true");
        assertThat(resolve("semaforo.credit.sandbox.api-key", Map.of())).isEmpty();
        assertThat(resolve("semaforo.credit.sandbox.api-key", Map.of(), "application-demo.yaml"))
                .isEqualTo("sandbox-key");
    }

    @Test
    void thePostgresProfileLeavesTheSandboxOutUnlessTheEnvironmentAsksForIt() throws IOException {
        String off = resolve("semaforo.credit.sandbox.enabled", Map.of(), "application-postgres.yaml");
        String on = resolve("semaforo.credit.sandbox.enabled", Map.of("SEMAFORO_CREDIT_SANDBOX", "true"),
                "application-postgres.yaml");

        sandboxWith(off).run(context -> assertThat(context).doesNotHaveBean(SandboxCompanies.class)
                .doesNotHaveBean(SandboxCreditController.class));
        sandboxWith(on).run(context -> assertThat(context).hasSingleBean(SandboxCompanies.class)
                .hasSingleBean(SandboxCreditController.class));
        assertThat(resolve("semaforo.credit.sandbox.api-key", Map.of("SEMAFORO_CREDIT_SANDBOX", "true"),
                "application-postgres.yaml")).isEmpty();
    }

    /** The sandbox's own beans, with {@code semaforo.credit.sandbox.enabled} as the profile resolved it. */
    private static ApplicationContextRunner sandboxWith(String enabled) {
        return new ApplicationContextRunner()
                // as in the application: "0s" and the like bind to Duration
                .withInitializer(context -> context.getBeanFactory()
                        .setConversionService(ApplicationConversionService.getSharedInstance()))
                .withPropertyValues("semaforo.credit.sandbox.enabled=" + enabled)
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(SandboxCompanies.class, SandboxCreditController.class);
    }

    /** A property as the given profile files over application.yaml resolve it, given that environment. */
    private static String resolve(String property, Map<String, Object> environment, String... profileFiles)
            throws IOException {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().addLast(new MapPropertySource("env", environment));
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (String file : profileFiles) {
            yaml.load(file, new ClassPathResource(file)).forEach(spring.getPropertySources()::addLast);
        }
        yaml.load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(spring.getPropertySources()::addLast);
        return spring.getProperty(property);
    }
}
