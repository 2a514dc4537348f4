package it.semaforo.deadlines.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;

/**
 * The deadlines report. Each test works on its own customer and on dates far in the future picked at random, so
 * other tests' data sharing the database does not get in the way.
 */
@IntegrationTest
class DeadlineReportApiTest {

    @Autowired
    TestRestTemplate rest;

    Api api;
    long customer;
    long product;
    LocalDate base;
    long a;
    long b;
    long c;

    /** a: base..base+30 10.00; b: base+10..base+40 30.00; c: base+20..base+50 20.00 CANCELLED. */
    @BeforeEach
    void setUp() {
        api = new Api(rest);
        customer = api.createCustomer();
        product = api.createProduct(1, "YEARS", "50.00");
        base = EngineTime.today().plusDays(400 + ThreadLocalRandom.current().nextInt(20_000));
        a = api.createDeadline(customer, product, base, base.plusDays(30), "10.00").get("id").asLong();
        b = api.createDeadline(customer, product, base.plusDays(10), base.plusDays(40), "30.00").get("id").asLong();
        c = api.createDeadline(customer, product, base.plusDays(20), base.plusDays(50), "20.00").get("id").asLong();
        api.cancel(c).expect(200);
    }

    private JsonNode report(String query) {
        return api.get("/api/deadlines?customerId=" + customer + "&" + query).expect(200).json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(d -> ids.add(d.get("id").asLong()));
        return ids;
    }

    @Test
    void customerFilterAloneGivesAllItsDeadlinesByExpiry() {
        JsonNode page = report("");
        assertThat(ids(page)).containsExactly(a, b, c);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        page.get("items").forEach(d -> assertThat(d.get("customerId").asLong()).isEqualTo(customer));
    }

    @Test
    void startRangeIncludesBothEnds() {
        assertThat(ids(report("startFrom=" + base.plusDays(10)))).containsExactly(b, c);
        assertThat(ids(report("startTo=" + base.plusDays(10)))).containsExactly(a, b);
        assertThat(ids(report("startFrom=" + base.plusDays(10) + "&startTo=" + base.plusDays(10))))
                .containsExactly(b);
        assertThat(ids(report("startFrom=" + base.plusDays(11) + "&startTo=" + base.plusDays(19)))).isEmpty();
    }

    @Test
    void expiryRangeIncludesBothEnds() {
        assertThat(ids(report("expiryFrom=" + base.plusDays(40) + "&expiryTo=" + base.plusDays(50))))
                .containsExactly(b, c);
        assertThat(ids(report("expiryTo=" + base.plusDays(30)))).containsExactly(a);
        assertThat(ids(report("expiryFrom=" + base.plusDays(31)))).containsExactly(b, c);
    }

    @Test
    void expiryRangeWorksWithoutTheCustomerFilter() {
        JsonNode page = api.get("/api/deadlines?size=500&expiryFrom=" + base.plusDays(30) + "&expiryTo="
                + base.plusDays(30)).expect(200).json();
        assertThat(ids(page)).contains(a).doesNotContain(b, c);
        page.get("items").forEach(d -> assertThat(d.get("expiryDate").asText())
                .isEqualTo(base.plusDays(30).toString()));
    }

    @Test
    void statusFilter() {
        assertThat(ids(report("status=CANCELLED"))).containsExactly(c);
        assertThat(ids(report("status=ACTIVE"))).containsExactly(a, b);
        assertThat(ids(report("status=RENEWED"))).isEmpty();
        JsonNode cancelled = api.get("/api/deadlines?status=CANCELLED&size=500").expect(200).json();
        cancelled.get("items").forEach(d -> assertThat(d.get("status").asText()).isEqualTo("CANCELLED"));
    }

    @Test
    void paging() {
        JsonNode first = report("size=2&page=0");
        assertThat(ids(first)).containsExactly(a, b);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);

