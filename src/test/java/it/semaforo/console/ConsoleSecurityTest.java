package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;

/** Sign-in on the console's own page, sign-out, CSRF, session cookie, open static assets. */
@IntegrationTest
class ConsoleSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsoleFixtures fixtures;

    ConsoleClient browser;

    @BeforeEach
    void setUp() {
        browser = new ConsoleClient(port);
    }

    @Test
    void anonymousVisitorsAreSentToTheConsoleSignInPage() {
        ConsoleClient.Page dashboard = browser.get("/").expect(302);
        assertThat(dashboard.location()).endsWith("/login");

        ConsoleClient.Page login = browser.get("/login").expect(200);
        assertThat(login.testId("login-form").attr("action")).isEqualTo("/login");
        assertThat(login.testId("login-form").attr("method")).isEqualTo("post");
        assertThat(login.select("[data-testid=login-form] input[name=_csrf]")).hasSize(1);
        assertThat(login.testIds("login-username")).hasSize(1);
        assertThat(login.testIds("login-password")).hasSize(1);
        assertThat(login.testIds("login-submit")).hasSize(1);
    }

    @Test
    void signInWithTasklistUsersThenSignOut() {
        ConsoleClient.Page signedIn = browser.tryToSignIn("demo", "demo");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/");
        String sessionCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

        ConsoleClient.Page dashboard = browser.get("/").expect(200);
        assertThat(dashboard.testId("user-name").text()).isEqualTo("Demo Manager");
        assertThat(dashboard.select("meta[name=_csrf]").attr("content")).isNotBlank();
        assertThat(dashboard.select("meta[name=_csrf_header]").attr("content")).isEqualTo("X-CSRF-TOKEN");
        assertThat(dashboard.header("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(dashboard.testId("nav-tasklist").attr("href")).isEqualTo("/camunda/app/tasklist/default/");
        assertThat(dashboard.testId("nav-cockpit").attr("href")).isEqualTo("/camunda/app/cockpit/default/");

        // sign-out is a POST with the CSRF token
        ConsoleClient.Page out = browser.post("/logout", Map.of(), true).expect(302);
        assertThat(out.location()).endsWith("/login?logout");
        assertThat(browser.get("/login?logout").testIds("login-logged-out")).hasSize(1);
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPageWithAMessage() {
        String user = fixtures.seller(); // a throwaway user: a failure locks it for a few seconds
        ConsoleClient.Page refused = browser.tryToSignIn(user, "wrong").expect(302);
        assertThat(refused.location()).endsWith("/login?error");
        assertThat(browser.get("/login?error").testId("login-error").text()).isNotBlank();
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() {
        browser.signIn("demo", "demo");
        browser.get("/").expect(200);
        assertThat(browser.post("/logout", Map.of(), false).status()).isEqualTo(403);
        assertThat(browser.post("/recall-actions/1/done", Map.of(), false, "HX-Request", "true").status())
                .isEqualTo(403);
        assertThat(browser.post("/kpis/CONTRACTS_EXPIRING", Map.of("yellowThreshold", "1"), false).status())
                .isEqualTo(403);
        // still signed in: the refused sign-out did nothing
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void anHtmxRequestWithoutASessionIsToldToGoToTheSignInPage() {
        ConsoleClient.Page answer = browser.htmxGet("/dashboard/kpis");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("HX-Redirect")).contains("/login");
    }

    @Test
    void staticAssetsAndHtmxAreServedByTheAppWithoutSignIn() {
        for (String asset : List.of("/css/console.css", "/js/console.js", "/favicon.svg",
                "/webjars/htmx.org/dist/htmx.min.js")) {
            assertThat(browser.get(asset).status()).as(asset).isEqualTo(200);
        }
        assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").body()).contains("htmx");
        assertThat(browser.get("/js/console.js").body()).contains("htmx:configRequest").contains("_csrf_header");
    }

    @Test
    void theApiKeepsItsOwnHttpBasicChain() {
        assertThat(browser.get("/api/customers").status()).isEqualTo(401);
        browser.signIn("demo", "demo");
        // a console session does not open the API: it stays stateless HTTP Basic
        assertThat(browser.get("/api/customers").status()).isEqualTo(401);
    }
}
