package it.semaforo.customers.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static it.semaforo.Api.randomPartitaIva;
import static it.semaforo.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.platform.Groups;

/**
 * Sellers see their own customers and prospects only; managers, administration and the call center see all, the
 * call center without changing them. Prospects are archived with a reason and reopened.
 */
@IntegrationTest
class CustomerVisibilityApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestData testData;

    String token;
    Api sara;
    Api otherSeller;
    long sarasProspect;
    long othersCustomer;
    long nobodysCustomer;

    @BeforeEach
    void setUp() {
        token = unique("Vis").replace(" ", "");
        sara = new Api(rest);
        otherSeller = new Api(rest, testData.user(Groups.SALES));
        sarasProspect = create(sara, "PROSPECT");
        othersCustomer = create(otherSeller, "CUSTOMER");
        nobodysCustomer = create(new Api(rest, "demo"), "CUSTOMER");
    }

    private long create(Api api, String kind) {
        return api.post("/api/customers", body("kind", kind, "name", token + " " + kind, "vatNumber",
                randomPartitaIva())).expect(201).id();
    }

    private List<Long> search(Api api, String query) {
        List<Long> ids = new ArrayList<>();
        api.get("/api/customers?size=200&q=" + token + query).expect(200).json().path("items")
                .forEach(c -> ids.add(c.path("id").asLong()));
        return ids;
    }

    @Test
    void aSellerSeesOnlyTheirOwnAndWhoRecordsACustomerOwnsIt() {
        assertThat(sara.get("/api/customers/" + sarasProspect).expect(200).json().path("ownerUserId").asText())
                .isEqualTo("sara");
        assertThat(search(sara, "")).containsExactly(sarasProspect);
        assertThat(search(otherSeller, "")).containsExactly(othersCustomer);
        for (long hidden : List.of(othersCustomer, nobodysCustomer)) {
            assertProblem(sara.get("/api/customers/" + hidden), 404, null);
            assertProblem(sara.get("/api/customers/" + hidden + "/summary"), 404, null);
        }
        assertThat(new Api(rest, "demo").get("/api/customers/" + nobodysCustomer).json().has("ownerUserId"))
                .isFalse();
    }

    @Test
    void managersAdministrationAndTheCallCenterSeeEveryone() {
        for (String user : List.of("demo", "anna", "carlo")) {
            Api api = new Api(rest, user);
            assertThat(search(api, "")).as(user)
                    .containsExactlyInAnyOrder(sarasProspect, othersCustomer, nobodysCustomer);
            api.get("/api/customers/" + othersCustomer).expect(200);
            api.get("/api/customers/" + othersCustomer + "/summary").expect(200);
        }
    }

    @Test
    void theCallCenterReadsButDoesNotChange() {
        String detail = assertProblem(new Api(rest, "carlo").post("/api/customers/" + sarasProspect + "/archive",
                body("reason", "Non interessato")), 403, null);
        assertThat(detail).isEqualTo("Puoi consultare questo cliente ma non modificarlo.");
        assertThat(sara.get("/api/customers/" + sarasProspect).json().path("prospectState").asText())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void prospectsAreArchivedWithAReasonAndReopened() {
        assertBadRequest(sara.post("/api/customers/" + sarasProspect + "/archive", body("reason", "  ")), "reason");
        assertProblem(otherSeller.post("/api/customers/" + sarasProspect + "/archive", body("reason", "x")), 404,
                null);

        JsonNode archived = sara.post("/api/customers/" + sarasProspect + "/archive",
                body("reason", " Ha scelto un concorrente ")).expect(200).json();
        assertThat(archived.path("prospectState").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.path("archiveReason").asText()).isEqualTo("Ha scelto un concorrente");
        List<Long> archivedProspects = search(new Api(rest, "demo"), "&kind=PROSPECT&prospectState=ARCHIVED");
        assertThat(archivedProspects).containsExactly(sarasProspect);
        assertThat(search(sara, "&kind=PROSPECT&prospectState=IN_PROGRESS")).isEmpty();

        JsonNode reopened = new Api(rest, "demo").post("/api/customers/" + sarasProspect + "/reopen", null)
                .expect(200).json();
        assertThat(reopened.path("prospectState").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.has("archiveReason")).isFalse();
        assertThat(search(sara, "&prospectState=IN_PROGRESS")).containsExactly(sarasProspect);
    }

    @Test
    void onlyProspectsAreArchived() {
        long customer = create(sara, "CUSTOMER");
        assertProblem(sara.post("/api/customers/" + customer + "/archive", body("reason", "Chiuso")), 409, "kind");
        assertProblem(sara.post("/api/customers/" + customer + "/reopen", null), 409, "kind");
        assertThat(sara.get("/api/customers/" + customer).json().has("prospectState")).isFalse();
    }

    @Test
    void anUnknownProvinceIsRefused() {
        String message = assertBadRequest(sara.post("/api/customers", body("kind", "CUSTOMER", "name", token,
                "vatNumber", randomPartitaIva(), "province", "ZZ")), "province");
        assertThat(message).isEqualTo("Sigla di provincia sconosciuta: ZZ.");
        JsonNode milanese = sara.post("/api/customers", body("kind", "CUSTOMER", "name", token, "vatNumber",
                randomPartitaIva(), "province", "mi", "sector", "Edilizia", "employees", 12)).expect(201).json();
        assertThat(milanese.path("region").asText()).isEqualTo("Lombardia");
        assertThat(milanese.path("sector").asText()).isEqualTo("Edilizia");
        assertThat(milanese.path("employees").asInt()).isEqualTo(12);
    }
}
