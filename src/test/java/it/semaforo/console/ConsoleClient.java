package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A browser-like HTTP client for console tests: keeps cookies (session, language), does not follow redirects (so
 * they can be asserted), reads the CSRF token from the last page like the console's script does, and parses pages
 * with jsoup. Real HTTP against the test server, so the whole security chain runs.
 */
final class ConsoleClient {

    /** One answer. */
    record Page(int status, HttpHeaders headers, String body) {

        Document html() {
            // a table row fragment (htmx swaps it into its table) is parsed inside a table, as htmx does
            return body.strip().startsWith("<tr") ? Jsoup.parse("<table><tbody>" + body + "</tbody></table>")
                    : Jsoup.parse(body);
        }

        Elements select(String css) {
            return html().select(css);
        }

        Element selectFirst(String css) {
            Element found = html().selectFirst(css);
            assertThat(found).as("element %s in %s", css, body).isNotNull();
            return found;
        }

        Elements testIds(String testId) {
            return select("[data-testid=" + testId + "]");
        }

        Element testId(String testId) {
            Elements found = testIds(testId);
            assertThat(found).as("element with data-testid=%s in %s", testId, body).isNotEmpty();
            return found.first();
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String location() {
            return header("Location").orElseThrow(() -> new AssertionError("no Location header, status " + status));
        }

        Page expect(int expected) {
            assertThat(status).as("status of %s", body.length() > 2000 ? body.substring(0, 2000) : body)
                    .isEqualTo(expected);
            return this;
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrfHeader = "X-CSRF-TOKEN";
    private String csrfToken;

    ConsoleClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the console's own form; asserts success (redirect to the dashboard). */
    ConsoleClient signIn(String user, String password) {
        Page answer = tryToSignIn(user, password);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).as("after sign-in").endsWith("/").doesNotContain("login");
        return this;
    }

    Page tryToSignIn(String user, String password) {
        get("/login").expect(200);
        return post("/login", Map.of("username", user, "password", password), true);
    }

    Page get(String path, String... headers) {
        Page page = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET(), headers);
        remember(page);
        return page;
    }

    Page htmxGet(String path) {
        return get(path, "HX-Request", "true");
    }

    /** A form post; with {@code csrf} the page's token is sent as the {@code _csrf} field. */
    Page post(String path, Map<String, String> form, boolean csrf, String... headers) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf) {
            fields.put("_csrf", token());
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Page page = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
        remember(page);
        return page;
    }

    /** A multipart form post of one file and some fields, with the page's CSRF token as the {@code _csrf} field. */
    Page multipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----semaforo" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token());
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Page page = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        remember(page);
        return page;
    }

    /** What htmx sends for an hx-post: no form body, the CSRF token in the header named by the page. */
    Page htmxPost(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()),
                "HX-Request", "true", csrfHeader, token());
    }

    byte[] bytes(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as("status of %s", path).isEqualTo(200);
            return answer.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    Page head(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    String token() {
        assertThat(csrfToken).as("a CSRF token from a page seen before").isNotNull();
        return csrfToken;
    }

    private void remember(Page page) {
        if (page.status() != 200 || !page.header("Content-Type").orElse("").startsWith("text/html")) {
            return;
        }
        Document html = page.html();
        Element meta = html.selectFirst("meta[name=_csrf]");
        Element header = html.selectFirst("meta[name=_csrf_header]");
        Element field = html.selectFirst("input[name=_csrf]");
        if (meta != null) {
            csrfToken = meta.attr("content");
        } else if (field != null) {
            csrfToken = field.attr("value");
        }
        if (header != null) {
            csrfHeader = header.attr("content");
        }
    }

    private Page send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(answer.statusCode(), answer.headers(), answer.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
