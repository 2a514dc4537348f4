package it.semaforo.customers.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.body;
import static it.semaforo.Api.randomPartitaIva;
import static it.semaforo.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.Api.Response;
import it.semaforo.IntegrationTest;

@IntegrationTest
class CustomerApiTest {

    @Autowired
    TestRestTemplate rest;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private static Map<String, Object> validCustomer() {
        return body("kind", "CUSTOMER", "name", unique("Rossi Srl"), "vatNumber", randomPartitaIva());
    }

    private Response create(Map<String, Object> request) {
        return api.post("/api/customers", request);
    }

    @Test
    void createsAndReadsACustomer() {
        String vat = randomPartitaIva();
        Response created = create(body("kind", "PROSPECT", "name", "  Bianchi Spa  ", "vatNumber",
                "IT " + vat.substring(0, 5) + " " + vat.substring(5), "taxCode", " rssmra85t10a562s ",
                "email", "Info@Bianchi.IT", "language", "en", "ownerUserId", "sara"));

        created.expect(201);
        long id = created.id();
        assertThat(created.headers().getLocation()).isNotNull();
        assertThat(created.headers().getLocation().getPath()).isEqualTo("/api/customers/" + id);
        JsonNode customer = api.get("/api/customers/" + id).expect(200).json();
        assertThat(customer.get("kind").asText()).isEqualTo("PROSPECT");
        assertThat(customer.get("name").asText()).isEqualTo("Bianchi Spa");
        assertThat(customer.get("vatNumber").asText()).isEqualTo(vat);
        assertThat(customer.get("taxCode").asText()).isEqualTo("RSSMRA85T10A562S");
        assertThat(customer.get("email").asText()).isEqualTo("info@bianchi.it");
        assertThat(customer.get("language").asText()).isEqualTo("en");
        assertThat(customer.get("ownerUserId").asText()).isEqualTo("sara");
        assertThat(customer.has("lastRecallDate")).isFalse();
        assertThat(customer.get("createdAt").asText()).isNotBlank();
    }

    @Test
    void languageDefaultsToItalianAndACodiceFiscaleAloneIsEnough() {
        JsonNode customer = create(body("kind", "CUSTOMER", "name", unique("Mario Rossi"),
                "taxCode", "RSSMRA85T10A56NH")).expect(201).json();

        assertThat(customer.get("language").asText()).isEqualTo("it");
        assertThat(customer.get("taxCode").asText()).isEqualTo("RSSMRA85T10A56NH");
        assertThat(customer.has("vatNumber")).isFalse();
    }

    @Test
    void searchFindsTheCustomerByPartitaIva() {
        String vat = randomPartitaIva();
        String name = unique("Verdi Snc");
        create(body("kind", "SUPPLIER", "name", name, "vatNumber", vat)).expect(201);

        JsonNode page = api.get("/api/customers?q=" + vat).expect(200).json();

        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo(name);
        assertThat(api.get("/api/customers?q=" + vat + "&kind=CUSTOMER").expect(200).json().get("totalItems")
                .asLong()).isZero();
    }

    @Test
    void requiredFieldsAreNamed() {
        Map<String, Object> noKind = validCustomer();
        noKind.remove("kind");
        assertBadRequest(create(noKind), "kind");

        Map<String, Object> noName = validCustomer();
        noName.remove("name");
        assertBadRequest(create(noName), "name");

        Map<String, Object> blankName = validCustomer();
        blankName.put("name", "   ");
        assertBadRequest(create(blankName), "name");
    }

    @Test
    void unknownEnumValueIsA400OnThatField() {
        Map<String, Object> request = validCustomer();
        request.put("kind", "FRIEND");
        assertBadRequest(create(request), "kind");
    }

    @Test
    void malformedJsonIsA400OnTheBody() {
        assertBadRequest(api.post("/api/customers", "{\"kind\": \"CUSTOMER\", \"name\": "), "body");
    }

