package it.semaforo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import it.semaforo.IntegrationTest;
import it.semaforo.TestData;

/** Security is on by default: no open endpoint, engine hardening switched on. */
@IntegrationTest
class SecurityTest {

    @Autowired TestRestTemplate http;
    @Autowired ProcessEngine engine;
    @Autowired TestData testData;

    @Test
    void engineRestNeedsCredentialsAndChecksThem() {
        assertThat(http.getForEntity("/engine-rest/process-definition/count", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // a wrong password also locks the user for a few seconds (Camunda's login throttling): use a throwaway one
        String throwaway = testData.user(Groups.CALLCENTER);
        assertThat(http.withBasicAuth(throwaway, "wrong").getForEntity("/engine-rest/process-definition/count",
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> ok = http.withBasicAuth("demo", "demo")
                .getForEntity("/engine-rest/process-definition/count", String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void engineRestAppliesCamundaAuthorizationsToTheCallingUser() {
        // sara (sales) may not read authorizations; demo (camunda-admin) may
        ResponseEntity<String> authorizations = http.withBasicAuth("sara", "sara")
                .getForEntity("/engine-rest/authorization/count", String.class);
        assertThat(authorizations.getBody()).contains("\"count\":0");
        ResponseEntity<String> admin = http.withBasicAuth("demo", "demo")
                .getForEntity("/engine-rest/authorization/count", String.class);
        assertThat(admin.getBody()).doesNotContain("\"count\":0");
    }

    @Test
    void theApiNeedsAnAuthenticatedUser() {
        assertThat(http.getForEntity("/api/deadlines", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("sara", "sara").getForEntity("/api/deadlines", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theWebappSetupEndpointIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> setup = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                new HttpEntity<>("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}", headers),
                String.class);
        assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void engineHardeningIsOn() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
    }
}
