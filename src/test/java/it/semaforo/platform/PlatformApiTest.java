package it.semaforo.platform;

import static it.semaforo.Api.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;

/** Security, the e-mail outbox listing and the OpenAPI document. */
@IntegrationTest
class PlatformApiTest {

    @Autowired
    TestRestTemplate rest;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void apiAndEngineRestNeedCredentials() {
        for (String path : new String[] {"/api/customers", "/api/deadlines", "/api/docs",
                "/engine-rest/process-definition"}) {
            assertThat(api.anonymousGet(path).code()).as(path).isEqualTo(401);
        }
    }

    @Test
    void engineRestAnswersWithCredentials() {
        JsonNode definitions = api.get("/engine-rest/process-definition?latestVersion=true&maxResults=100").expect(200).json();
        assertThat(definitions.findValuesAsText("key")).contains("deadline-lifecycle", "recovery-campaign");
    }

    @Test
    void notificationsAnswerAPage() {
        JsonNode page = api.get("/api/notifications").expect(200).json();
        assertThat(page.get("items").isArray()).isTrue();
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(page.get("items").size());

        assertThat(api.get("/api/notifications?status=SENT&size=5").expect(200).json().get("size").asInt())
                .isEqualTo(5);
        assertBadRequest(api.get("/api/notifications?status=LOST"), "status");
        assertBadRequest(api.get("/api/notifications?size=501"), "size");
    }

    @Test
    void openApiDocumentListsTheApi() {
        JsonNode docs = api.get("/api/docs").expect(200).json();
        assertThat(docs.get("openapi").asText()).startsWith("3.");
        assertThat(docs.get("paths").has("/api/deadlines")).isTrue();
        assertThat(docs.get("paths").has("/api/deadlines/{id}/renewal")).isTrue();
        assertThat(docs.get("paths").has("/api/customers")).isTrue();
        assertThat(docs.get("paths").has("/api/recall-actions/today")).isTrue();
    }
}