    @Test
    void invalidPartitaIvaIsRejected() {
        Map<String, Object> request = validCustomer();
        String vat = (String) request.get("vatNumber");
        request.put("vatNumber", vat.substring(0, 10) + ((vat.charAt(10) - '0' + 1) % 10));
        assertBadRequest(create(request), "vatNumber");

        request.put("vatNumber", "1234567890");
        assertBadRequest(create(request), "vatNumber");

        request.put("vatNumber", "00000000000");
        assertBadRequest(create(request), "vatNumber");
    }

    @Test
    void invalidCodiceFiscaleIsRejected() {
        Map<String, Object> request = body("kind", "CUSTOMER", "name", unique("Rossi"), "taxCode",
                "RSSMRA85T10A562A");
        assertBadRequest(create(request), "taxCode");

        request.put("taxCode", "RSSMRA85Z10A562S");
        assertBadRequest(create(request), "taxCode");
    }

    @Test
    void neitherPartitaIvaNorCodiceFiscaleIsRejected() {
        String message = assertBadRequest(create(body("kind", "CUSTOMER", "name", unique("Anonimo"),
                "vatNumber", "  ", "taxCode", "")), "vatNumber");
        assertThat(message).contains("codice fiscale");
    }

    @Test
    void invalidEmailAndLanguageAreRejected() {
        Map<String, Object> badEmail = validCustomer();
        badEmail.put("email", "not-an-email");
        assertBadRequest(create(badEmail), "email");

        Map<String, Object> french = validCustomer();
        french.put("language", "fr");
        assertThat(assertBadRequest(create(french), "language")).contains("\"it\"", "\"en\"");
    }

    @Test
    void messagesAreItalianByDefaultAndEnglishOnRequest() {
        Map<String, Object> request = validCustomer();
        request.put("vatNumber", "12345678901");

        Response italian = create(request);
        assertThat(assertBadRequest(italian, "vatNumber")).startsWith("Partita IVA non valida");
        assertThat(italian.json().get("title").asText()).isEqualTo("Dati non validi");

        Response english = api.post("/api/customers", request, HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(assertBadRequest(english, "vatNumber")).startsWith("Invalid partita IVA");
        assertThat(english.json().get("title").asText()).isEqualTo("Invalid data");
    }

    @Test
    void duplicatePartitaIvaIsAConflictWhateverItsSpelling() {
        String vat = randomPartitaIva();
        create(body("kind", "CUSTOMER", "name", unique("Primo"), "vatNumber", vat)).expect(201);

        assertProblem(create(body("kind", "CUSTOMER", "name", unique("Secondo"), "vatNumber", vat)), 409,
                "vatNumber");
        assertProblem(create(body("kind", "CUSTOMER", "name", unique("Terzo"), "vatNumber", "IT" + vat)), 409,
                "vatNumber");
        String spaced = "it " + vat.substring(0, 3) + " " + vat.substring(3, 7) + " " + vat.substring(7);
        String detail = assertProblem(create(body("kind", "CUSTOMER", "name", unique("Quarto"), "vatNumber",
                spaced)), 409, "vatNumber");
        assertThat(api.get("/api/customers?q=" + vat).json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(detail).contains(vat);
    }

    @Test
    void unknownCustomerIsA404Problem() {
        assertProblem(api.get("/api/customers/987654321"), 404, null);
        assertProblem(api.get("/api/customers/987654321/summary"), 404, null);
    }

    @Test
    void nonNumericIdIsA400() {
        assertBadRequest(api.get("/api/customers/abc"), "id");
    }

    @Test
    void pageSizeIsLimited() {
        assertBadRequest(api.get("/api/customers?size=10000"), "size");
        assertBadRequest(api.get("/api/customers?page=-1"), "page");
    }

    @Test
    void credentialsAreRequired() {
        Response anonymous = api.anonymousGet("/api/customers");
        assertThat(anonymous.code()).isEqualTo(401);
        assertThat(anonymous.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("Basic");
        // an unknown user: a wrong password of a real one would lock that user for a few seconds
        assertThat(rest.withBasicAuth("nobody", "nobody").getForEntity("/api/customers", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }
}
