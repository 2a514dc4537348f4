package it.semaforo.credit.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.ProcessTestSupport;
import it.semaforo.credit.CreditLight;
import it.semaforo.credit.CreditStatusRepository;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;

/**
 * {@code credit-mass-check} end to end: started through the API as anna (administration), the chunks' bulk calls made
 * through Camunda Connect to a WireMock server that passes them on to the app's own sandbox provider and counts them,
 * the jobs run by hand (the job executor is off).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MassCheckProcessTest {

    private static final String BULK_PATH = "/credit/companies/bulk";
    /**
     * Sandbox companies (credit/sandbox-companies.json) that are no demo customers: clean A, protest of 2,300 EUR C,
     * voluntary procedure D, foreclosure C, insolvency E.
     */
    private static final List<String> SANDBOX_VATS = List.of("92856600157", "67401980155", "49472350989",
            "29137880307", "55660380639");

    @Autowired ProcessEngine engine;
    @Autowired GreenMail smtp;
    @Autowired TestRestTemplate rest;
    @Autowired CreditProvider creditProvider;
    @Autowired MassCheckProcesses massCheckProcesses;
    @Autowired Customers customers;
    @Autowired CreditStatusRepository statuses;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    private final CreditProviderStub provider = new CreditProviderStub();
    private final Set<String> instances = new HashSet<>();
    private ProcessTestSupport support;
    private Api anna;

    @BeforeAll
    void startProvider() {
        provider.start(creditProvider);
        massCheckProcesses.useChunkSize(2);
        support = new ProcessTestSupport(engine, smtp);
    }

    @BeforeEach
    void proxyToTheSandbox() {
        anna = new Api(rest, "anna");
        provider.server().resetAll();
        provider.server().stubFor(any(urlPathMatching("/credit/.*"))
                .willReturn(aResponse().proxiedFrom("http://localhost:" + port + "/sandbox")));
    }

    @AfterAll
    void everyPathOfTheModelIsCovered() {
        provider.stop(creditProvider);
        massCheckProcesses.useChunkSize(MassCheckProcesses.BULK_LIMIT);
        ProcessTestSupport.Coverage coverage = support.coverage(MassCheckProcesses.PROCESS, instances);
        engine.getRuntimeService().deleteProcessInstancesIfExists(List.copyOf(instances), "test over", true, true,
                true);
        assertThat(coverage.ratio()).as("flow nodes never reached: %s", coverage.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aSegmentIsCheckedInChunksAndResumesWithoutPayingTwice() throws Exception {
        String sector = Api.unique("gocheck");
        List<Long> subjects = new ArrayList<>();
        for (String vat : SANDBOX_VATS) {
            subjects.add(subject(vat, sector));
        }
        String unknown1 = Api.randomPartitaIva();
        String unknown2 = Api.randomPartitaIva();
        long unknownId = subject(unknown1, sector);
        subject(unknown2, sector);

        JsonNode started = anna.post("/api/credit/mass-checks", body("sectors", List.of(sector), "reason", "Trimestre"))
                .expect(202).json();
        long id = started.get("id").asLong();
        assertThat(started.get("total").asInt()).isEqualTo(7);
        String instance = instanceOf(id);
        instances.add(instance);
        List<Job> chunkJobs = jobs(instance);
        assertThat(chunkJobs).as("4 chunks of at most 2, one job each").hasSize(4);

        // two chunks answered, then the node "crashes": the other chunks' jobs are still waiting
        engine.getManagementService().executeJob(chunkJobs.get(0).getId());
        engine.getManagementService().executeJob(chunkJobs.get(1).getId());
        JsonNode progress = anna.get("/api/credit/mass-checks/" + id).expect(200).json();
        assertThat(progress.get("state").asText()).isEqualTo("RUNNING");
        assertThat(progress.get("done").asInt()).isEqualTo(4);
        assertThat(progress.get("percentage").decimalValue()).isEqualByComparingTo("57.1");
        List<String> askedBeforeRestart = askedVatNumbers();

        runAllJobs(instance);

        List<String> asked = askedVatNumbers();
        assertThat(asked).as("no partita IVA looked up twice").doesNotHaveDuplicates();
        assertThat(asked.subList(askedBeforeRestart.size(), asked.size()))
                .as("after the restart only the unfinished chunks").doesNotContainAnyElementsOf(askedBeforeRestart);
        assertThat(asked).contains(unknown1, unknown2);

        JsonNode result = anna.get("/api/credit/mass-checks/" + id).expect(200).json();
        assertThat(result.get("state").asText()).isEqualTo("DONE");
        assertThat(result.get("done").asInt()).isEqualTo(7);
        assertThat(result.get("found").asInt()).isEqualTo(5);
        assertThat(result.at("/problems/protests/count").asInt()).isEqualTo(1);
        assertThat(result.at("/problems/protests/percentage").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(result.at("/problems/procedures/count").asInt()).isEqualTo(2);
        assertThat(result.at("/problems/foreclosures/count").asInt()).isEqualTo(1);
        assertThat(result.at("/problems/poorRating/count").asInt()).as("classes D and E").isEqualTo(2);
        assertThat(result.at("/flagged/percentage").decimalValue()).isEqualByComparingTo("80.0");
        assertThat(result.get("notFound")).hasSize(2);
        assertThat(result.get("notFound").findValuesAsText("vatNumber")).containsExactlyInAnyOrder(unknown1, unknown2);
        assertThat(result.get("toActOn").findValuesAsText("customerId")).as("not found subjects are kept apart")
                .doesNotContain(String.valueOf(unknownId))
                .doesNotContain(String.valueOf(subjects.get(0)));
        JsonNode protests = find(result.get("toActOn"), subjects.get(1));
        assertThat(protests.get("light").asText()).isEqualTo("RED");
        assertThat(json.convertValue(protests.get("categories"), List.class)).containsExactly("protests");
        assertThat(statuses.findById(subjects.get(1)).orElseThrow().getLight())
                .as("the customer's standing follows").isEqualTo(CreditLight.RED);
        assertThat(statuses.findById(subjects.get(0)).orElseThrow().getLight()).isEqualTo(CreditLight.GREEN);
        JsonNode lookups = anna.get("/api/customers/" + subjects.get(0) + "/credit").expect(200).json();
        assertThat(lookups.at("/recentChecks/0/reason").asText()).isEqualTo("Go Check " + id);
        assertThat(lookups.at("/recentChecks/0/requestedBy").asText()).isEqualTo("anna");
    }

    @Test
    void aSecondRunAnswersFromTheCacheWithoutCallingTheProvider() {
        String sector = Api.unique("gocheck");
        long subject = subject(SANDBOX_VATS.get(0), sector);
        long first = startOver(sector);
        runAllJobs(instanceOf(first));
        int callsAfterFirst = provider.server().findAll(postRequestedFor(urlEqualTo(BULK_PATH))).size();

        long second = startOver(sector);
        runAllJobs(instanceOf(second));

        assertThat(provider.server().findAll(postRequestedFor(urlEqualTo(BULK_PATH)))).hasSize(callsAfterFirst);
        JsonNode result = anna.get("/api/credit/mass-checks/" + second).expect(200).json();
        assertThat(result.get("state").asText()).isEqualTo("DONE");
        assertThat(result.get("found").asInt()).isEqualTo(1);
        JsonNode lookups = anna.get("/api/customers/" + subject + "/credit").expect(200).json();
        assertThat(lookups.at("/recentChecks/0/fromCache").asBoolean()).isTrue();
    }

    @Test
    void aProviderErrorIsRetriedAndStoresNothing() {
        String sector = Api.unique("gocheck");
        subject(SANDBOX_VATS.get(1), sector);
        provider.server().resetAll();
        provider.server().stubFor(any(urlPathMatching("/credit/.*")).willReturn(aResponse().withStatus(500)));
        long id = anna.post("/api/credit/mass-checks", body("sectors", List.of(sector), "reason", "x"))
                .expect(202).json().get("id").asLong();
        String instance = instanceOf(id);
        instances.add(instance);
        Job job = jobs(instance).get(0);
        try {
            engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
            // the 500 fails the job
        }
        Job failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).as("retried later").isLessThan(job.getRetries());
        assertThat(failed.getExceptionMessage()).contains("500");
        JsonNode result = anna.get("/api/credit/mass-checks/" + id).expect(200).json();
        assertThat(result.get("done").asInt()).as("an HTTP error is never a result").isZero();
    }

    @Test
    void onlyAdministrationAndManagersStartAGoCheck() {
        String sector = Api.unique("gocheck");
        subject(Api.randomPartitaIva(), sector);
        new Api(rest, "sara").post("/api/credit/mass-checks", body("sectors", List.of(sector))).expect(403);
        Api.assertBadRequest(anna.post("/api/credit/mass-checks", body("sectors", List.of(Api.unique("empty")))),
                "sectors");
        new Api(rest, "sara").get("/api/credit/mass-checks/" + Long.MAX_VALUE).expect(404);
    }

    private long startOver(String sector) {
        long id = anna.post("/api/credit/mass-checks", body("kind", "CUSTOMER", "sectors", List.of(sector)))
                .expect(202).json().get("id").asLong();
        instances.add(instanceOf(id));
        return id;
    }

    private long subject(String vat, String sector) {
        return customers.merge(new NewCustomer(CustomerKind.CUSTOMER, Api.unique("Go Check"), vat, null, null, "it",
                null, null, null, null, null, sector, null)).customerId();
    }

    private String instanceOf(long massCheckId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MassCheckProcesses.PROCESS)
                .processInstanceBusinessKey(String.valueOf(massCheckId)).singleResult().getId();
    }

    private List<Job> jobs(String instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance).list();
    }

    private void runAllJobs(String instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = jobs(instance);
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming");
    }

    /** Every partita IVA sent in a bulk call so far, in order. */
    private List<String> askedVatNumbers() throws Exception {
        List<String> asked = new ArrayList<>();
        for (var request : provider.server().findAll(postRequestedFor(urlEqualTo(BULK_PATH)))) {
            json.readTree(request.getBodyAsString()).get("vatNumbers").forEach(vat -> asked.add(vat.asText()));
        }
        return asked;
    }

    private static JsonNode find(JsonNode list, long customerId) {
        for (JsonNode node : list) {
            if (node.get("customerId").asLong() == customerId) {
                return node;
            }
        }
        throw new AssertionError("customer " + customerId + " not in " + list);
    }
}
