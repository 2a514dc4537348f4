package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiDefinitionChange;
import it.semaforo.kpi.Kpis;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/** A KPI's page: definition, current value, trend; managers change it, with errors next to the fields. */
@IntegrationTest
class KpiPageTest {

    private static final String CODE = "CONTRACTS_EXPIRING";

    @LocalServerPort
    int port;

    @Autowired
    Kpis kpis;

    @Autowired
    ConsoleFixtures fixtures;

    KpiDefinition original;
    ConsoleClient manager;

    @BeforeEach
    void setUp() {
        original = kpis.definition(CODE);
        manager = new ConsoleClient(port).signIn("demo", "demo");
    }

    @AfterEach
    void restore() {
        kpis.change(CODE, new KpiDefinitionChange(original.getLeadTimeDays(), original.getYellowThreshold(),
                original.getRedThreshold(), original.getVisibleTo(), original.getAlertRecipients(),
                original.getOwnerGroup(), original.isAlertsEnabled()));
    }

    private Map<String, String> form(Object... nameValues) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("leadTimeDays", "30");
        form.put("yellowThreshold", "3");
        form.put("redThreshold", "6");
        form.put("visibleTo", "group:managers, group:administration");
        form.put("alertRecipients", "group:managers");
        form.put("ownerGroup", "managers");
        form.put("alertsEnabled", "true");
        form.put("_alertsEnabled", "on");
        for (int i = 0; i < nameValues.length; i += 2) {
            form.put((String) nameValues[i], String.valueOf(nameValues[i + 1]));
        }
        return form;
    }

    private ConsoleClient.Page submit(Map<String, String> form) {
        manager.get("/kpis/" + CODE).expect(200);
        return manager.post("/kpis/" + CODE, form, true);
    }

    @Test
    void showsDefinitionValueAndTrend() {
        kpis.evaluateAndRecord(); // what the alert cycle does: one point of the trend
        ConsoleClient.Page page = manager.get("/kpis/" + CODE).expect(200);
        assertThat(page.select("h1").text()).isEqualTo("Contratti in scadenza");
        assertThat(page.testId("kpi-lead-time").text()).isEqualTo("30 giorni");
        assertThat(page.testId("kpi-yellow").text()).isEqualTo("3");
        assertThat(page.testId("kpi-red").text()).isEqualTo("6");
        String light = kpis.lights(new Viewer("demo", Set.of(Groups.MANAGERS)), false)
                .stream().filter(l -> l.definition().getCode().equals(CODE)).findFirst().orElseThrow().light().name();
        assertThat(page.testId("kpi-current").attr("data-light")).isEqualTo(light);
        assertThat(page.testId("kpi-value").text()).matches("\\d+");
        assertThat(page.testIds("trend-row")).isNotEmpty();
        assertThat(page.select("[data-testid=kpi-trend] svg polyline")).hasSize(1);
        assertThat(page.testIds("kpi-form")).hasSize(1);
        assertThat(manager.get("/kpis/NO_SUCH_KPI").status()).isEqualTo(404);
    }

    @Test
    void aRaisedThresholdShowsAtOnce() {
        ConsoleClient.Page saved = submit(form("yellowThreshold", "1000000", "redThreshold", "2000000")).expect(302);
        assertThat(saved.location()).endsWith("/kpis/" + CODE + "?saved");
        ConsoleClient.Page page = manager.get("/kpis/" + CODE + "?saved").expect(200);
        assertThat(page.testIds("kpi-saved")).hasSize(1);
        assertThat(page.testId("kpi-current").attr("data-light")).isEqualTo("GREEN");
        assertThat(page.testId("kpi-red").text()).isEqualTo("2.000.000");
        assertThat(manager.get("/").selectFirst("[data-testid=kpi-light][data-kpi-code=" + CODE + "]")
                .attr("data-light")).isEqualTo("GREEN");

        submit(form("yellowThreshold", "0", "redThreshold", "0")).expect(302);
        assertThat(manager.get("/kpis/" + CODE).testId("kpi-current").attr("data-light")).isEqualTo("RED");
        KpiDefinition changed = kpis.definition(CODE);
        assertThat(changed.getRedThreshold()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(changed.getVisibleTo()).containsExactly("group:managers", "group:administration");
    }

    @Test
    void everyFieldCanBeChanged() {
        submit(form("leadTimeDays", "45", "visibleTo", "group:managers user:sara", "alertRecipients",
                "user:demo", "ownerGroup", "administration", "alertsEnabled", "false")).expect(302);
        KpiDefinition changed = kpis.definition(CODE);
        assertThat(changed.getLeadTimeDays()).isEqualTo(45);
        assertThat(changed.getVisibleTo()).containsExactly("group:managers", "user:sara");
        assertThat(changed.getAlertRecipients()).containsExactly("user:demo");
        assertThat(changed.getOwnerGroup()).isEqualTo("administration");
        assertThat(changed.isAlertsEnabled()).isFalse();
    }

    @Test
    void badValuesAreShownNextToTheirFieldsNeverAServerError() {
        ConsoleClient.Page redBelowYellow = submit(form("yellowThreshold", "10", "redThreshold", "5")).expect(400);
        assertThat(redBelowYellow.testId("error-redThreshold").text())
                .isEqualTo("La soglia rossa non può essere inferiore a quella gialla.");

        ConsoleClient.Page principals = submit(form("visibleTo", "managers")).expect(400);
        assertThat(principals.testId("error-visibleTo").text()).isEqualTo("deve essere group:<gruppo> o user:<utente>");
        assertThat(principals.testId("field-visibleTo").val()).isEqualTo("managers");

        ConsoleClient.Page several = submit(form("leadTimeDays", "0", "yellowThreshold", "", "ownerGroup", ""))
                .expect(400);
        assertThat(several.testId("error-leadTimeDays").text()).isNotBlank();
        assertThat(several.testId("error-yellowThreshold").text()).isEqualTo("Campo obbligatorio.");
        assertThat(several.testId("error-ownerGroup").text()).isEqualTo("Campo obbligatorio.");

        ConsoleClient.Page notANumber = submit(form("redThreshold", "tanti")).expect(400);
        assertThat(notANumber.testId("error-redThreshold").text()).isEqualTo("Formato non valido.");

        assertThat(kpis.definition(CODE).getRedThreshold()).isEqualByComparingTo(original.getRedThreshold());
    }

    @Test
    void onlyManagersChangeKpis() {
        String administration = fixtures.user(Groups.ADMINISTRATION);
        ConsoleClient viewer = new ConsoleClient(port).signIn(administration, administration);
        ConsoleClient.Page page = viewer.get("/kpis/" + CODE).expect(200);
        assertThat(page.testIds("kpi-form")).isEmpty();
        assertThat(viewer.post("/kpis/" + CODE, form("redThreshold", "99"), true).status()).isEqualTo(403);
        assertThat(kpis.definition(CODE).getRedThreshold()).isEqualByComparingTo(original.getRedThreshold());
        assertThat(page.testId("kpi-current").attr("data-light")).isIn("RED", "YELLOW", "GREEN");
    }
}
