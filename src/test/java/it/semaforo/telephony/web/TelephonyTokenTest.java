package it.semaforo.telephony.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import it.semaforo.platform.SharedSecret;

/** The phone system's token: the {@code postgres} profile has none unless the environment gives it. */
class TelephonyTokenTest {

    @Test
    void thePostgresProfileTakesTheTokenFromTheEnvironmentAndHasNoDefault() throws IOException {
        assertThat(postgresProfileToken(Map.of())).isEmpty();
        assertThat(new SharedSecret(postgresProfileToken(Map.of())).accepts("")).isFalse();
        assertThat(postgresProfileToken(Map.of("SEMAFORO_TELEPHONY_TOKEN", "from-env"))).isEqualTo("from-env");
    }

    /** semaforo.telephony.token as the postgres profile over the base configuration resolves it, given that env. */
    private static String postgresProfileToken(Map<String, Object> environment) throws IOException {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().addLast(new MapPropertySource("env", environment));
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (String file : new String[] {"application-postgres.yaml", "application.yaml"}) {
            yaml.load(file, new ClassPathResource(file)).forEach(spring.getPropertySources()::addLast);
        }
        return spring.getProperty("semaforo.telephony.token");
    }
}
