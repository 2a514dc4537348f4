package it.semaforo.credit;

import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.credit.sandbox.SandboxCompanies;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;

/**
 * Benchmark, not a test: run it with {@code ./mvnw -Pbench test -Dtest=MassCheckBenchmark}. A Go Check over 5,000
 * subjects ({@code -Dbench.subjects=} to change) against the app's own sandbox provider answering every call after
 * 100 ms, with the job executor ON (chunks of 100 run concurrently); prints the time from the request to DONE.
 */
@IntegrationTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class MassCheckBenchmark {

    @Autowired Customers customers;
    @Autowired SandboxCompanies sandbox;
    @Autowired TestRestTemplate rest;

    @Test
    void checksFiveThousandSubjects() throws InterruptedException {
        int subjects = Integer.getInteger("bench.subjects", 5_000);
        String sector = Api.unique("bench");
        for (int i = 0; i < subjects; i++) {
            customers.merge(new NewCustomer(CustomerKind.CUSTOMER, "Bench " + i, Api.randomPartitaIva(), null, null,
                    "it", null, null, null, null, null, sector, null));
        }
        Api anna = new Api(rest, "anna");
        sandbox.setLatency(Duration.ofMillis(100));
        try {
            long started = System.nanoTime();
            long id = anna.post("/api/credit/mass-checks", body("sectors", List.of(sector))).expect(202).json()
                    .get("id").asLong();
            JsonNode run = anna.get("/api/credit/mass-checks/" + id).expect(200).json();
            while (!"DONE".equals(run.get("state").asText())) {
                Thread.sleep(200);
                run = anna.get("/api/credit/mass-checks/" + id).expect(200).json();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("%n=== MassCheckBenchmark: %,d subjects in %.1f s (%,.0f subjects/s), 100 ms per "
                            + "provider call; %d processors, Java %s ===%n%n", subjects, elapsed.toMillis() / 1000.0,
                    subjects / (elapsed.toMillis() / 1000.0), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            assertThat(run.get("done").asInt()).isEqualTo(subjects);
        } finally {
            sandbox.setLatency(Duration.ZERO);
        }
    }
}
