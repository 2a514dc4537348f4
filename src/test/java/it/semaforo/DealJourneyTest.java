package it.semaforo;

import static it.semaforo.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import it.semaforo.platform.Groups;
import it.semaforo.telephony.TelephonyFixtures;

/**
 * The deals issue's "done when", tried over HTTP as its users would: a manager launches a campaign over a filter; each
 * target becomes a deal whose qualify call the call center sees in Tasklist and sellers do not; a busy signal from
 * the phone system plans the callback; an appointment booked from the qualify task lands in the seller's calendar
 * feed; the seller's next phase is visible to that seller only.
 */
@IntegrationTest
class DealJourneyTest {

    private static final String TELEPHONY = "Bearer demo-telephony-token";
    private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final LocalDateTime NOW = LocalDateTime.of(2031, 3, 3, 9, 0);

    @Autowired TestRestTemplate rest;
    @Autowired TestData testData;
    @Autowired ProcessEngine engine;
    @Autowired GreenMail smtp;

    private ProcessTestSupport process;
    private Api manager;
    private String seller;
    private String otherSeller;
    private String sector;
    private final List<String> phones = new ArrayList<>();
    private final List<Long> customerIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        EngineTime.setTo(NOW);
        process = new ProcessTestSupport(engine, smtp);
        manager = new Api(rest, "demo");
        seller = testData.user(Groups.SALES);
        otherSeller = testData.user(Groups.SALES);
        sector = Api.unique("Ottica");
        for (int i = 0; i < 2; i++) {
            String phone = TelephonyFixtures.newMobileNumber();
            phones.add(phone);
            customerIds.add(manager.post("/api/customers", body("kind", "PROSPECT", "name", Api.unique("Prospect"),
                    "vatNumber", Api.randomPartitaIva(), "phone", phone, "province", "TO", "sector", sector,
                    "ownerUserId", seller)).expect(201).id());
        }
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aCampaignBecomesDealsThatMoveBetweenCallCenterPhoneSystemAgendaAndSeller() {
        long campaignId = manager.post("/api/campaigns", body("name", Api.unique("Ottici torinesi"),
                "filter", body("kind", "PROSPECT", "sectors", List.of(sector)))).expect(201).id();

        JsonNode deals = manager.get("/api/deals?campaignId=" + campaignId).expect(200).json().path("items");
        assertThat(deals).hasSize(2).allSatisfy(deal -> assertThat(deal.path("sellerUserId").asText()).isEqualTo(seller));
        assertThat(new Api(rest, seller).get("/api/deals?campaignId=" + campaignId).json().path("items")).hasSize(2);
        assertThat(new Api(rest, otherSeller).get("/api/deals?campaignId=" + campaignId).json().path("items"))
                .isEmpty();
        long busyDeal = dealOf(deals, 0);
        long bookedDeal = dealOf(deals, 1);

        assertThat(tasks("carlo", busyDeal)).containsExactly("UserTask_Qualify");
        assertThat(tasks(seller, busyDeal)).isEmpty();

        // the customer is busy: the phone system asks for a callback in two hours
        OffsetDateTime callbackAt = NOW.plusHours(2).atZone(EngineTime.ROME).toOffsetDateTime();
        new Api(rest).anonymousCall(HttpMethod.POST, "/api/telephony/events", body("eventId", Api.unique("call"),
                "type", "BUSY", "number", phones.get(0), "operator", "carlo", "callbackAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(callbackAt)),
                "Authorization", TELEPHONY).expect(200);
        assertThat(tasks("carlo", busyDeal)).as("no call until the callback time").isEmpty();
        process.travelTo(NOW.plusHours(2).plusMinutes(1));
        process.runDueJobs();
        assertThat(tasks("carlo", busyDeal)).containsExactly("UserTask_Qualify");

        // the call center books a visit in the seller's agenda from the qualify task
        LocalDateTime visit = NOW.toLocalDate().plusDays(7).atTime(10, 0);
        String qualify = taskIds("carlo", bookedDeal).get(0);
        new Api(rest, "carlo").post("/engine-rest/task/" + qualify + "/complete", body("variables", body(
                "qualifyOutcome", body("value", "APPOINTMENT"),
                "callMinutes", body("value", 5, "type", "Integer"),
                "appointmentStart", body("value", visit.atZone(EngineTime.ROME).toOffsetDateTime().toString()),
                "appointmentMinutes", body("value", 60, "type", "Integer"),
                "appointmentLocation", body("value", "Via Roma 1, Torino"))))
                .expect(204);

        String feedUrl = new Api(rest, seller).post("/api/agenda/feed", null).expect(201).json().path("url").asText();
        String feed = new Api(rest).anonymousGet(feedUrl.substring(feedUrl.indexOf("/calendar/"))).expect(200).body();
        assertThat(feed).contains("BEGIN:VEVENT", "LOCATION:Via Roma 1\\, Torino",
                "DTSTART:" + ICAL_UTC.format(visit.atZone(EngineTime.ROME)));

        assertThat(tasks(seller, bookedDeal)).containsExactly("UserTask_Meeting");
        assertThat(tasks(otherSeller, bookedDeal)).isEmpty();
        assertThat(tasks("carlo", bookedDeal)).isEmpty();
    }

    /** The id of the deal of the i-th customer. */
    private long dealOf(JsonNode deals, int i) {
        for (JsonNode deal : deals) {
            if (deal.path("customerId").asLong() == customerIds.get(i)) {
                return deal.path("id").asLong();
            }
        }
        throw new AssertionError("no deal for customer " + customerIds.get(i));
    }

    /** Task definition keys of the deal's tasks that {@code user} sees in Tasklist. */
    private List<String> tasks(String user, long dealId) {
        return query(user, dealId).findValuesAsText("taskDefinitionKey");
    }

    private List<String> taskIds(String user, long dealId) {
        return query(user, dealId).findValuesAsText("id");
    }

    private JsonNode query(String user, long dealId) {
        return new Api(rest, user).get("/engine-rest/task?processDefinitionKey=deal&processInstanceBusinessKey="
                + dealId + "&firstResult=0&maxResults=50").expect(200).json();
    }
}
