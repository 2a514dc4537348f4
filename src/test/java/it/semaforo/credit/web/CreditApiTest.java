package it.semaforo.credit.web;

import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.credit.CheckRequest;
import it.semaforo.credit.CreditCheck;
import it.semaforo.credit.CreditChecks;
import it.semaforo.credit.CreditLight;
import it.semaforo.customers.Customer;
import it.semaforo.platform.Viewer;

/**
 * Who may ask for a (paid) check and who reads the results. No provider is called here: checks are only requested
 * (their provider call waits as a job, the job executor being off) or completed through the domain service.
 */
@IntegrationTest
class CreditApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired CreditChecks checks;
    @Autowired ProcessEngine engine;

    @Test
    void onlyAdministrationAndManagersMayRequestAChecks() {
        Customer customer = data.customer("it");
        Api.Response bySeller = new Api(rest, "sara").post("/api/credit/checks", body("customerId", customer.getId()),
                "Accept-Language", "en");
        Api.assertProblem(bySeller, 403, null);
        assertThat(bySeller.json().get("detail").asText()).contains("Only administration and managers");
        assertThat(new Api(rest, "carlo").post("/api/credit/checks", body("customerId", customer.getId())).code())
                .isEqualTo(403);

        JsonNode byManager = new Api(rest, "demo").post("/api/credit/checks", body("customerId", customer.getId(),
                "reason", "Fido da aumentare")).expect(202).json();
        assertThat(byManager.get("state").asText()).isEqualTo("PENDING");
        assertThat(byManager.get("vatNumber").asText()).isEqualTo(customer.getVatNumber());
        assertThat(byManager.get("requestedBy").asText()).isEqualTo("demo");
        // its provider call waits as a job: not for other tests' job runs to execute
        engine.getRuntimeService().deleteProcessInstance(byManager.get("processInstanceId").asText(), "test over");
    }

    @Test
    void badSubjectsAreLocalisedFieldErrors() {
        Api anna = new Api(rest, "anna");
        String message = Api.assertBadRequest(anna.post("/api/credit/checks", body("vatNumber", "01234567890"),
                "Accept-Language", "en"), "vatNumber");
        assertThat(message).startsWith("Invalid partita IVA: 01234567890");
        assertThat(Api.assertBadRequest(anna.post("/api/credit/checks", body("vatNumber", "123456789012")),
                "vatNumber")).isNotBlank();
        Api.assertBadRequest(anna.post("/api/credit/checks", "{\"reason\":\"" + "x".repeat(501) + "\"}"), "reason");
        assertThat(anna.post("/api/credit/checks", body("customerId", Long.MAX_VALUE)).code()).isEqualTo(404);
    }

    @Test
    void aCustomersCreditIsReadByWhoeverSeesTheCustomer() {
        Customer ofSara = data.customer("it");
        CreditCheck check = checks.request(new CheckRequest(ofSara.getId(), null, "Ordine grande"),
                new Viewer("anna", Set.of("administration")));
        long checkId = check.getId();
        // answered here instead of by the provider call, which is not to run
        engine.getRuntimeService().deleteProcessInstance(check.getProcessInstanceId(), "answered by the test");
        assertThat(checks.recordAnswer(checkId, """
                {"vatNumber":"%s","name":"Rossi","rating":70,"ratingClass":"B","protests":[],"procedures":[],
                 "foreclosures":[]}""".formatted(ofSara.getVatNumber()))).isTrue();
        checks.complete(checkId, CreditLight.GREEN);

        JsonNode credit = new Api(rest, "sara").get("/api/customers/" + ofSara.getId() + "/credit").expect(200).json();
        assertThat(credit.at("/status/light").asText()).isEqualTo("GREEN");
        assertThat(credit.at("/status/ratingClass").asText()).isEqualTo("B");
        assertThat(credit.at("/recentChecks/0/id").asLong()).isEqualTo(checkId);
        assertThat(credit.at("/recentChecks/0/report/rating").asInt()).isEqualTo(70);

        String otherSeller = data.user("sales");
        assertThat(new Api(rest, otherSeller).get("/api/customers/" + ofSara.getId() + "/credit").code())
                .isEqualTo(404);
        assertThat(new Api(rest, "sara").get("/api/credit/checks/" + checkId).code())
                .as("the lookup log is administration's").isEqualTo(404);
        assertThat(new Api(rest, "anna").get("/api/credit/checks/" + checkId).expect(200).json().get("state")
                .asText()).isEqualTo("DONE");
    }
}
