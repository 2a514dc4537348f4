package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.AssignmentRule;
import it.semaforo.customers.AssignmentRules;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.deals.DealFixtures;
import it.semaforo.platform.Groups;

/**
 * "Regole di assegnazione", for managers: a rule made with the form is listed and can be changed and deleted, "Applica
 * ora" gives owners and shows its report, errors are shown next to the fields. The database is shared, so every rule
 * here matches only a sector made up for the test, and is deleted afterwards.
 */
@IntegrationTest
class AssignmentRulePagesTest {

    @LocalServerPort int port;
    @Autowired DealFixtures fixtures;
    @Autowired Customers customers;
    @Autowired AssignmentRules rules;

    String sector;
    String seller;
    ConsoleClient manager;

    @BeforeEach
    void setUp() {
        sector = DealFixtures.sector();
        seller = fixtures.user(Groups.SALES);
        manager = new ConsoleClient(port).signIn("demo", "demo");
        assertThat(manager.get("/assignment-rules").expect(200).testId("nav-assignment-rules").hasClass("active"))
                .isTrue();
    }

    @AfterEach
    void deleteRules() {
        rules.all().stream().filter(rule -> rule.getSectors().contains(sector))
                .forEach(rule -> rules.delete(rule.getId()));
    }

    private Map<String, String> form(String... nameValues) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", Api.unique("Regola"));
        form.put("role", "SELLER");
        form.put("provinces", "");
        form.put("regions", "");
        form.put("sectors", sector);
        form.put("employeesMin", "");
        form.put("employeesMax", "");
        form.put("targetGroup", "");
        form.put("targetUsers", seller);
        form.put("strategy", "ROUND_ROBIN");
        form.put("priority", "0");
        form.put("active", "true");
        form.put("_active", "on");
        for (int i = 0; i < nameValues.length; i += 2) {
            form.put(nameValues[i], nameValues[i + 1]);
        }
        return form;
    }

    private Element row(ConsoleClient.Page page, AssignmentRule rule) {
        return page.selectFirst("[data-testid=rule-row][data-rule-id=" + rule.getId() + "]");
    }

    private AssignmentRule ruleNamed(String name) {
        return rules.all().stream().filter(rule -> rule.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRuleMadeWithTheFormIsListedAndApplyNowGivesOwnersAndShowsTheReport() {
        Customer customer = fixtures.customer(CustomerKind.PROSPECT, null, "BG", sector);
        customers.assignOwners(customer.getId(), null, null); // whatever another test's rule gave it
        Map<String, String> request = form("provinces", "bg, MI", "regions", "Lombardia", "employeesMin", "5",
                "employeesMax", "50");

        ConsoleClient.Page saved = manager.post("/assignment-rules", request, true).expect(302);
        AssignmentRule rule = ruleNamed(request.get("name"));
        assertThat(saved.location()).endsWith("/assignment-rules?saved=" + rule.getId() + "#rule-" + rule.getId());

        ConsoleClient.Page list = manager.get("/assignment-rules?saved=" + rule.getId()).expect(200);
        Element row = row(list, rule);
        assertThat(row.hasClass("highlight")).isTrue();
        assertThat(row.text()).contains(request.get("name")).contains("Venditore").contains("A turno").contains("sì");
        assertThat(row.selectFirst("[data-testid=rule-criteria]").text()).contains("Province: BG, MI")
                .contains("Regioni: Lombardia").contains("Settori: " + sector).contains("Dipendenti: 5 – 50");
        assertThat(row.selectFirst("[data-testid=rule-target]").text()).isEqualTo(seller);
        assertThat(customers.get(customer.getId()).getOwnerUserId()).isNull();

        ConsoleClient.Page applied = manager.post("/assignment-rules/apply", Map.of(), true).expect(200);

        assertThat(customers.get(customer.getId()).getOwnerUserId()).isEqualTo(seller);
        Element report = applied.testId("apply-report");
        int examined = Integer.parseInt(report.attr("data-examined"));
        assertThat(examined).isPositive();
        for (Element roleRow : report.select("[data-testid=report-row]")) {
            int sum = roleRow.select("td.num").stream().mapToInt(cell -> Integer.parseInt(cell.text())).sum();
            assertThat(sum).as("every customer counted once for %s", roleRow.attr("data-role")).isEqualTo(examined);
        }
        assertThat(Integer.parseInt(report.selectFirst("[data-role=SELLER] [data-testid=report-assigned]").text()))
                .isPositive();
        assertThat(row(applied, rule)).as("the rules stay listed").isNotNull();

        ConsoleClient.Page again = manager.post("/assignment-rules/apply?lang=en", Map.of(), true).expect(200);
        assertThat(again.testId("apply-report").selectFirst("h2").text())
                .isEqualTo(String.format(Locale.UK, "Rules applied to %,d customers and prospects", examined));
        assertThat(customers.get(customer.getId()).getOwnerUserId()).as("an owner is kept").isEqualTo(seller);
    }

    @Test
    void aRuleIsChangedThroughItsFormAndDeleted() {
        Map<String, String> request = form();
        manager.post("/assignment-rules", request, true).expect(302);
        AssignmentRule rule = ruleNamed(request.get("name"));

        ConsoleClient.Page edit = manager.get("/assignment-rules/" + rule.getId()).expect(200);
        assertThat(edit.testId("field-name").attr("value")).isEqualTo(request.get("name"));
        assertThat(edit.testId("field-targetUsers").attr("value")).isEqualTo(seller);
        assertThat(edit.testId("rule-form").attr("action")).isEqualTo("/assignment-rules/" + rule.getId());

        manager.post("/assignment-rules/" + rule.getId(), form("name", request.get("name"), "targetUsers", "",
                "targetGroup", Groups.SALES, "strategy", "LEAST_LOADED", "priority", "7", "active", "false"), true)
                .expect(302);
        AssignmentRule changed = rules.get(rule.getId());
        assertThat(changed.getTargetGroup()).isEqualTo(Groups.SALES);
        assertThat(changed.getTargetUsers()).isEmpty();
        assertThat(changed.getStrategy().name()).isEqualTo("LEAST_LOADED");
        assertThat(changed.getPriority()).isEqualTo(7);
        assertThat(changed.isActive()).isFalse();
        Element row = row(manager.get("/assignment-rules").expect(200), changed);
        assertThat(row.selectFirst("[data-testid=rule-target]").text()).isEqualTo("membri del gruppo sales");
        assertThat(row.text()).contains("Il meno carico").endsWith("no Modifica Elimina");

        manager.post("/assignment-rules/" + rule.getId() + "/delete", Map.of(), true).expect(302);
        assertThat(rules.all()).extracting(AssignmentRule::getId).doesNotContain(rule.getId());
        assertThat(manager.get("/assignment-rules/" + rule.getId()).status()).isEqualTo(404);
    }

    @Test
    void errorsAreShownNextToTheirFieldsAndSaveNothing() {
        String name = Api.unique("Errata");
        ConsoleClient.Page province = manager.post("/assignment-rules", form("name", name, "provinces", "MI ZZ"), true)
                .expect(400);
        assertThat(province.testId("error-provinces").text()).isEqualTo("Sigla di provincia sconosciuta: ZZ.");
        assertThat(province.testId("field-provinces").attr("value")).isEqualTo("MI ZZ");

        ConsoleClient.Page target = manager.post("/assignment-rules?lang=en", form("name", name, "targetUsers", ""),
                true).expect(400);
        assertThat(target.testId("error-targetGroup").text())
                .isEqualTo("Give either a group or a list of users (one of the two).");
        assertThat(target.testIds("error-targetUsers")).isEmpty();

        ConsoleClient.Page user = manager.post("/assignment-rules?lang=it", form("name", name, "targetUsers",
                seller + ", carlo"), true).expect(400);
        assertThat(user.testId("error-targetUsers").text())
                .isEqualTo("L'utente carlo non esiste o non fa parte del gruppo sales.");

        ConsoleClient.Page blank = manager.post("/assignment-rules", form("name", " ", "employeesMin", "-1",
                "employeesMax", "x"), true).expect(400);
        assertThat(blank.testId("error-name").text()).isEqualTo("Campo obbligatorio.");
        assertThat(blank.testIds("error-employeesMin")).hasSize(1);
        assertThat(blank.testId("error-employeesMax").text()).isEqualTo("Formato non valido.");

        assertThat(rules.all()).extracting(AssignmentRule::getName).doesNotContain(name);
    }
}
