package it.semaforo.credit.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * A stand-in credit provider (WireMock on a free port) that the shared context's {@link CreditProvider} calls
 * while a test class runs: {@link #start} points the connector at it, {@link #stop} points it back at the
 * configured base URL, so the context stays the one of the whole suite.
 */
final class CreditProviderStub {

    static final String API_KEY = "sandbox-key";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    void start(CreditProvider provider) {
        server.start();
        provider.overrideBaseUrl(server.baseUrl() + "/credit");
    }

    void stop(CreditProvider provider) {
        provider.overrideBaseUrl(null);
        server.stop();
    }

    WireMockServer server() {
        return server;
    }

    static String path(String vatNumber) {
        return "/credit/companies/" + vatNumber;
    }

    /** The provider answers this for the partita IVA (only with the right API key: anything else is a 401). */
    void answer(String vatNumber, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlEqualTo(path(vatNumber))).atPriority(2)
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"unauthorized\"}")));
        server.stubFor(get(urlEqualTo(path(vatNumber))).atPriority(1)
                .withHeader("X-Api-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo(API_KEY))
                .willReturn(response));
    }

    void report(String vatNumber, String reportJson) {
        answer(vatNumber, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(reportJson));
    }

    int calls(String vatNumber) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo(
                path(vatNumber)))).size();
    }

    /** A contract report with that many protests (1,250.00 each) and the given rating class. */
    static String report(String vatNumber, int protests, String ratingClass, int rating) {
        StringBuilder protestList = new StringBuilder();
        for (int i = 0; i < protests; i++) {
            protestList.append(i == 0 ? "" : ",").append(
                    "{\"date\":\"2025-03-0" + (i + 1) + "\",\"amount\":1250.00,\"description\":\"Cambiale protestata\"}");
        }
        return """
                {"vatNumber":"%s","name":"Rossi Forniture S.r.l.","rating":%d,"ratingClass":"%s",
                 "riskDescription":"Rischio dalla centrale rischi","protests":[%s],"procedures":[],"foreclosures":[],
                 "extraProviderField":"ignored"}
                """.formatted(vatNumber, rating, ratingClass, protestList);
    }
}
