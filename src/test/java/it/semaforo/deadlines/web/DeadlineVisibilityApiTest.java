package it.semaforo.deadlines.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static it.semaforo.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.platform.Groups;

/**
 * A seller never meets another seller's customers in the deadline API: not one by one (404), not in lists,
 * upcoming renewals, recall actions or exports. The call center reads them all and plans recalls, but changes no
 * deadline.
 */
@IntegrationTest
class DeadlineVisibilityApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestData testData;

    @Autowired
    Deadlines deadlines;

    Api sara;
    Api other;
    String sarasName;
    String othersName;
    LocalDate expiry;
    long sarasDeadline;
    long othersCustomer;
    long othersDeadline;
    long othersRecall;

    @BeforeEach
    void setUp() {
        sara = new Api(rest);
        other = new Api(rest, testData.user(Groups.SALES));
        sarasName = unique("Di Sara");
        othersName = unique("Di Altri");
        expiry = deadlines.today().plusDays(3);
        long product = sara.createProduct(1, "YEARS", "100.00");
        long sarasCustomer = sara.createCustomer(sarasName);
        othersCustomer = other.createCustomer(othersName);
        sarasDeadline = sara.createDeadline(sarasCustomer, product, expiry.minusYears(1).plusDays(1), expiry, null)
                .path("id").asLong();
        othersDeadline = other.createDeadline(othersCustomer, product, expiry.minusYears(1).plusDays(1), expiry, null)
                .path("id").asLong();
        othersRecall = other.post("/api/recall-actions", body("customerId", othersCustomer, "dueDate",
                deadlines.today().minusDays(1))).expect(201).id();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private List<Long> report(Api api) {
        return ids(api.get("/api/deadlines?size=500&expiryFrom=" + expiry + "&expiryTo=" + expiry).expect(200)
                .json().path("items"));
    }

    @Test
    void anotherSellersDeadlineDoesNotExistForSara() {
        assertProblem(sara.get("/api/deadlines/" + othersDeadline), 404, null);
        assertProblem(sara.patch("/api/deadlines/" + othersDeadline, body("notes", "mia")), 404, null);
        assertProblem(sara.renew(othersDeadline, null), 404, null);
        assertProblem(sara.cancel(othersDeadline), 404, null);
        assertBadRequest(sara.get("/api/deadlines?customerId=" + othersCustomer), "customerId");
        assertThat(other.deadline(othersDeadline).path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void listsAndUpcomingRenewalsHoldOnlyHerCustomers() {
        assertThat(report(sara)).contains(sarasDeadline).doesNotContain(othersDeadline);
        assertThat(report(other)).contains(othersDeadline).doesNotContain(sarasDeadline);
        assertThat(ids(sara.get("/api/deadlines/upcoming?days=3").expect(200).json()))
                .contains(sarasDeadline).doesNotContain(othersDeadline);
        assertThat(report(new Api(rest, "demo"))).contains(sarasDeadline, othersDeadline);
    }

    @Test
    void exportsHoldOnlyHerCustomers() throws IOException {
        String range = "?expiryFrom=" + expiry + "&expiryTo=" + expiry;
        String csv = new String(sara.getBytes("/api/deadlines/export.csv" + range).getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains(sarasName).doesNotContain(othersName);

        List<String> names = new ArrayList<>();
        byte[] xlsx = sara.getBytes("/api/deadlines/export.xlsx" + range).getBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                names.add(row.getCell(1).getStringCellValue());
            }
        }
        assertThat(names).contains(sarasName).doesNotContain(othersName);
    }

    @Test
    void recallActionsOfAnotherSellerAreHidden() {
        assertThat(ids(sara.get("/api/recall-actions?customerId=" + othersCustomer).expect(200).json()
                .path("items"))).isEmpty();
        assertThat(ids(sara.get("/api/recall-actions/today").expect(200).json())).doesNotContain(othersRecall);
        assertThat(ids(other.get("/api/recall-actions/today").expect(200).json())).contains(othersRecall);
        assertProblem(sara.post("/api/recall-actions/" + othersRecall + "/completion", null), 404, null);
        assertBadRequest(sara.post("/api/recall-actions", body("customerId", othersCustomer, "dueDate",
                deadlines.today())), "customerId");
    }

    @Test
    void theCallCenterReadsEveryDeadlineAndPlansCallsButChangesNoDeadline() {
        Api carlo = new Api(rest, "carlo");
        assertThat(report(carlo)).contains(sarasDeadline, othersDeadline);
        carlo.get("/api/deadlines/" + othersDeadline).expect(200);

        assertProblem(carlo.renew(othersDeadline, null), 403, null);
        assertProblem(carlo.cancel(othersDeadline), 403, null);
        long product = sara.createProduct(1, "YEARS", "10.00");
        assertProblem(carlo.createDeadline(body("customerId", othersCustomer, "productId", product, "startDate",
                deadlines.today())), 403, null);
        assertThat(other.deadline(othersDeadline).path("status").asText()).isEqualTo("ACTIVE");

        carlo.post("/api/recall-actions", body("customerId", othersCustomer, "dueDate", deadlines.today()))
                .expect(201);
        carlo.post("/api/recall-actions/" + othersRecall + "/completion", null).expect(200);
    }
}
