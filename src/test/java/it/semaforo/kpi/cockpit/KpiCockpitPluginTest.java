package it.semaforo.kpi.cockpit;

import static it.semaforo.kpi.LightsJson.codes;
import static it.semaforo.kpi.LightsJson.light;
import static it.semaforo.kpi.KpiFixtures.UNREACHABLE;
import static it.semaforo.kpi.KpiFixtures.ZERO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.IntegrationTest;
import it.semaforo.kpi.KpiFixtures;
import it.semaforo.kpi.Kpis;

/**
 * The Cockpit dashboard plugin: its data endpoint works with the Camunda webapp session (signed in through the
 * webapp's own login, with its CSRF token), answers only the lights that user may see, and refuses requests
 * without a session; Cockpit's config.js loads the dashboard script.
 */
@IntegrationTest
class KpiCockpitPluginTest {

    private static final String LIGHTS = "/camunda/api/cockpit/plugin/semaforo-kpi/default/lights";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired Kpis kpis;

    private KpiFixtures.Snapshot definitions;

    @BeforeEach
    void snapshot() {
        definitions = KpiFixtures.snapshot(kpis);
    }

    @AfterEach
    void restore() {
        definitions.restore(kpis);
    }

    @Test
    void aManagerSignedInToCockpitGetsTheLightsOfHisKpis() throws Exception {
        kpis.change("CONTRACTS_EXPIRING", KpiFixtures.withThresholds(kpis.definition("CONTRACTS_EXPIRING"), ZERO, ZERO));
        kpis.change("OVERDUE_RECALLS",
                KpiFixtures.withThresholds(kpis.definition("OVERDUE_RECALLS"), UNREACHABLE, UNREACHABLE));
        Session demo = signIn("demo", "demo", "cockpit");

        HttpResponse<String> answer = demo.get(LIGHTS);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode lights = JSON.readTree(answer.body());
        assertThat(codes(lights)).contains("CONTRACTS_EXPIRING", "REVENUE_EXPIRING", "EXPIRED_UNRENEWED",
                "OVERDUE_RECALLS", "TASKS_PAST_SLA");
        JsonNode contracts = light(lights, "CONTRACTS_EXPIRING");
        assertThat(contracts.path("name").asText()).isEqualTo("Contratti in scadenza");
        assertThat(contracts.path("light").asText()).isEqualTo("RED");
        assertThat(contracts.path("value").isNumber()).isTrue();
        assertThat(contracts.path("yellowThreshold").decimalValue()).isEqualByComparingTo("0");
        assertThat(contracts.path("trend").isArray()).isTrue();
        assertThat(light(lights, "OVERDUE_RECALLS").path("light").asText()).isEqualTo("GREEN");
        assertThat(lights.get(0).path("light").asText()).as("worst first").isEqualTo("RED");
    }

    @Test
    void onlyTheLightsTheSignedInUserMaySee() throws Exception {
        Session sara = signIn("sara", "sara", "tasklist");
        HttpResponse<String> none = sara.get(LIGHTS);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(none.body())).isEmpty();

        kpis.change("OVERDUE_RECALLS", KpiFixtures.withVisibleTo(kpis.definition("OVERDUE_RECALLS"),
                List.of("group:managers", "user:sara")));
        assertThat(codes(JSON.readTree(sara.get(LIGHTS).body()))).containsExactly("OVERDUE_RECALLS");
    }

    @Test
    void withoutACockpitSessionTheEndpointRefuses() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> answer = anonymous.send(HttpRequest.newBuilder(uri(LIGHTS)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);

        // HTTP Basic of the /api does not open the webapp API either
        String basic = java.util.Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> withBasic = anonymous.send(HttpRequest.newBuilder(uri(LIGHTS))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withBasic.statusCode()).isEqualTo(401);
    }

    @Test
    void cockpitLoadsTheDashboardAsACustomScript() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> config = http.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/scripts/config.js"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("customScripts", "'scripts/semaforo-kpi-dashboard'");

        HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(
                uri("/camunda/app/cockpit/scripts/semaforo-kpi-dashboard.js")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("pluginPoint: 'cockpit.dashboard'", "/plugin/semaforo-kpi/",
                "X-XSRF-TOKEN", "Semafori KPI");

        // the backend plugin is registered (Cockpit imports its app/plugin.js: an empty module)
        HttpResponse<String> index = http.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(index.body()).contains("cockpit-plugin-semaforo-kpi");
        HttpResponse<String> pluginModule = http.send(HttpRequest.newBuilder(
                uri("/camunda/api/cockpit/plugin/semaforo-kpi/static/app/plugin.js")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pluginModule.statusCode()).isEqualTo(200);
        assertThat(pluginModule.body()).contains("export default []");
    }

    // --- the webapp login, as the Cockpit page does it -----------------------------------------------------

    /** A browser-like session: cookies kept, the XSRF-TOKEN cookie echoed as X-XSRF-TOKEN. */
    private final class Session {
        private final HttpClient client;
        private final CookieManager cookies;

        Session(HttpClient client, CookieManager cookies) {
            this.client = client;
            this.cookies = cookies;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrfToken() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
        }
    }

    private Session signIn(String user, String password, String app) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        Session session = new Session(client, cookies);
        // any webapp page hands out the CSRF cookie
        client.send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(session.csrfToken()).as("XSRF-TOKEN cookie").isNotBlank();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("login of %s: %s", user, login.body()).isEqualTo(200);
        return session;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
