package it.semaforo.credit.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.ProcessTestSupport;
import it.semaforo.TestData;
import it.semaforo.credit.CreditCheck;
import it.semaforo.credit.CreditCheckStatus;
import it.semaforo.credit.CreditChecks;
import it.semaforo.credit.CreditDecision;
import it.semaforo.credit.CreditLight;
import it.semaforo.credit.CreditStatus;
import it.semaforo.credit.CreditStatusRepository;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;

/**
 * {@code credit-check} end to end, with REAL HTTP calls through Camunda Connect's http-connector to a WireMock
 * provider: requests through the API as anna (administration), the asynchronous provider call run by hand (the job
 * executor is off), the review task completed in Tasklist's REST API as anna.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditCheckProcessTest {

    private static final String PROCESS = "credit-check";

    @Autowired ProcessEngine engine;
    @Autowired GreenMail smtp;
    @Autowired TestRestTemplate rest;
    @Autowired CreditProvider creditProvider;
    @Autowired CreditChecks checks;
    @Autowired CreditStatusRepository statuses;
    @Autowired Customers customers;
    @Autowired TestData data;

    private final CreditProviderStub provider = new CreditProviderStub();
    private final Set<String> instances = new HashSet<>();
    private ProcessTestSupport support;
    private Api anna;

    @BeforeAll
    void startProvider() {
        provider.start(creditProvider);
        support = new ProcessTestSupport(engine, smtp);
    }

    @BeforeEach
    void asAdministration() {
        anna = new Api(rest, "anna");
        provider.server().resetAll();
    }

    @AfterAll
    void everyPathOfTheModelIsCovered() {
        provider.stop(creditProvider);
        ProcessTestSupport.Coverage coverage = support.coverage(PROCESS, instances);
        // the failed calls' jobs would otherwise be run by other tests' job runs, against the configured provider
        engine.getRuntimeService().deleteProcessInstancesIfExists(List.copyOf(instances), "test over", true, true,
                true);
        assertThat(coverage.ratio()).as("flow nodes never reached: %s", coverage.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aCompanyWithProtestsTurnsRedAndAdministrationDecidesInTasklist() {
        Customer customer = data.customer("it");
        provider.report(customer.getVatNumber(), CreditProviderStub.report(customer.getVatNumber(), 2, "C", 55));

        long checkId = requestCheck(body("customerId", customer.getId(), "reason", "Primo ordine"));
        assertThat(checks.get(checkId).getStatus()).as("waiting for the provider call").isEqualTo(CreditCheckStatus.PENDING);
        runJobsOf(checkId);

        CreditCheck check = checks.get(checkId);
        assertThat(check.getStatus()).isEqualTo(CreditCheckStatus.DONE);
        assertThat(check.getLight()).isEqualTo(CreditLight.RED);
        assertThat(check.isFromCache()).isFalse();
        assertThat(check.getRequestedBy()).isEqualTo("anna");
        assertThat(check.getReason()).isEqualTo("Primo ordine");
        CreditStatus status = statuses.findById(customer.getId()).orElseThrow();
        assertThat(status.getLight()).isEqualTo(CreditLight.RED);
        assertThat(status.getProtests()).isEqualTo(2);
        assertThat(status.getRatingClass()).isEqualTo("C");
        assertThat(status.getDecision()).isNull();

        String tasksOfCheck = "/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + instanceOf(checkId);
        JsonNode tasks = anna.get(tasksOfCheck).expect(200).json();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("UserTask_ReviewCredit");
        String taskId = tasks.get(0).get("id").asText();
        assertThat(engine.getTaskService().getIdentityLinksForTask(taskId))
                .anyMatch(link -> "administration".equals(link.getGroupId()) && "candidate".equals(link.getType()));
        assertThat(new Api(rest, "sara").get(tasksOfCheck).expect(200).json()).as("sales does not see the review").isEmpty();

        anna.call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", body("userId", "anna")).expect(204);
        anna.call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", variables(
                "creditDecision", "ADVANCE_PAYMENT", "creditDecisionNote", "Solo con anticipo")).expect(204);

        status = statuses.findById(customer.getId()).orElseThrow();
        assertThat(status.getDecision()).isEqualTo(CreditDecision.ADVANCE_PAYMENT);
        assertThat(status.getDecidedBy()).isEqualTo("anna");
        assertThat(status.getDecidedAt()).isNotNull();
        assertThat(checks.get(checkId).getDecisionNote()).isEqualTo("Solo con anticipo");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceOf(checkId))
                .count()).as("the process ended").isZero();
    }

    @Test
    void aReviewWithoutADecisionIsRefused() {
        String vat = Api.randomPartitaIva();
        provider.report(vat, CreditProviderStub.report(vat, 0, "E", 12));
        long checkId = requestCheck(body("vatNumber", vat));
        runJobsOf(checkId);
        assertThat(checks.get(checkId).getLight()).as("rating class E").isEqualTo(CreditLight.RED);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceOf(checkId))
                .singleResult();

        assertThat(anna.call(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                variables("creditDecision", "MAYBE")).code()).isNotEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(checks.get(checkId).getDecision()).isNull();
    }

    @Test
    void aCleanSupplierIsGreenWithoutTaskAndASecondCheckWithinTheTtlIsAnsweredFromTheCache() {
        String vat = Api.randomPartitaIva();
        Customer supplier = customers.create(new NewCustomer(CustomerKind.SUPPLIER, "Fornitore " + vat, vat, null,
                null, "it", "sara"));
        provider.report(vat, CreditProviderStub.report(vat, 0, "A", 91));

        long first = requestCheck(body("customerId", supplier.getId()));
        runJobsOf(first);
        assertThat(checks.get(first).getLight()).isEqualTo(CreditLight.GREEN);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceOf(first))
                .count()).isZero();
        assertThat(provider.calls(vat)).isEqualTo(1);

        // by partita IVA this time: linked to the same supplier, answered at once from the cache
        JsonNode second = anna.post("/api/credit/checks", body("vatNumber", vat)).expect(202).json();
        instances.add(second.get("processInstanceId").asText());
        assertThat(second.get("state").asText()).isEqualTo("DONE");
        assertThat(second.get("fromCache").asBoolean()).isTrue();
        assertThat(second.get("customerId").asLong()).isEqualTo(supplier.getId());
        assertThat(second.get("light").asText()).isEqualTo("GREEN");
        assertThat(second.at("/report/ratingClass").asText()).isEqualTo("A");
        assertThat(provider.calls(vat)).as("nobody pays twice").isEqualTo(1);
        assertThat(statuses.findById(supplier.getId()).orElseThrow().getRating()).isEqualTo(91);
    }

    @Test
    void aSubjectTheProviderDoesNotKnowIsKeptApartWithoutTask() {
        String vat = Api.randomPartitaIva();
        provider.answer(vat, aResponse().withStatus(404).withBody("{\"error\":\"not_found\"}"));
        Customer prospect = customers.create(new NewCustomer(CustomerKind.PROSPECT, "Prospect " + vat, vat, null,
                null, "it", "sara"));

        long checkId = requestCheck(body("customerId", prospect.getId()));
        runJobsOf(checkId);

        CreditCheck check = checks.get(checkId);
        assertThat(check.getStatus()).isEqualTo(CreditCheckStatus.NOT_FOUND);
        assertThat(checks.report(check)).isEmpty();
        assertThat(check.getLight()).isEqualTo(CreditLight.YELLOW);
        assertThat(statuses.findById(prospect.getId()).orElseThrow().isNotFound()).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceOf(checkId))
                .count()).isZero();
    }

    @Test
    void aServerErrorIsRetriedThenAnIncidentAndNeverAResult() {
        String vat = Api.randomPartitaIva();
        provider.answer(vat, aResponse().withStatus(500).withBody("{\"error\":\"boom\"}"));
        assertFailsIntoIncident(vat, "HTTP 500");
    }

    @Test
    void tooManyRequestsIsRetriedThenAnIncident() {
        String vat = Api.randomPartitaIva();
        provider.answer(vat, aResponse().withStatus(429).withHeader("Retry-After", "1"));
        assertFailsIntoIncident(vat, "HTTP 429");
    }

    @Test
    void aConnectionResetIsRetriedThenAnIncident() {
        String vat = Api.randomPartitaIva();
        provider.answer(vat, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertFailsIntoIncident(vat, "");
    }

    @Test
    void aProviderThatHangsFailsWithinTheReadTimeout() {
        String vat = Api.randomPartitaIva();
        provider.answer(vat, aResponse().withStatus(200).withFixedDelay(4000)
                .withBody(CreditProviderStub.report(vat, 0, "A", 90)));
        long checkId = requestCheck(body("vatNumber", vat));

        long started = System.nanoTime();
        Job job = jobOf(checkId);
        executeFailing(job);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(tookMillis).as("bounded by the read timeout (1.5 s in tests)").isLessThan(3500);
        assertThat(engine.getManagementService().getJobExceptionStacktrace(job.getId()))
                .contains("SocketTimeoutException");
        assertThat(checks.get(checkId).getStatus()).isEqualTo(CreditCheckStatus.PENDING);
        assertThat(checks.report(checks.get(checkId))).isEmpty();
    }

    @Test
    void aWrongApiKeyIsAnErrorNotAResult() {
        String vat = Api.randomPartitaIva();
        // only a call without the sandbox key gets this 401; the stub answers the right key with a report
        provider.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(CreditProviderStub.path(vat)))
                .willReturn(aResponse().withStatus(401)));
        long checkId = requestCheck(body("vatNumber", vat));
        executeFailing(jobOf(checkId));
        assertThat(checks.get(checkId).getStatus()).isEqualTo(CreditCheckStatus.PENDING);
        assertThat(provider.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(CreditProviderStub.path(vat))))
                .get(0).getHeader("X-Api-Key")).as("the configured key is sent").isEqualTo(CreditProviderStub.API_KEY);
    }

    @Test
    void anInvalidPartitaIvaIsRefusedBeforeAnyCall() {
        String invalid = "12345678901";
        Api.assertBadRequest(anna.post("/api/credit/checks", body("vatNumber", invalid)), "vatNumber");
        Api.assertBadRequest(anna.post("/api/credit/checks", body("reason", "nessun soggetto")), "vatNumber");
        assertThat(provider.server().getAllServeEvents()).isEmpty();
    }

    private void assertFailsIntoIncident(String vat, String message) {
        long checkId = requestCheck(body("vatNumber", vat));
        ManagementService management = engine.getManagementService();
        Job job = jobOf(checkId);
        executeFailing(job);
        Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).as("retried after a wait").isPositive();
        assertThat(retried.getDuedate()).as("with a backoff").isNotNull();
        assertThat(anna.get("/api/credit/checks/" + checkId).expect(200).json().get("state").asText())
                .isEqualTo("PENDING");
        while (management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
            executeFailing(job);
        }

        Incident incident = engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(checks.get(checkId).getProcessInstanceId()).singleResult();
        assertThat(incident).as("an incident in Cockpit").isNotNull();
        assertThat(incident.getIncidentMessage()).contains(message);
        assertThat(provider.calls(vat)).as("one call per attempt").isEqualTo(4);
        CreditCheck check = checks.get(checkId);
        assertThat(check.getStatus()).isEqualTo(CreditCheckStatus.PENDING);
        assertThat(checks.report(check)).as("an HTTP error is never a result").isEmpty();
        assertThat(check.getLight()).isNull();
        JsonNode view = anna.get("/api/credit/checks/" + checkId).expect(200).json();
        assertThat(view.get("state").asText()).isEqualTo("FAILED");
        assertThat(view.has("report")).isFalse();
    }

    /** POST /api/credit/checks as anna: 202 with the check and its process. */
    private long requestCheck(Map<String, Object> request) {
        Api.Response answer = anna.post("/api/credit/checks", request).expect(202);
        assertThat(answer.headers().getLocation()).hasPath("/api/credit/checks/" + answer.id());
        instances.add(answer.json().get("processInstanceId").asText());
        return answer.id();
    }

    /** The check's instance (its business key, the check id, may also be another model's business key). */
    private String instanceOf(long checkId) {
        return checks.get(checkId).getProcessInstanceId();
    }

    private Job jobOf(long checkId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instanceOf(checkId)).singleResult();
    }

    /** Runs the instance's jobs (provider call, save point after it) as the job executor would, until none is left. */
    private void runJobsOf(long checkId) {
        for (int round = 0; round < 10; round++) {
            Job job = jobOf(checkId);
            if (job == null) {
                return;
            }
            engine.getManagementService().executeJob(job.getId());
        }
        throw new AssertionError("jobs keep coming");
    }

    private void executeFailing(Job job) {
        List<Throwable> failures = new ArrayList<>();
        try {
            engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
            failures.add(expected);
        }
        assertThat(failures).as("the provider call fails").hasSize(1);
    }

    /** A Camunda REST body {variables: {name: {value}}}. */
    private static Map<String, Object> variables(Object... nameValues) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            variables.put((String) nameValues[i], Map.of("value", nameValues[i + 1]));
        }
        return Map.of("variables", variables);
    }

}
