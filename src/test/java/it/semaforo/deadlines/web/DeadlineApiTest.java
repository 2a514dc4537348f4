package it.semaforo.deadlines.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.Api.Response;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.deadlines.Deadlines;

@IntegrationTest
class DeadlineApiTest {

    private static final String[] DEADLINE_MODELS = {"deadline-lifecycle", "recovery-campaign"};

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    Deadlines deadlines;

    Api api;
    long customer;
    long yearly;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        customer = api.createCustomer();
        yearly = api.createProduct(1, "YEARS", "120.00");
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    private Map<String, Object> request(LocalDate start) {
        return body("customerId", customer, "productId", yearly, "startDate", start);
    }

    private JsonNode create(LocalDate start, LocalDate expiry, String amount) {
        return api.createDeadline(customer, yearly, start, expiry, amount);
    }

    // --- creation -----------------------------------------------------------------------------------------

    @Test
    void newDeadlineGetsListPriceTimesQuantityAndOneDurationMinusOneDay() {
        LocalDate today = EngineTime.today();
        Map<String, Object> request = request(today);
        request.put("quantity", 3);
        request.put("description", "  Licenza gestionale  ");
        Response created = api.createDeadline(request).expect(201);

        JsonNode deadline = created.json();
        long id = deadline.get("id").asLong();
        assertThat(created.headers().getLocation().getPath()).isEqualTo("/api/deadlines/" + id);
        assertThat(deadline.get("amount").decimalValue()).isEqualTo(new BigDecimal("360.00"));
        assertThat(deadline.get("quantity").asInt()).isEqualTo(3);
        assertThat(deadline.get("description").asText()).isEqualTo("Licenza gestionale");
        assertThat(deadline.get("customerId").asLong()).isEqualTo(customer);
        assertThat(deadline.get("productId").asLong()).isEqualTo(yearly);
        assertThat(deadline.get("startDate").asText()).isEqualTo(today.toString());
        LocalDate expiry = today.plusYears(1).minusDays(1);
        assertThat(deadline.get("expiryDate").asText()).isEqualTo(expiry.toString());
        assertThat(deadline.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(deadline.get("daysRemaining").asLong()).isEqualTo(ChronoUnit.DAYS.between(today, expiry));
        assertThat(deadline.has("previousId")).isFalse();
        assertThat(deadline.has("nextId")).isFalse();

        String processInstanceId = deadline.get("processInstanceId").asText();
        assertThat(processInstanceId).isNotBlank();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.getBusinessKey()).isEqualTo(String.valueOf(id));
        assertThat(api.deadline(id).get("processInstanceId").asText()).isEqualTo(processInstanceId);
    }