        JsonNode second = report("size=2&page=1");
        assertThat(ids(second)).containsExactly(c);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("totalItems").asLong()).isEqualTo(3);

        assertThat(ids(report("size=2&page=5"))).isEmpty();
    }

    @Test
    void sortByAmount() {
        assertThat(ids(report("sort=amount"))).containsExactly(a, c, b);
        assertThat(ids(report("sort=amount,desc"))).containsExactly(b, c, a);
        assertThat(ids(report("sort=amount,asc"))).containsExactly(a, c, b);
        assertThat(ids(report("sort=status&sort=amount,desc"))).containsExactly(b, a, c);
        assertThat(ids(report("sort=startDate,desc"))).containsExactly(c, b, a);
    }

    @Test
    void sortByCustomerNameDescending() {
        long alfa = api.createCustomer(unique("Alfa"));
        long zeta = api.createCustomer(unique("Zeta"));
        LocalDate day = base.plusDays(7);
        long ofAlfa = api.createDeadline(alfa, product, day, day, "1.00").get("id").asLong();
        long ofZeta = api.createDeadline(zeta, product, day, day, "1.00").get("id").asLong();
        long ofMine = api.createDeadline(customer, product, day, day, "1.00").get("id").asLong();

        String range = "size=500&expiryFrom=" + day + "&expiryTo=" + day;
        List<Long> descending = new ArrayList<>(ids(api.get("/api/deadlines?" + range + "&sort=customerName,desc")
                .expect(200).json()));
        descending.retainAll(Set.of(ofAlfa, ofZeta, ofMine));
        // "Zeta ..." > "Cliente ..." > "Alfa ..."
        assertThat(descending).containsExactly(ofZeta, ofMine, ofAlfa);

        List<Long> ascending = new ArrayList<>(ids(api.get("/api/deadlines?" + range + "&sort=customerName")
                .expect(200).json()));
        ascending.retainAll(Set.of(ofAlfa, ofZeta, ofMine));
        assertThat(ascending).containsExactly(ofAlfa, ofMine, ofZeta);
    }

    @Test
    void invalidSortIsA400() {
        String message = assertBadRequest(api.get("/api/deadlines?sort=foo"), "sort");
        assertThat(message).contains("customerName", "amount");
        assertBadRequest(api.get("/api/deadlines?sort=amount,sideways"), "sort");
        assertBadRequest(api.get("/api/deadlines?sort=amount,desc,asc"), "sort");
        assertBadRequest(api.get("/api/deadlines?sort=customer.name"), "sort");
    }

    @Test
    void invertedRangesAreA400() {
        assertBadRequest(api.get("/api/deadlines?expiryFrom=" + base.plusDays(1) + "&expiryTo=" + base), "expiryTo");
        assertBadRequest(api.get("/api/deadlines?startFrom=" + base.plusDays(1) + "&startTo=" + base), "startTo");
    }

    @Test
    void badParametersAreA400OnTheirName() {
        assertBadRequest(api.get("/api/deadlines?size=10000"), "size");
        assertBadRequest(api.get("/api/deadlines?size=0"), "size");
        assertBadRequest(api.get("/api/deadlines?page=-1"), "page");
        assertThat(assertBadRequest(api.get("/api/deadlines?customerId=abc"), "customerId"))
                .isEqualTo("Formato non valido.");
        assertThat(assertBadRequest(api.get("/api/deadlines?customerId=abc", "Accept-Language", "en"),
                "customerId")).isEqualTo("Invalid format.");
        assertThat(assertBadRequest(api.get("/api/deadlines?status=LOST"), "status"))
                .as("no Java class names in messages").isEqualTo("Formato non valido.");
        assertThat(assertBadRequest(api.get("/api/deadlines?expiryFrom=31-12-2030"), "expiryFrom"))
                .isEqualTo("Formato non valido.");
        assertBadRequest(api.get("/api/deadlines?customerId=987654321"), "customerId");
    }
}
