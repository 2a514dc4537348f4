package it.semaforo;

import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.credit.CreditChecks;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;

/**
 * The credit issue's first "done when", with nothing stubbed: administration checks a company that the app's own
 * sandbox provider knows with protests; the call goes over HTTP through Camunda Connect to {@code /sandbox/credit},
 * the light turns red and the review task waits in Tasklist for {@code administration}.
 */
@IntegrationTest
class CreditSandboxJourneyTest {

    /**
     * Lombardo Edilizia S.r.l. in the sandbox's data: one protest of 2,300 EUR. Not a demo customer, whose partite
     * IVA the demo-data test must find free.
     */
    private static final String WITH_PROTESTS = "67401980155";

    @Autowired TestRestTemplate rest;
    @Autowired Customers customers;
    @Autowired CreditChecks checks;
    @Autowired ManagementService management;

    @Test
    void aSandboxCompanyWithProtestsTurnsRedAndWaitsForAdministration() {
        long customerId = customers.merge(new NewCustomer(CustomerKind.CUSTOMER, "Lombardo Edilizia S.r.l.",
                WITH_PROTESTS, null, null, "it", null)).customerId();
        Api anna = new Api(rest, "anna");

        long checkId = anna.post("/api/credit/checks", body("customerId", customerId, "reason", "Nuovo ordine"))
                .expect(202).id();
        runJobsOf(checks.get(checkId).getProcessInstanceId());

        JsonNode check = anna.get("/api/credit/checks/" + checkId).expect(200).json();
        assertThat(check.path("state").asText()).isEqualTo("DONE");
        assertThat(check.path("light").asText()).isEqualTo("RED");
        assertThat(check.path("report").path("protests")).hasSize(1);
        assertThat(anna.get("/api/customers/" + customerId + "/credit").expect(200).json().path("status")
                .path("light").asText()).isEqualTo("RED");

        String instance = checks.get(checkId).getProcessInstanceId();
        String tasks = "/engine-rest/task?processInstanceId=" + instance + "&firstResult=0&maxResults=10";
        assertThat(anna.get(tasks).expect(200).json().findValuesAsText("taskDefinitionKey"))
                .containsExactly("UserTask_ReviewCredit");
        assertThat(new Api(rest, "sara").get(tasks).expect(200).json()).as("not a seller's task").isEmpty();
    }

    /** Runs the check's jobs (the provider call and the save point after it) as the job executor would. */
    private void runJobsOf(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            Job job = management.createJobQuery().processInstanceId(processInstanceId).singleResult();
            if (job == null) {
                return;
            }
            management.executeJob(job.getId());
        }
        throw new AssertionError("jobs keep coming");
    }
}