    @Test
    void defaultExpiryOfAMonthlyProductIsTheLastDayOfTheMonth() {
        long monthly = api.createProduct(1, "MONTHS", "10.00");
        LocalDate start = EngineTime.today().plusMonths(1).withDayOfMonth(1);
        JsonNode deadline = api.createDeadline(body("customerId", customer, "productId", monthly,
                "startDate", start)).expect(201).json();

        assertThat(LocalDate.parse(deadline.get("expiryDate").asText()))
                .isEqualTo(start.withDayOfMonth(start.lengthOfMonth()));
        assertThat(deadline.get("amount").decimalValue()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void explicitAmountAndExpiryAreKeptWithTwoDecimals() {
        LocalDate today = EngineTime.today();
        JsonNode deadline = create(today.minusDays(10), today.plusDays(40), "12.5");

        assertThat(deadline.get("amount").decimalValue()).isEqualTo(new BigDecimal("12.50"));
        assertThat(deadline.get("expiryDate").asText()).isEqualTo(today.plusDays(40).toString());
        assertThat(deadline.get("daysRemaining").asInt()).isEqualTo(40);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        LocalDate today = EngineTime.today();
        for (String field : List.of("customerId", "productId", "startDate")) {
            Map<String, Object> request = request(today);
            request.remove(field);
            assertBadRequest(api.createDeadline(request), field);
        }
    }

    @Test
    void malformedInputIsA400OnTheField() {
        String customerAndProduct = "\"customerId\": " + customer + ", \"productId\": " + yearly;
        assertBadRequest(api.post("/api/deadlines", "{" + customerAndProduct + ", \"startDate\": \"31/01/2030\"}"),
                "startDate");
        assertBadRequest(api.post("/api/deadlines", "{" + customerAndProduct + ", \"startDate\": \"2030-02-30\"}"),
                "startDate");
        assertBadRequest(api.post("/api/deadlines", "{\"customerId\": \"abc\", \"productId\": " + yearly
                + ", \"startDate\": \"2030-01-01\"}"), "customerId");
        assertBadRequest(api.post("/api/deadlines", "{" + customerAndProduct + ", \"startDate\": "), "body");
        assertBadRequest(api.post("/api/deadlines", "not json at all"), "body");
    }

    @Test
    void invalidNumbersAreRejected() {
        LocalDate today = EngineTime.today();
        Map<String, Object> negative = request(today);
        negative.put("amount", new BigDecimal("-0.01"));
        assertBadRequest(api.createDeadline(negative), "amount");

        Map<String, Object> tooPrecise = request(today);
        tooPrecise.put("amount", new BigDecimal("1.001"));
        assertBadRequest(api.createDeadline(tooPrecise), "amount");

        Map<String, Object> zeroQuantity = request(today);
        zeroQuantity.put("quantity", 0);
        assertBadRequest(api.createDeadline(zeroQuantity), "quantity");
    }

    @Test
    void expiryMustFollowStartAndNotBeInThePast() {
        LocalDate today = EngineTime.today();
        Map<String, Object> inverted = request(today.plusDays(10));
        inverted.put("expiryDate", today.plusDays(9));
        assertBadRequest(api.createDeadline(inverted), "expiryDate");

        Map<String, Object> past = request(today.minusDays(30));
        past.put("expiryDate", today.minusDays(1));
        assertThat(assertBadRequest(api.createDeadline(past), "expiryDate")).contains("passato");

        // the default expiry of a start two years ago is in the past too
        assertBadRequest(api.createDeadline(request(today.minusYears(2))), "expiryDate");

        // expiring today is still fine
        Map<String, Object> lastDay = request(today.minusDays(30));
        lastDay.put("expiryDate", today);
        assertThat(api.createDeadline(lastDay).expect(201).json().get("daysRemaining").asInt()).isZero();
    }

    @Test
    void unknownReferencesAre400OnTheirField() {
        LocalDate today = EngineTime.today();
        Map<String, Object> unknownCustomer = request(today);
        unknownCustomer.put("customerId", 987654321L);
        assertBadRequest(api.createDeadline(unknownCustomer), "customerId");

        Map<String, Object> unknownProduct = request(today);
        unknownProduct.put("productId", 987654321L);
        assertBadRequest(api.createDeadline(unknownProduct), "productId");

        Map<String, Object> unknownSource = request(today);
        unknownSource.put("sourceId", 987654321L);
        assertBadRequest(api.createDeadline(unknownSource), "sourceId");
    }

    @Test
    void unknownDeadlineIsA404Problem() {
        assertProblem(api.get("/api/deadlines/987654321"), 404, null);
        assertThat(api.get("/api/deadlines/987654321", "Accept-Language", "en").json().get("detail").asText())
                .isEqualTo("Not found: Deadline 987654321.");
        assertProblem(api.patch("/api/deadlines/987654321", body("notes", "x")), 404, null);
        assertProblem(api.renew(987654321L, null), 404, null);
        assertProblem(api.cancel(987654321L), 404, null);
    }

    @Test
    void nonNumericDeadlineIdIsA400() {
        assertBadRequest(api.get("/api/deadlines/abc"), "id");
    }

    // --- renewal ------------------------------------------------------------------------------------------

    @Test
    void renewalContinuesTheOldPeriodAndLinksBoth() {
        LocalDate today = EngineTime.today();
        JsonNode old = create(today.minusMonths(11), today.plusDays(20), "200.00");
        long oldId = old.get("id").asLong();

        Response renewed = api.renew(oldId, null).expect(201);

        JsonNode next = renewed.json();
        long nextId = next.get("id").asLong();
        assertThat(nextId).isNotEqualTo(oldId);
        assertThat(next.get("startDate").asText()).isEqualTo(today.plusDays(21).toString());
        assertThat(next.get("expiryDate").asText()).isEqualTo(today.plusDays(20).plusYears(1).toString());
        assertThat(next.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(next.get("amount").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(next.get("previousId").asLong()).isEqualTo(oldId);
        assertThat(next.get("customerId").asLong()).isEqualTo(customer);
        assertThat(next.get("processInstanceId").asText()).isNotBlank()
                .isNotEqualTo(old.get("processInstanceId").asText());

        JsonNode closed = api.deadline(oldId);
        assertThat(closed.get("status").asText()).isEqualTo("RENEWED");
        assertThat(closed.get("nextId").asLong()).isEqualTo(nextId);
        assertThat(closed.has("daysRemaining")).as("no days remaining on a renewed period").isFalse();
        // by model: other models' business keys (a renewal order's id) may equal a deadline id
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKeyIn(DEADLINE_MODELS)
                .processInstanceBusinessKey(String.valueOf(oldId)).active().count()).as("the old lifecycle ended")
                .isZero();
    }

    @Test
    void renewalCanChangeTheAmountAndNotes() {
        LocalDate today = EngineTime.today();
        long oldId = create(today, today.plusDays(30), "100.00").get("id").asLong();

        JsonNode next = api.renew(oldId, body("amount", new BigDecimal("150.50"), "notes", "sconto rimosso"))
                .expect(201).json();

        assertThat(next.get("amount").decimalValue()).isEqualByComparingTo("150.50");
        assertThat(next.get("notes").asText()).isEqualTo("sconto rimosso");
        JsonNode stored = api.deadline(next.get("id").asLong());
        assertThat(stored.get("amount").decimalValue()).isEqualTo(new BigDecimal("150.50"));
        assertThat(api.deadline(oldId).get("amount").decimalValue()).isEqualTo(new BigDecimal("100.00"));

        assertBadRequest(api.renew(next.get("id").asLong(), body("amount", new BigDecimal("-5"))), "amount");
    }

    @Test
    void renewalAmountHasTwoDecimalsLikeANewDeadline() {
        LocalDate today = EngineTime.today();
        long oldId = create(today, today.plusDays(30), "100").get("id").asLong();

        JsonNode next = api.renew(oldId, body("amount", new BigDecimal("99.5"))).expect(201).json();

        assertThat(next.get("amount").decimalValue()).isEqualTo(new BigDecimal("99.50"));
        assertThat(api.deadline(next.get("id").asLong()).get("amount").decimalValue())
                .isEqualTo(new BigDecimal("99.50"));
    }

    @Test
    void monthlyRenewalsKeepTheDayOfMonthAcrossShortMonths() {
        EngineTime.setTo(LocalDate.of(2028, 1, 10), 10);
        long monthly = api.createProduct(1, "MONTHS", "30.00");
        JsonNode january = api.createDeadline(body("customerId", customer, "productId", monthly,
                "startDate", LocalDate.of(2028, 1, 1))).expect(201).json();
        assertThat(january.get("expiryDate").asText()).isEqualTo("2028-01-31");

        JsonNode february = api.renew(january.get("id").asLong(), null).expect(201).json();
        assertThat(february.get("startDate").asText()).isEqualTo("2028-02-01");
        assertThat(february.get("expiryDate").asText()).isEqualTo("2028-02-29");

        JsonNode march = api.renew(february.get("id").asLong(), null).expect(201).json();
        assertThat(march.get("startDate").asText()).isEqualTo("2028-03-01");
        assertThat(march.get("expiryDate").asText()).as("not 29 March").isEqualTo("2028-03-31");

        JsonNode april = api.renew(march.get("id").asLong(), null).expect(201).json();
        assertThat(april.get("expiryDate").asText()).isEqualTo("2028-04-30");
        JsonNode may = api.renew(april.get("id").asLong(), null).expect(201).json();
        assertThat(may.get("expiryDate").asText()).isEqualTo("2028-05-31");
        assertThat(api.deadline(april.get("id").asLong()).get("previousId").asLong())
                .isEqualTo(march.get("id").asLong());
    }

    @Test
    void monthlyRenewalInANonLeapYearEndsOnThe28th() {
        EngineTime.setTo(LocalDate.of(2029, 1, 10), 10);
        long monthly = api.createProduct(1, "MONTHS", "30.00");
        JsonNode january = api.createDeadline(body("customerId", customer, "productId", monthly,
                "startDate", LocalDate.of(2029, 1, 1))).expect(201).json();

        JsonNode february = api.renew(january.get("id").asLong(), null).expect(201).json();
        assertThat(february.get("expiryDate").asText()).isEqualTo("2029-02-28");
        JsonNode march = api.renew(february.get("id").asLong(), null).expect(201).json();
        assertThat(march.get("expiryDate").asText()).isEqualTo("2029-03-31");
    }

    @Test
    void aLateRenewalSkipsThePeriodsAlreadyOver() {
        EngineTime.setTo(LocalDate.of(2029, 1, 10), 10);
        long monthly = api.createProduct(1, "MONTHS", "30.00");
        long january = api.createDeadline(body("customerId", customer, "productId", monthly,
                "startDate", LocalDate.of(2029, 1, 1))).expect(201).id();

        EngineTime.setTo(LocalDate.of(2029, 4, 15), 10);
        deadlines.expire(january);
        JsonNode expired = api.deadline(january);
        assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.get("daysRemaining").asInt()).isEqualTo(-74);

        JsonNode next = api.renew(january, null).expect(201).json();
        assertThat(next.get("startDate").asText()).isEqualTo("2029-04-01");
        assertThat(next.get("expiryDate").asText()).isEqualTo("2029-04-30");
        assertThat(next.get("previousId").asLong()).isEqualTo(january);
        assertThat(api.deadline(january).get("status").asText()).isEqualTo("RENEWED");
    }

    @Test
    void renewingTheSamePeriodTwiceIsAConflict() {
        LocalDate today = EngineTime.today();
        long id = create(today, today.plusDays(30), null).get("id").asLong();
        api.renew(id, null).expect(201);

        assertProblem(api.renew(id, null), 409, "status");
        assertThat(api.get("/api/deadlines?customerId=" + customer).json().get("totalItems").asLong())
                .as("no third period").isEqualTo(2);
    }

    @Test
    void cancelledDeadlinesCannotBeRenewedNorCancelledAgain() {
        LocalDate today = EngineTime.today();
        long id = create(today, today.plusDays(30), null).get("id").asLong();

        JsonNode cancelled = api.cancel(id).expect(200).json();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.has("daysRemaining")).isFalse();

        String detail = assertProblem(api.cancel(id), 409, "status");
        assertThat(detail).contains(String.valueOf(id), "CANCELLED");
        assertProblem(api.renew(id, null), 409, "status");
        assertProblem(api.patch("/api/deadlines/" + id, body("notes", "x")), 409, "status");
        assertThat(api.deadline(id).get("status").asText()).isEqualTo("CANCELLED");
    }

    // --- editing ------------------------------------------------------------------------------------------

    @Test
    void patchChangesOnlyTheGivenFields() {
        LocalDate today = EngineTime.today();
        JsonNode original = create(today, today.plusDays(60), "100.00");
        long id = original.get("id").asLong();

        JsonNode edited = api.patch("/api/deadlines/" + id, body("amount", new BigDecimal("80.25"),
                "notes", "pagato con bonifico")).expect(200).json();

        assertThat(edited.get("amount").decimalValue()).isEqualByComparingTo("80.25");
        assertThat(edited.get("notes").asText()).isEqualTo("pagato con bonifico");
        assertThat(edited.get("expiryDate").asText()).isEqualTo(today.plusDays(60).toString());
        assertThat(edited.get("quantity").asInt()).isEqualTo(1);
        assertThat(api.deadline(id).get("amount").decimalValue()).isEqualTo(new BigDecimal("80.25"));

        JsonNode cleared = api.patch("/api/deadlines/" + id, body("notes", "")).expect(200).json();
        assertThat(cleared.has("notes")).isFalse();
        assertThat(cleared.get("amount").decimalValue()).isEqualByComparingTo("80.25");
    }

    @Test
    void patchingTheExpiryMovesItAndKeepsTheDeadlineActive() {
        LocalDate today = EngineTime.today();
        long id = create(today, today.plusDays(60), "100.00").get("id").asLong();

        JsonNode moved = api.patch("/api/deadlines/" + id, body("expiryDate", today.plusDays(90)))
                .expect(200).json();

        assertThat(moved.get("expiryDate").asText()).isEqualTo(today.plusDays(90).toString());
        assertThat(moved.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(moved.get("daysRemaining").asInt()).isEqualTo(90);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKeyIn(DEADLINE_MODELS)
                .processInstanceBusinessKey(String.valueOf(id)).active().count()).as("the lifecycle still runs")
                .isEqualTo(1);

        // a renewal now counts from the new expiry
        JsonNode next = api.renew(id, null).expect(201).json();
        assertThat(next.get("startDate").asText()).isEqualTo(today.plusDays(91).toString());
        assertThat(next.get("expiryDate").asText()).isEqualTo(today.plusDays(90).plusYears(1).toString());
    }

    @Test
    void patchRejectsBadDates() {
        LocalDate today = EngineTime.today();
        long id = create(today.plusDays(5), today.plusDays(60), "100.00").get("id").asLong();

        assertBadRequest(api.patch("/api/deadlines/" + id, body("expiryDate", today.plusDays(4))), "expiryDate");
        assertBadRequest(api.patch("/api/deadlines/" + id, body("startDate", today.plusDays(61))), "expiryDate");
        assertBadRequest(api.patch("/api/deadlines/" + id, body("expiryDate", today.minusDays(1))), "expiryDate");
        assertBadRequest(api.patch("/api/deadlines/" + id, "{\"expiryDate\": \"domani\"}"), "expiryDate");
        assertBadRequest(api.patch("/api/deadlines/" + id, body("quantity", 0)), "quantity");
        assertThat(api.deadline(id).get("expiryDate").asText()).isEqualTo(today.plusDays(60).toString());
    }

    @Test
    void aRenewedDeadlineCannotBeEdited() {
        LocalDate today = EngineTime.today();
        long id = create(today, today.plusDays(30), "100.00").get("id").asLong();
        api.renew(id, null).expect(201);

        assertProblem(api.patch("/api/deadlines/" + id, body("amount", new BigDecimal("1.00"))), 409, "status");
        assertThat(api.deadline(id).get("amount").decimalValue()).isEqualByComparingTo("100.00");
    }

    // --- days remaining -----------------------------------------------------------------------------------

    @Test
    void daysRemainingCountsDownToZeroOnTheExpiryDay() {
        LocalDate today = EngineTime.today();
        LocalDate expiry = today.plusDays(40);
        long id = create(today, expiry, null).get("id").asLong();
        assertThat(api.deadline(id).get("daysRemaining").asInt()).isEqualTo(40);

        EngineTime.setTo(expiry.minusDays(1), 23);
        assertThat(api.deadline(id).get("daysRemaining").asInt()).isEqualTo(1);
        EngineTime.setTo(expiry, 0);
        assertThat(api.deadline(id).get("daysRemaining").asInt()).isZero();
        EngineTime.setTo(expiry, 23);
        assertThat(api.deadline(id).get("daysRemaining").asInt()).isZero();
        EngineTime.setTo(expiry.plusDays(1), 8);
        assertThat(api.deadline(id).get("daysRemaining").asInt()).isEqualTo(-1);
    }

    // --- customer summary ---------------------------------------------------------------------------------

    @Test
    void customerSummaryTotalsActiveAndConcludedDeadlines() {
        LocalDate today = EngineTime.today();
        create(today, today.plusDays(100), "100.00");
        long renewed = create(today, today.plusDays(20), "200.00").get("id").asLong();
        api.renew(renewed, body("amount", new BigDecimal("250.00"))).expect(201);
        long cancelled = create(today, today.plusDays(50), "30.25").get("id").asLong();
        api.cancel(cancelled).expect(200);
        long expired = create(today.minusDays(20), today, "10.10").get("id").asLong();
        EngineTime.setTo(today.plusDays(1), 9);
        deadlines.expire(expired);
        EngineTime.reset();

        JsonNode summary = api.get("/api/customers/" + customer + "/summary").expect(200).json();

        assertThat(summary.get("customerId").asLong()).isEqualTo(customer);
        assertTotals(summary.get("active"), 2, "350.00");
        assertTotals(summary.get("renewed"), 1, "200.00");
        assertTotals(summary.get("expired"), 1, "10.10");
        assertTotals(summary.get("cancelled"), 1, "30.25");
        assertTotals(summary.get("concluded"), 3, "240.35");
    }

    @Test
    void summaryOfACustomerWithoutDeadlinesIsAllZero() {
        JsonNode summary = api.get("/api/customers/" + customer + "/summary").expect(200).json();
        for (String totals : List.of("active", "concluded", "renewed", "expired", "cancelled")) {
            assertTotals(summary.get(totals), 0, "0.00");
        }
    }

    private static void assertTotals(JsonNode totals, long count, String amount) {
        assertThat(totals.get("count").asLong()).isEqualTo(count);
        assertThat(totals.get("amount").decimalValue()).as("amount with scale 2").isEqualTo(new BigDecimal(amount));
    }

    // --- upcoming -----------------------------------------------------------------------------------------

    @Test
    void upcomingListsActiveDeadlinesExpiringWithinTheGivenDays() {
        LocalDate today = EngineTime.today();
        long inFive = create(today, today.plusDays(5), null).get("id").asLong();
        long inTen = create(today, today.plusDays(10), null).get("id").asLong();
        long todayId = create(today, today, null).get("id").asLong();
        long inSeven = create(today, today.plusDays(7), null).get("id").asLong();
        long cancelled = create(today, today.plusDays(3), null).get("id").asLong();
        api.cancel(cancelled).expect(200);

        List<Long> week = upcomingOfMine("/api/deadlines/upcoming?days=7");
        assertThat(week).containsExactly(todayId, inFive, inSeven);
        assertThat(week).doesNotContain(inTen, cancelled);

        assertThat(upcomingOfMine("/api/deadlines/upcoming")).as("7 days by default")
                .containsExactly(todayId, inFive, inSeven);
        assertThat(upcomingOfMine("/api/deadlines/upcoming?days=0")).containsExactly(todayId);
        assertThat(upcomingOfMine("/api/deadlines/upcoming?days=10")).containsExactly(todayId, inFive, inSeven,
                inTen);
    }

    private List<Long> upcomingOfMine(String path) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode d : api.get(path).expect(200).json()) {
            assertThat(d.get("status").asText()).isEqualTo("ACTIVE");
            if (d.get("customerId").asLong() == customer) {
                ids.add(d.get("id").asLong());
            }
        }
        return ids;
    }

    @Test
    void upcomingRejectsDaysOutOfRange() {
        assertBadRequest(api.get("/api/deadlines/upcoming?days=-1"), "days");
        assertBadRequest(api.get("/api/deadlines/upcoming?days=1000"), "days");
        assertBadRequest(api.get("/api/deadlines/upcoming?days=sette"), "days");
    }
}
