package it.semaforo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * HTTP helper for API tests: JSON in and out as text (so that malformed bodies can be sent and decimal scales
 * checked), basic auth as the sales operator sara, and factories for fresh test data. The database is shared by
 * the whole suite, so every factory creates new, unique records.
 */
public final class Api {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // keep 360.00 as 360.00 (the default node factory strips trailing zeros), so scales can be checked
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final TestRestTemplate anonymous;
    private final TestRestTemplate http;

    public Api(TestRestTemplate rest) {
        this(rest, "sara");
    }

    /** As a user whose password is their id (the demo users, users made by {@link TestData#user}). */
    public Api(TestRestTemplate rest, String user) {
        this.anonymous = rest;
        this.http = rest.withBasicAuth(user, user);
    }

    /** One answer: status, headers and the body as text (JSON parsed on demand). */
    public record Response(HttpStatusCode status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        public long id() {
            return json().get("id").asLong();
        }

        public int code() {
            return status.value();
        }

        public MediaType contentType() {
            return headers.getContentType();
        }

        /** Asserts a 2xx-or-given status and answers this, for chaining. */
        public Response expect(int expected) {
            assertThat(code()).as("status of answer %s", body).isEqualTo(expected);
            return this;
        }
    }

    // --- raw HTTP -------------------------------------------------------------------------------------------

    public Response get(String path, String... headers) {
        return exchange(http, HttpMethod.GET, path, null, headers);
    }

    public Response post(String path, Object body, String... headers) {
        return exchange(http, HttpMethod.POST, path, body, headers);
    }

    public Response put(String path, Object body, String... headers) {
        return exchange(http, HttpMethod.PUT, path, body, headers);
    }

    public Response delete(String path) {
        return exchange(http, HttpMethod.DELETE, path, null);
    }

    /** A POST without HTTP Basic: the caller authenticates with its own headers (or not at all). */
    public Response anonymousPost(String path, Object body, String... headers) {
        return exchange(anonymous, HttpMethod.POST, path, body, headers);
    }

    /** Any method as this user; a {@link MultiValueMap} body goes as multipart, anything else as JSON. */
    public Response call(HttpMethod method, String path, Object body, String... headers) {
        return exchange(http, method, path, body, headers);
    }

    /** Any method without HTTP Basic (public URLs, or a caller with its own credentials in the headers). */
    public Response anonymousCall(HttpMethod method, String path, Object body, String... headers) {
        return exchange(anonymous, method, path, body, headers);
    }

    public Response patch(String path, Object body, String... headers) {
        return exchange(http, HttpMethod.PATCH, path, body, headers);
    }

    public Response anonymousGet(String path) {
        return exchange(anonymous, HttpMethod.GET, path, null);
    }

    public ResponseEntity<byte[]> getBytes(String path, String... headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(headers)), byte[].class);
    }

    /** Body: a String is sent verbatim as JSON (even if malformed), anything else is serialised. */
    private static Response exchange(TestRestTemplate template, HttpMethod method, String path, Object body,
                                     String... headers) {
        HttpHeaders httpHeaders = headers(headers);
        Object entity = body;
        if (body != null && !(body instanceof MultiValueMap<?, ?>)) {
            httpHeaders.setContentType(MediaType.APPLICATION_JSON);
            entity = body instanceof String s ? s : write(body);
        }
        ResponseEntity<String> answer = template.exchange(path, method, new HttpEntity<>(entity, httpHeaders),
                String.class);
        return new Response(answer.getStatusCode(), answer.getHeaders(), answer.getBody());
    }

    private static HttpHeaders headers(String... nameValues) {
        HttpHeaders headers = new HttpHeaders();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.add(nameValues[i], nameValues[i + 1]);
        }
        return headers;
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A mutable JSON object built from name/value pairs; null values are kept out. */
    public static Map<String, Object> body(Object... nameValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                map.put((String) nameValues[i], nameValues[i + 1]);
            }
        }
        return map;
    }

    // --- problem+json ---------------------------------------------------------------------------------------

    /** A 400 problem+json whose errors name the field; answers that field's message. */
    public static String assertBadRequest(Response response, String field) {
        return assertProblem(response, 400, field);
    }

    public static String assertProblem(Response response, int status, String field) {
        assertThat(response.code()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).as("content type").isNotNull();
        assertThat(response.contentType().isCompatibleWith(PROBLEM_JSON)).as("problem+json, was %s",
                response.contentType()).isTrue();
        JsonNode json = response.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        if (field == null) {
            return json.path("detail").asText();
        }
        List<String> fields = new ArrayList<>();
        json.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as("fields named in %s", response.body()).contains(field);
        for (JsonNode error : json.get("errors")) {
            if (field.equals(error.path("field").asText())) {
                assertThat(error.path("message").asText()).isNotBlank();
                return error.path("message").asText();
            }
        }
        throw new AssertionError("unreachable");
    }

    // --- test data ------------------------------------------------------------------------------------------

    /** A random partita IVA with a correct check digit, never one of a company number of zeros. */
    public static String randomPartitaIva() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder digits = new StringBuilder();
        digits.append(1 + random.nextInt(9));
        for (int i = 1; i < 10; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString() + partitaIvaCheckDigit(digits.toString());
    }

    /** The Luhn-style check digit of the first 10 digits of a partita IVA. */
    public static int partitaIvaCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public long createCustomer(String name) {
        return post("/api/customers", body("kind", "CUSTOMER", "name", name, "vatNumber", randomPartitaIva(),
                "email", "cliente@example.it")).expect(201).id();
    }

    public long createCustomer() {
        return createCustomer(unique("Cliente"));
    }

    /** A product with a unique code. */
    public long createProduct(int durationAmount, String durationUnit, String listPrice) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        return post("/api/catalog/products", body("code", code, "name", unique("Prodotto"), "kind", "SERVICE",
                "durationAmount", durationAmount, "durationUnit", durationUnit, "listPrice", new BigDecimal(listPrice)))
                .expect(201).id();
    }

    public Response createDeadline(Map<String, Object> request) {
        return post("/api/deadlines", request);
    }

    /** A deadline with explicit dates and amount; answers its JSON. */
    public JsonNode createDeadline(long customerId, long productId, LocalDate start, LocalDate expiry,
                                   String amount) {
        return createDeadline(body("customerId", customerId, "productId", productId, "startDate", start,
                "expiryDate", expiry, "amount", amount == null ? null : new BigDecimal(amount))).expect(201).json();
    }

    public JsonNode deadline(long id) {
        return get("/api/deadlines/" + id).expect(200).json();
    }

    public Response renew(long id, Object renewal) {
        return post("/api/deadlines/" + id + "/renewal", renewal);
    }

    public Response cancel(long id) {
        return post("/api/deadlines/" + id + "/cancellation", null);
    }
}
