package it.semaforo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A customer's browser for portal tests over real HTTP: keeps the cookies it is given (including Secure ones, as
 * browsers do on localhost, which {@code java.net.CookieManager} would not send over http), does not follow
 * redirects, and posts forms with the CSRF token of the last page.
 */
final class PortalClient {

    record Page(int status, HttpHeaders headers, String body) {

        Document html() {
            return Jsoup.parse(body);
        }

        Element testId(String testId) {
            Element found = html().selectFirst("[data-testid=" + testId + "]");
            assertThat(found).as("element with data-testid=%s in %s", testId, body).isNotNull();
            return found;
        }

        boolean has(String testId) {
            return html().selectFirst("[data-testid=" + testId + "]") != null;
        }

        String location() {
            return headers.firstValue("Location")
                    .orElseThrow(() -> new AssertionError("no Location header, status " + status));
        }

        /** The Set-Cookie header of that cookie, as sent. */
        String setCookie(String name) {
            return headers.allValues("Set-Cookie").stream().filter(header -> header.startsWith(name + "="))
                    .findFirst().orElseThrow(() -> new AssertionError("no Set-Cookie for " + name));
        }

        Page expect(int expected) {
            assertThat(status).as("status of %s", body.length() > 2000 ? body.substring(0, 2000) : body)
                    .isEqualTo(expected);
            return this;
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    PortalClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A GET, with extra headers as name/value pairs. */
    Page get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A form post with the CSRF token of the last page that had one. */
    Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.put("_csrf", csrfToken);
        }
        return postWithoutToken(path, fields);
    }

    Page postWithoutToken(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Page send(HttpRequest.Builder request) {
        request.header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Page page = new Page(response.statusCode(), response.headers(), response.body());
            remember(page);
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(Page page) {
        for (String header : page.headers().allValues("Set-Cookie")) {
            List<HttpCookie> parsed = HttpCookie.parse(header);
            for (HttpCookie cookie : parsed) {
                if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        if (page.body() != null && page.body().contains("name=\"_csrf\"")) {
            Element token = page.html().selectFirst("input[name=_csrf]");
            if (token != null) {
                csrfToken = token.attr("value");
            }
        }
    }
}
