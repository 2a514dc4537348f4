package it.semaforo.telephony.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.NewDeadline;
import it.semaforo.deals.Activities;
import it.semaforo.deals.Activity;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealHistoryFixtures;
import it.semaforo.deals.NewActivity;
import it.semaforo.telephony.TelephonyFixtures;

/**
 * {@code POST /api/telephony/events} as the phone system uses it: token authentication, each event type becoming
 * the right activity at the right cost (the seeded rates: call center 24 EUR/h, sales 40 EUR/h, every minute begun
 * counts), matching by number, replays, and the inbound caller's card.
 */
@IntegrationTest
class TelephonyApiTest {

    private static final String EVENTS = "/api/telephony/events";
    private static final String TOKEN = "demo-telephony-token";

    @Autowired TestRestTemplate rest;
    @Autowired TelephonyFixtures fixtures;
    @Autowired Activities activities;
    @Autowired Deadlines deadlines;
    @Autowired TestData data;
    @Autowired DealHistoryFixtures deals;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private Api.Response send(Map<String, Object> event, String... extraHeaders) {
        String[] headers = new String[extraHeaders.length + 2];
        headers[0] = HttpHeaders.AUTHORIZATION;
        headers[1] = "Bearer " + TOKEN;
        System.arraycopy(extraHeaders, 0, headers, 2, extraHeaders.length);
        return api.anonymousPost(EVENTS, event, headers);
    }

    private static Map<String, Object> event(String type, String number, Object... more) {
        Map<String, Object> event = body("eventId", UUID.randomUUID().toString(), "type", type, "number", number);
        event.putAll(body(more));
        return event;
    }

    @Test
    void onlyTheRightTokenOpensTheEndpointAndUsersAreNotAccepted() {
        String number = TelephonyFixtures.newMobileNumber();
        fixtures.customer(number);

        String detail = assertProblem(api.anonymousPost(EVENTS, event("OUTBOUND_CALL", number)), 401, null);
        assertThat(detail).contains("Authorization: Bearer");
        Api.Response wrong = api.anonymousPost(EVENTS, event("OUTBOUND_CALL", number), HttpHeaders.AUTHORIZATION,
                "Bearer " + TOKEN + "x", HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(assertProblem(wrong, 401, null)).startsWith("The phone system's token is required");
        assertThat(wrong.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertProblem(api.anonymousPost(EVENTS, event("OUTBOUND_CALL", number), TelephonySecurity.TOKEN_HEADER,
                "wrong"), 401, null);
        assertProblem(new Api(rest, "demo").post(EVENTS, event("OUTBOUND_CALL", number)), 401, null);

        assertThat(send(event("OUTBOUND_CALL", number)).code()).isEqualTo(200);
        assertThat(api.anonymousPost(EVENTS, event("OUTBOUND_CALL", number), TelephonySecurity.TOKEN_HEADER, TOKEN)
                .code()).isEqualTo(200);
        assertThat(activities.timeline(fixtures.customer(TelephonyFixtures.newMobileNumber()).getId())).isEmpty();
    }

    @Test
    void anOutboundCallIsACallOfTheOperatorsRoleOnTheNewestOpenDeal() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer customer = fixtures.customer(number);
        Deal older = fixtures.openDeal(customer, "Prima");
        Deal newest = fixtures.openDeal(customer, "Seconda");
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES);

        JsonNode answer = send(event("OUTBOUND_CALL", "+39 " + number, "operator", "carlo", "occurredAt", at,
                "durationSeconds", 150, "notes", "Interessato alla demo")).expect(200).json();

        assertThat(answer.path("matched").asBoolean()).isTrue();
        assertThat(answer.path("customerId").asLong()).isEqualTo(customer.getId());
        assertThat(answer.path("dealId").asLong()).isEqualTo(newest.getId());
        assertThat(answer.path("activityType").asText()).isEqualTo("CALL");
        assertThat(answer.path("cost").toString()).as("3 minutes begun at 24 EUR/h").isEqualTo("1.20");
        assertThat(answer.path("replayed").asBoolean()).isFalse();
        assertThat(answer.has("caller")).isFalse();
        assertThat(answer.has("callbackPlanned")).isFalse();
        Activity recorded = activities.ofDeal(newest.getId()).get(0);
        assertThat(recorded.getId()).isEqualTo(answer.path("activityId").asLong());
        assertThat(recorded.getRole()).isEqualTo("callcenter");
        assertThat(recorded.getUserId()).isEqualTo("carlo");
        assertThat(recorded.getDurationMinutes()).isEqualTo(3);
        assertThat(recorded.getOccurredAt()).isEqualTo(at);
        assertThat(recorded.getDescription()).isEqualTo("Interessato alla demo");
        assertThat(recorded.getExternalId()).isEqualTo("tel:" + answer.path("eventId").asText());
        assertThat(activities.ofDeal(older.getId())).isEmpty();
    }

