package it.semaforo.credit;

import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.bench.BenchContext;
import it.semaforo.bench.BenchJobExecutor;
import it.semaforo.bench.BenchResults;
import it.semaforo.bench.SqlCounting;
import it.semaforo.credit.sandbox.SandboxCompanies;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbench test -Dtest=MassCheckBenchmark}). Scenario 4, a Go Check over
 * {@code bench.subjects} (5,000) subjects against the app's own sandbox provider answering every call after 100 ms,
 * started as anna through the API and run by a job executor with the application's settings (chunks of 100 run
 * concurrently); the time from the request to DONE, polled every second.
 */
@BenchContext
class MassCheckBenchmark {

    private static final String SCENARIO = "4. Mass credit check";

    @Autowired Customers customers;
    @Autowired SandboxCompanies sandbox;
    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired CamundaBpmProperties camunda;

    @Test
    void checksFiveThousandSubjects() throws InterruptedException {
        int subjects = Integer.getInteger("bench.subjects", 5_000);
        String sector = Api.unique("bench");
        for (int i = 0; i < subjects; i++) {
            customers.merge(new NewCustomer(CustomerKind.CUSTOMER, "Bench " + i, Api.randomPartitaIva(), null, null,
                    "it", null, null, null, null, null, sector, null));
        }
        Api anna = new Api(rest, "anna");
        BenchJobExecutor.Settings ours = BenchJobExecutor.Settings.configured(camunda,
                ((ProcessEngineImpl) engine).getProcessEngineConfiguration());
        sandbox.setLatency(Duration.ofMillis(100));
        try (BenchJobExecutor executor = new BenchJobExecutor(engine, ours)) {
            long statements = SqlCounting.statements();
            long started = System.nanoTime();
            long id = anna.post("/api/credit/mass-checks", body("sectors", List.of(sector))).expect(202).json()
                    .get("id").asLong();
            JsonNode run = anna.get("/api/credit/mass-checks/" + id).expect(200).json();
            while (!"DONE".equals(run.get("state").asText())) {
                Thread.sleep(1_000);
                run = anna.get("/api/credit/mass-checks/" + id).expect(200).json();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            BenchResults.below(SCENARIO, "time to check every subject", seconds, "s", 5, String.format(
                    "%,d partite IVA (%,.0f/s), 100 ms per provider call; %s", subjects, subjects / seconds, ours));
            BenchResults.report(SCENARIO, "SQL statements per subject",
                    (SqlCounting.statements() - statements) / (double) subjects, "", "the API's polling included");
            assertThat(run.get("done").asInt()).isEqualTo(subjects);
        } finally {
            sandbox.setLatency(Duration.ZERO);
        }
    }
}
