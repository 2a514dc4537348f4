package it.semaforo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Malformed and hostile input to every operation of the REST API, read from its own OpenAPI document: wrong types in
 * paths, queries and bodies, malformed and huge bodies, CR/LF in e-mail fields, script tags, spreadsheet formulas,
 * impossible dates and numbers. Every answer must be below 500, and a refused request (4xx) must leave every domain
 * table as it was. Sent as {@code demo} (a manager, who may call almost everything), so validation is reached rather
 * than stopped at the door.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE_TEXT = "<script>alert(1)</script>\r\nBcc: victim@example.it";
    private static final String FORMULA = "=cmd|' /C calc'!A0";
    private static final String HUGE = "x".repeat(3 * 1024 * 1024);
    /** The phone system's demo token, so that its endpoint reaches validation too. */
    private static final String[] HEADERS = {"X-Telephony-Token", "demo-telephony-token"};

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    private Api demo;
    private JsonNode openApi;
    private List<String> domainTables;
    /** How many answers of each status the requests got, so that a run shows validation was reached. */
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    /** One request that went wrong: what was sent and what came back. */
    record Finding(String request, int status, String detail) {
        @Override
        public String toString() {
            return request + " -> " + status + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    @BeforeAll
    void readTheApi() {
        demo = new Api(rest, "demo");
        openApi = demo.get("/api/docs").expect(200).json();
        domainTables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type in ('BASE TABLE', 'TABLE')
                  and lower(table_name) not like 'act\\_%' escape '\\' and lower(table_name) <> 'flyway_schema_history'
                """, String.class);
        assertThat(domainTables).as("domain tables").hasSizeGreaterThan(10);
        assertThat(operations()).as("operations in /api/docs").hasSizeGreaterThan(50);
    }

    @Test
    void wrongTypesInPathsAndQueriesAreClientErrors() {
        List<Finding> findings = new ArrayList<>();
        for (Operation operation : operations()) {
            for (String value : List.of("abc", "-1", "99999999999999999999", "1e3", "%20", "..")) {
                send(operation, operation.path(value, value), null, findings);
            }
            if (!operation.queryParameters().isEmpty()) {
                for (String value : List.of("abc", "-1", "99999999999999999999", "2026-02-30", HOSTILE_TEXT)) {
                    send(operation, operation.path("1", "1") + operation.query(value), null, findings);
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void malformedHugeAndWronglyTypedBodiesAreClientErrors() {
        List<Finding> findings = new ArrayList<>();
        for (Operation operation : operations()) {
            if (!operation.hasJsonBody()) {
                continue;
            }
            String path = operation.path("1", "1");
            send(operation, path, "{\"unterminated\": ", findings);
            send(operation, path, "[1, 2, 3]", findings);
            send(operation, path, "\"just a string\"", findings);
            send(operation, path, "{\"padding\": \"" + HUGE + "\"}", findings);
            send(operation, path, wronglyTyped(operation.bodySchema()), findings);
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void hostileTextNumbersAndDatesNeverBreakTheServer() {
        List<Finding> findings = new ArrayList<>();
        for (Operation operation : operations()) {
            if (!operation.hasJsonBody()) {
                continue;
            }
            for (String text : List.of(HOSTILE_TEXT, FORMULA, "a@b.it\r\nBcc: victim@example.it", HUGE.substring(0, 5000))) {
                send(operation, operation.path("1", "1"), typed(operation.bodySchema(), text), findings);
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void anEMailAddressWithALineBreakIsRefusedByName() {
        Api.Response refused = demo.post("/api/customers", Api.body("kind", "CUSTOMER", "name", "CRLF Srl",
                "vatNumber", Api.randomPartitaIva(), "email", "a@b.it\r\nBcc: victim@example.it", "language", "it"));
        Api.assertBadRequest(refused, "email");
    }

    @org.junit.jupiter.api.AfterAll
    void validationWasReached() {
        System.out.println("HostileInputTest: answers by status " + statuses);
        assertThat(statuses.getOrDefault(400, 0)).as("400s among %s", statuses)
                .isGreaterThan(statuses.getOrDefault(401, 0) + statuses.getOrDefault(403, 0));
    }

    /** Sends one request and records it if it is a 5xx, or a 4xx that changed a domain table. */
    private void send(Operation operation, String path, String body, List<Finding> findings) {
        Map<String, Long> before = rowCounts();
        Api.Response answer;
        try {
            answer = demo.call(operation.method(), path, body, HEADERS);
        } catch (RuntimeException failed) {
            findings.add(new Finding(operation.method() + " " + path, -1, failed.toString()));
            return;
        }
        statuses.merge(answer.code(), 1, Integer::sum);
        String request = operation.method() + " " + path + (body == null ? "" : " " + abbreviate(body));
        if (answer.code() >= 500) {
            findings.add(new Finding(request, answer.code(), abbreviate(answer.body())));
        } else if (answer.code() >= 400) {
            Map<String, Long> after = rowCounts();
            if (!after.equals(before)) {
                findings.add(new Finding(request, answer.code(), "refused, yet rows changed: " + changed(before, after)));
            }
        }
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : domainTables) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder changes = new StringBuilder();
        before.forEach((table, count) -> {
            if (!count.equals(after.get(table))) {
                changes.append(table).append(' ').append(count).append("→").append(after.get(table)).append(' ');
            }
        });
        return changes.toString().strip();
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    // --- the OpenAPI document ------------------------------------------------------------------------------------

    /** An operation of the API: method, path template, its query parameters and its JSON body schema (or null). */
    record Operation(HttpMethod method, String template, List<String> queryParameters, JsonNode bodySchema) {

        boolean hasJsonBody() {
            return bodySchema != null;
        }

        /** The path with every numeric path variable set to {@code number} and every other one to {@code text}. */
        String path(String number, String text) {
            return template.replaceAll("\\{(id|[a-zA-Z]*Id)\\}", number).replaceAll("\\{[^}]+\\}", text);
        }

        String query(String value) {
            StringBuilder query = new StringBuilder("?");
            for (String name : queryParameters) {
                query.append(query.length() > 1 ? "&" : "").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
            return query.toString();
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> entry = methods.next();
                JsonNode operation = entry.getValue();
                List<String> query = new ArrayList<>();
                operation.path("parameters").forEach(parameter -> {
                    if ("query".equals(parameter.path("in").asText())) {
                        query.add(parameter.get("name").asText());
                    }
                });
                JsonNode json = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(HttpMethod.valueOf(entry.getKey().toUpperCase()), path.getKey(), query,
                        json.isMissingNode() ? null : resolve(json)));
            }
        }
        return operations;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(openApi.path("components").path("schemas").path(name));
        }
        return schema;
    }

    /** A body whose every property has a value of the wrong JSON type. */
    private String wronglyTyped(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        schema.path("properties").fields().forEachRemaining(property -> {
            switch (resolve(property.getValue()).path("type").asText()) {
                case "integer", "number" -> body.put(property.getKey(), "not a number");
                case "boolean" -> body.put(property.getKey(), "maybe");
                case "array" -> body.put(property.getKey(), "not a list");
                case "object" -> body.put(property.getKey(), 42);
                default -> body.putObject(property.getKey()).put("nested", true);
            }
        });
        return body.toString();
    }

    /** A body of the right JSON types, every text set to {@code text} and numbers and dates at their extremes. */
    private String typed(JsonNode schema, String text) {
        ObjectNode body = JSON.createObjectNode();
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode type = resolve(property.getValue());
            switch (type.path("type").asText()) {
                case "integer" -> body.put(property.getKey(), Long.MAX_VALUE);
                case "number" -> body.put(property.getKey(), 1e308);
                case "boolean" -> body.put(property.getKey(), true);
                case "array" -> body.putArray(property.getKey()).add(text);
                case "object" -> body.putObject(property.getKey()).put("key", text);
                default -> body.put(property.getKey(), "date".equals(type.path("format").asText()) ? "2026-02-30"
                        : text);
            }
        });
        return body.toString();
    }
}
