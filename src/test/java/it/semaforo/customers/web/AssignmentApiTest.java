package it.semaforo.customers.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static it.semaforo.Api.randomPartitaIva;
import static it.semaforo.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.Api.Response;
import it.semaforo.IntegrationTest;
import it.semaforo.TestData;
import it.semaforo.platform.Groups;

/**
 * Assignment rules through the API. The database is shared, so every rule here matches only a sector made up for
 * the test, and is deleted afterwards: no other test's customers are touched.
 */
@IntegrationTest
class AssignmentApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestData testData;

    Api manager;
    String sector;
    final List<Long> rules = new ArrayList<>();

    @BeforeEach
    void setUp() {
        manager = new Api(rest, "demo");
        sector = unique("Settore");
    }

    @AfterEach
    void deleteRules() {
        rules.forEach(id -> manager.delete("/api/assignment-rules/" + id));
    }

    private long rule(Map<String, Object> request) {
        long id = manager.post("/api/assignment-rules", request).expect(201).id();
        rules.add(id);
        return id;
    }

    private Map<String, Object> sellerRule(String strategy, String... users) {
        return body("name", unique("Regola"), "role", "SELLER", "sectors", List.of(sector),
                "targetUsers", List.of(users), "strategy", strategy);
    }

    /** A customer of the test's sector recorded by a manager (so no owner comes from who records it). */
    private JsonNode customer(Object... more) {
        Map<String, Object> request = body("kind", "CUSTOMER", "name", unique("Cliente"), "vatNumber",
                randomPartitaIva(), "sector", sector);
        request.putAll(body(more));
        return manager.post("/api/customers", request).expect(201).json();
    }

    private String owner(long customerId) {
        return manager.get("/api/customers/" + customerId).expect(200).json().path("ownerUserId").asText(null);
    }

    private JsonNode apply(boolean reassign) {
        return manager.post("/api/assignment-rules/apply", body("reassign", reassign)).expect(200).json();
    }

    private static List<String> sorted(String... users) {
        return Stream.of(users).sorted().toList();
    }

    @Test
    void roundRobinTakesTurnsByUserIdWhenCustomersAreRecorded() {
        String a = testData.user(Groups.SALES);
        String b = testData.user(Groups.SALES);
        List<String> turn = sorted(a, b);
        rule(sellerRule("ROUND_ROBIN", b, a));

        List<String> owners = Stream.of(customer(), customer(), customer())
                .map(c -> c.path("ownerUserId").asText()).toList();

        assertThat(owners).containsExactly(turn.get(0), turn.get(1), turn.get(0));
    }

    @Test
    void leastLoadedPicksWhoOwnsFewestCustomersTiesByUserId() {
        String a = testData.user(Groups.SALES);
        String b = testData.user(Groups.SALES);
        long already = manager.post("/api/customers", body("kind", "CUSTOMER", "name", unique("Cliente"),
                "vatNumber", randomPartitaIva(), "ownerUserId", a)).expect(201).id();
        assertThat(owner(already)).isEqualTo(a);
        rule(sellerRule("LEAST_LOADED", a, b));
        List<String> tie = sorted(a, b);

        List<String> owners = Stream.of(customer(), customer(), customer())
                .map(c -> c.path("ownerUserId").asText()).toList();

        // b owns none, then a and b own one each (tie: smaller id), then the other one has fewer
        assertThat(owners).containsExactly(b, tie.get(0), tie.get(1));
    }

    @Test
    void administrationOwnersComeFromTheirOwnRules() {
        String x = testData.user(Groups.ADMINISTRATION);
        rule(body("name", unique("Amministrazione"), "role", "ADMINISTRATION", "sectors", List.of(sector),
                "targetUsers", List.of(x), "strategy", "LEAST_LOADED"));

        JsonNode customer = customer();

        assertThat(customer.path("adminOwnerUserId").asText()).isEqualTo(x);
        assertThat(customer.has("ownerUserId")).isFalse();
    }

    @Test
    void aRegionRuleMatchesTheRegionDerivedFromTheProvince() {
        String a = testData.user(Groups.SALES);
        long id = rule(body("name", unique("Sardegna"), "role", "SELLER", "regions", List.of("sardegna"),
                "sectors", List.of(sector.toUpperCase()), "targetUsers", List.of(a), "strategy", "ROUND_ROBIN"));

        JsonNode sardinian = customer("province", "su");
        JsonNode roman = customer("province", "RM");

        assertThat(sardinian.path("province").asText()).isEqualTo("SU");
        assertThat(sardinian.path("region").asText()).isEqualTo("Sardegna");
        assertThat(sardinian.path("ownerUserId").asText()).isEqualTo(a);
        assertThat(roman.path("region").asText()).isEqualTo("Lazio");
        assertThat(roman.has("ownerUserId")).isFalse();
        JsonNode listed = findRule(id);
        assertThat(listed.path("regions").get(0).asText()).isEqualTo("Sardegna");
    }

    @Test
    void aGroupWithoutMembersAssignsNobodyAndSaysSo() {
        rule(body("name", unique("Gruppo vuoto"), "role", "SELLER", "sectors", List.of(sector),
                "targetGroup", "empty" + randomPartitaIva(), "strategy", "ROUND_ROBIN"));

        long id = customer().path("id").asLong();
        JsonNode report = apply(false);

        assertThat(owner(id)).isNull();
        assertThat(report.path("withoutCandidates").path("SELLER").asInt()).isPositive();
    }

    @Test
    void applyingAgainChangesNothingAndReassignKeepsOwnersWhoStillFit() {
        String a = testData.user(Groups.SALES);
        String b = testData.user(Groups.SALES);
        String c = testData.user(Groups.SALES);
        List<String> turn = sorted(a, b);
        long first = customer().path("id").asLong();
        long second = customer().path("id").asLong();
        long third = customer().path("id").asLong();
        long ownedByC = customer("ownerUserId", c).path("id").asLong();
        rule(sellerRule("ROUND_ROBIN", a, b));

        JsonNode report = apply(false);
        assertThat(report.path("examined").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(report.path("assigned").path("SELLER").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(List.of(owner(first), owner(second), owner(third), owner(ownedByC)))
                .containsExactly(turn.get(0), turn.get(1), turn.get(0), c);

        JsonNode again = apply(false);
        assertThat(again.path("assigned").path("SELLER").asInt()).isZero();
        assertThat(again.path("assigned").path("ADMINISTRATION").asInt()).isZero();

        // c is not a candidate of the rule: reassigned to the next in turn; the others keep theirs
        apply(true);
        assertThat(List.of(owner(first), owner(second), owner(third), owner(ownedByC)))
                .containsExactly(turn.get(0), turn.get(1), turn.get(0), turn.get(1));
        JsonNode reassignedAgain = apply(true);
        assertThat(reassignedAgain.path("assigned").path("SELLER").asInt()).isZero();
        assertThat(owner(ownedByC)).isEqualTo(turn.get(1));
    }

    @Test
    void rulesAreCheckedFieldByField() {
        assertBadRequest(manager.post("/api/assignment-rules", body("name", "x", "role", "SELLER",
                "provinces", List.of("ZZ"), "targetGroup", "sales", "strategy", "ROUND_ROBIN")), "provinces");
        assertBadRequest(manager.post("/api/assignment-rules", body("name", "x", "role", "SELLER",
                "regions", List.of("Padania"), "targetGroup", "sales", "strategy", "ROUND_ROBIN")), "regions");
        assertBadRequest(manager.post("/api/assignment-rules", body("name", "x", "role", "SELLER",
                "targetGroup", "sales", "targetUsers", List.of("sara"), "strategy", "ROUND_ROBIN")), "targetGroup");
        assertBadRequest(manager.post("/api/assignment-rules", body("name", "x", "role", "SELLER",
                "strategy", "ROUND_ROBIN")), "targetGroup");
        assertBadRequest(manager.post("/api/assignment-rules", body("name", "x", "role", "SELLER",
                "employeesMin", 10, "employeesMax", 5, "targetGroup", "sales", "strategy", "ROUND_ROBIN")),
                "employeesMax");
        Response required = manager.post("/api/assignment-rules", body("name", " "));
        assertBadRequest(required, "role");
        assertBadRequest(required, "strategy");
        assertBadRequest(required, "name");
        String english = assertBadRequest(manager.post("/api/assignment-rules", body("name", "x", "role", "SELLER",
                "targetUsers", List.of("anna"), "strategy", "ROUND_ROBIN"), "Accept-Language", "en"), "targetUsers");
        assertThat(english).isEqualTo("User anna does not exist or is not in group sales.");
        String italian = assertBadRequest(manager.post("/api/assignment-rules", body("name", "x",
                "role", "SELLER", "targetUsers", List.of("nessuno"), "strategy", "ROUND_ROBIN")), "targetUsers");
        assertThat(italian).isEqualTo("L'utente nessuno non esiste o non fa parte del gruppo sales.");
    }

    @Test
    void rulesAreReplacedAndDeleted() {
        String a = testData.user(Groups.SALES);
        long id = rule(sellerRule("ROUND_ROBIN", a));
        JsonNode changed = manager.put("/api/assignment-rules/" + id, body("name", "Spenta", "role", "SELLER",
                "sectors", List.of(sector), "targetUsers", List.of(a), "strategy", "LEAST_LOADED", "priority", 5,
                "active", false)).expect(200).json();
        assertThat(changed.path("strategy").asText()).isEqualTo("LEAST_LOADED");
        assertThat(changed.path("priority").asInt()).isEqualTo(5);
        assertThat(findRule(id).path("active").asBoolean()).isFalse();
        // an inactive rule assigns nobody
        assertThat(customer().has("ownerUserId")).isFalse();

        assertThat(manager.delete("/api/assignment-rules/" + id).code()).isEqualTo(204);
        rules.remove(id);
        assertThat(findRuleOrNull(id)).isNull();
        assertProblem(manager.put("/api/assignment-rules/" + id, sellerRule("ROUND_ROBIN", a)), 404, null);
    }

    @Test
    void ownersAreSetByHandToUsersOfTheRightGroup() {
        long id = customer().path("id").asLong();
        String seller = testData.user(Groups.SALES);

        JsonNode owners = manager.put("/api/customers/" + id + "/owners",
                body("ownerUserId", seller, "adminOwnerUserId", "anna")).expect(200).json();
        assertThat(owners.path("ownerUserId").asText()).isEqualTo(seller);
        assertThat(owners.path("adminOwnerUserId").asText()).isEqualTo("anna");

        assertBadRequest(manager.put("/api/customers/" + id + "/owners", body("ownerUserId", "carlo")),
                "ownerUserId");
        assertBadRequest(manager.put("/api/customers/" + id + "/owners", body("adminOwnerUserId", "sara")),
                "adminOwnerUserId");
        assertThat(owner(id)).isEqualTo(seller);

        JsonNode cleared = manager.put("/api/customers/" + id + "/owners", body()).expect(200).json();
        assertThat(cleared.has("ownerUserId")).isFalse();
        assertThat(cleared.has("adminOwnerUserId")).isFalse();
        assertProblem(manager.put("/api/customers/999999999/owners", body()), 404, null);
    }

    @Test
    void onlyManagersManageRulesAndOwnersEvenWithABadBody() {
        long id = customer().path("id").asLong();
        for (String user : List.of("sara", "carlo", "anna")) {
            Api api = new Api(rest, user);
            assertProblem(api.get("/api/assignment-rules"), 403, null);
            assertProblem(api.post("/api/assignment-rules", body()), 403, null);
            assertProblem(api.post("/api/assignment-rules/apply", null), 403, null);
            assertProblem(api.put("/api/customers/" + id + "/owners", body("ownerUserId", user)), 403, null);
        }
        String detail = assertProblem(new Api(rest, "sara").get("/api/assignment-rules", "Accept-Language", "en"),
                403, null);
        assertThat(detail).isEqualTo("Only managers (group managers) manage assignment rules and owners.");
        assertThat(owner(id)).isNull();
    }

    private JsonNode findRule(long id) {
        JsonNode rule = findRuleOrNull(id);
        assertThat(rule).as("rule %s", id).isNotNull();
        return rule;
    }

    private JsonNode findRuleOrNull(long id) {
        for (JsonNode rule : manager.get("/api/assignment-rules").expect(200).json()) {
            if (rule.path("id").asLong() == id) {
                return rule;
            }
        }
        return null;
    }
}