    @Test
    void aPhoneAppointmentOfASellerIsPricedAtTheSalesRateOnTheNamedDeal() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer customer = fixtures.customer(number);
        Deal named = fixtures.openDeal(customer, "Quella giusta");
        fixtures.openDeal(customer, "Più recente");

        JsonNode answer = send(event("PHONE_APPOINTMENT", number, "operator", "sara", "dealId", named.getId(),
                "durationSeconds", 600)).expect(200).json();

        assertThat(answer.path("dealId").asLong()).isEqualTo(named.getId());
        assertThat(answer.path("activityType").asText()).isEqualTo("PHONE_APPOINTMENT");
        assertThat(answer.path("cost").toString()).as("10 minutes at 40 EUR/h").isEqualTo("6.67");
        assertThat(activities.ofDeal(named.getId())).singleElement()
                .satisfies(activity -> assertThat(activity.getRole()).isEqualTo("sales"));
    }

    @Test
    void aBusyNumberIsAFreeCallAndPlansACallbackOnlyWithAnOpenDeal() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer withDeal = fixtures.customer(number);
        Deal deal = fixtures.openDeal(withDeal, "Richiamare");
        Instant callbackAt = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        JsonNode busy = send(event("BUSY", number, "operator", "carlo", "callbackAt", callbackAt)).expect(200).json();
        assertThat(busy.path("callbackPlanned").asBoolean()).isTrue();
        assertThat(busy.path("dealId").asLong()).isEqualTo(deal.getId());
        assertThat(busy.path("activityType").asText()).isEqualTo("CALL");
        assertThat(busy.path("cost").toString()).isEqualTo("0.00");

        String lonely = TelephonyFixtures.newMobileNumber();
        Customer withoutDeal = fixtures.customer(lonely);
        JsonNode noDeal = send(event("BUSY", lonely, "callbackAt", callbackAt)).expect(200).json();
        assertThat(noDeal.path("callbackPlanned").asBoolean()).isFalse();
        assertThat(noDeal.has("dealId")).isFalse();
        assertThat(activities.timeline(withoutDeal.getId())).singleElement()
                .satisfies(activity -> assertThat(activity.getType()).isEqualTo(ActivityType.CALL));
    }

    @Test
    void aBusyNumberNeedsAFutureCallbackTime() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer customer = fixtures.customer(number);
        fixtures.openDeal(customer, "Richiamare");

        assertBadRequest(send(event("BUSY", number)), "callbackAt");
        String message = assertBadRequest(send(event("BUSY", number, "callbackAt",
                Instant.now().minus(1, ChronoUnit.MINUTES)), HttpHeaders.ACCEPT_LANGUAGE, "en"), "callbackAt");
        assertThat(message).isEqualTo("The time to call back must be in the future.");
        assertThat(activities.timeline(customer.getId())).as("nothing recorded").isEmpty();
    }

    @Test
    void aBusyNumberOnAClosedDealIsAConflictAndLeavesNoTrace() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer customer = fixtures.customer(number);
        Deal lost = deals.lose(fixtures.openDeal(customer, "Persa"), Instant.now());

        Api.Response answer = send(event("BUSY", number, "dealId", lost.getId(), "callbackAt",
                Instant.now().plus(1, ChronoUnit.DAYS)));

        assertProblem(answer, 409, "dealId");
        assertThat(activities.timeline(customer.getId())).as("the call is rolled back with the refusal").isEmpty();
    }

    @Test
    void aReplayedEventIsRecordedOnce() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer customer = fixtures.customer(number);
        Map<String, Object> event = event("OUTBOUND_CALL", number, "operator", "carlo", "durationSeconds", 60);

        JsonNode first = send(event).expect(200).json();
        JsonNode again = send(event).expect(200).json();

        assertThat(again.path("replayed").asBoolean()).isTrue();
        assertThat(again.path("activityId").asLong()).isEqualTo(first.path("activityId").asLong());
        assertThat(again.path("cost").toString()).isEqualTo(first.path("cost").toString());
        assertThat(activities.timeline(customer.getId())).hasSize(1);
    }

    @Test
    void unknownAndInvalidNumbers() {
        String nobodys = TelephonyFixtures.newMobileNumber();

        JsonNode inbound = send(event("INBOUND_CALL", nobodys)).expect(200).json();
        assertThat(inbound.path("matched").asBoolean()).isFalse();
        assertThat(inbound.has("activityId")).isFalse();

        String message = assertProblem(send(event("OUTBOUND_CALL", nobodys)), 404, "number");
        assertThat(message).contains("+39" + nobodys.replace(" ", ""));
        assertBadRequest(send(event("OUTBOUND_CALL", "12")), "number");
        assertBadRequest(send(event("INBOUND_CALL", "not a number")), "number");
    }

    @Test
    void invalidEventsAreRefusedNamingTheField() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer customer = fixtures.customer(number);
        Deal elsewhere = fixtures.openDeal(fixtures.customer(TelephonyFixtures.newMobileNumber()), "Altrui");

        assertBadRequest(send(body("type", "OUTBOUND_CALL", "number", number)), "eventId");
        assertBadRequest(send(event("FAX", number)), "type");
        assertBadRequest(send(event("OUTBOUND_CALL", number, "durationSeconds", -1)), "durationSeconds");
        assertBadRequest(send(event("OUTBOUND_CALL", number, "occurredAt", "yesterday")), "occurredAt");
        assertBadRequest(send(event("OUTBOUND_CALL", number, "dealId", elsewhere.getId())), "dealId");
        assertBadRequest(send(event("OUTBOUND_CALL", number, "dealId", Long.MAX_VALUE)), "dealId");
        assertThat(activities.timeline(customer.getId())).isEmpty();
    }

    @Test
    void amongCustomersSharingANumberTheOneWithAnOpenDealIsChosen() {
        String number = TelephonyFixtures.newMobileNumber();
        fixtures.customer(number);
        Customer newer = fixtures.customer(number);
        Deal deal = fixtures.openDeal(newer, "Switchboard");

        JsonNode answer = send(event("OUTBOUND_CALL", number)).expect(200).json();

        assertThat(answer.path("customerId").asLong()).isEqualTo(newer.getId());
        assertThat(answer.path("dealId").asLong()).isEqualTo(deal.getId());
        assertThat(answer.path("candidates").asInt()).isEqualTo(2);
    }

    @Test
    void anInboundCallAnswersWithTheCallersCard() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer customer = fixtures.customer(number);
        Deal deal = fixtures.openDeal(customer, "Rinnovo assistenza");
        long product = data.yearlyService().getId();
        LocalDate today = EngineTime.today();
        deadlines.create(new NewDeadline(customer.getId(), product, null, null, null, null, today.minusDays(200),
                today.plusDays(100), null, null));
        deadlines.create(new NewDeadline(customer.getId(), product, null, null, null, null, today.minusDays(300),
                today.plusDays(40), null, null));
        long cancelled = deadlines.create(new NewDeadline(customer.getId(), product, null, null, null, null,
                today.minusDays(300), today.plusDays(10), null, null)).getId();
        deadlines.cancel(cancelled);
        for (int i = 1; i <= 6; i++) {
            activities.record(new NewActivity(customer.getId(), deal.getId(), ActivityType.NOTE, "sales", "sara",
                    Instant.now().minus(i, ChronoUnit.DAYS), 0, "Nota " + i, null));
        }

        JsonNode answer = send(event("INBOUND_CALL", number, "operator", "sara", "durationSeconds", 180)).expect(200)
                .json();

        assertThat(answer.path("cost").toString()).as("3 minutes of a seller answering").isEqualTo("2.00");
        JsonNode card = answer.path("caller");
        assertThat(card.path("id").asLong()).isEqualTo(customer.getId());
        assertThat(card.path("name").asText()).isEqualTo(customer.getName());
        assertThat(card.path("kind").asText()).isEqualTo("CUSTOMER");
        assertThat(card.path("owner").asText()).isEqualTo("sara");
        assertThat(card.path("phone").asText()).isEqualTo("+39" + number.replace(" ", ""));
        assertThat(card.path("city").asText()).isEqualTo("Monza");
        assertThat(card.path("province").asText()).isEqualTo("MB");
        assertThat(card.path("deadlines").path("active").asInt()).isEqualTo(2);
        assertThat(card.path("deadlines").path("nextExpiry").asText()).isEqualTo(today.plusDays(40).toString());
        assertThat(card.path("openDeals")).singleElement().satisfies(open -> {
            assertThat(open.path("id").asLong()).isEqualTo(deal.getId());
            assertThat(open.path("title").asText()).isEqualTo("Rinnovo assistenza");
            assertThat(open.path("phase").asText()).isNotBlank();
            assertThat(open.path("seller").asText()).isEqualTo("sara");
        });
        JsonNode recent = card.path("lastActivities");
        assertThat(recent).hasSize(5);
        assertThat(recent.get(0).path("type").asText()).as("the call being answered is not history yet")
                .isEqualTo("NOTE");
        assertThat(Instant.parse(recent.get(0).path("occurredAt").asText()))
                .isAfter(Instant.parse(recent.get(4).path("occurredAt").asText()));
        assertThat(card.has("email")).as("a card, not the whole record").isFalse();
        assertThat(card.has("vatNumber")).isFalse();
        assertThat(recent.get(0).has("description")).isFalse();
    }
}
