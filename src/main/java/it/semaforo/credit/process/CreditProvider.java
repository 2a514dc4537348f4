package it.semaforo.credit.process;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.credit.CreditChecks;
import it.semaforo.credit.CreditMonitoring;
import it.semaforo.credit.CreditProperties;
import it.semaforo.credit.MassChecks;

/**
 * The request side of the provider calls made by the {@code http-connector} in the models, e.g.
 * {@code ${creditProvider.reportUrl(checkId)}}: URLs, the API key header, timeouts and the retry intervals, all from
 * {@code semaforo.credit.provider}. Timeouts go with each request ({@code request-config}): the connector builds a
 * fresh request configuration per call, which would otherwise leave them unbounded.
 */
// public: the engine's expression language only calls methods of public classes
@Component("creditProvider")
public class CreditProvider {

    static final String BASE_URL_PROPERTY = "semaforo.credit.provider.base-url";

    private final Environment environment;
    private final CreditProperties properties;
    private final CreditChecks checks;
    private final CreditMonitoring monitoring;
    private final MassChecks massChecks;
    private final ObjectMapper json;

    /** Set by tests that stand in for the provider (a WireMock server); null uses the configuration. */
    private volatile String baseUrlOverride;

    CreditProvider(Environment environment, CreditProperties properties, CreditChecks checks,
                   CreditMonitoring monitoring, MassChecks massChecks, ObjectMapper json) {
        this.environment = environment;
        this.properties = properties;
        this.checks = checks;
        this.monitoring = monitoring;
        this.massChecks = massChecks;
        this.json = json;
    }

    /** {@code GET {base}/companies/{vatNumber}} for the partita IVA of the check. */
    public String reportUrl(long checkId) {
        return baseUrl() + "/companies/" + checks.get(checkId).getVatNumber();
    }

    /** {@code GET {base}/changes?since=} from where the last monitoring poll stopped. */
    public String changesUrl() {
        return baseUrl() + "/changes?since=" + monitoring.since();
    }

    /** {@code POST {base}/companies/bulk}: at most 100 partite IVA per call. */
    public String bulkUrl() {
        return baseUrl() + "/companies/bulk";
    }

    /** The bulk lookup's body: the chunk's partite IVA still unanswered. */
    public String bulkPayload(long massCheckId, int chunk) {
        try {
            return json.writeValueAsString(Map.of("vatNumbers", massChecks.pendingVatNumbers(massCheckId, chunk)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The headers of a call with a JSON body (the bulk lookup). */
    public Map<String, String> jsonHeaders() {
        Map<String, String> headers = new HashMap<>(headers());
        headers.put("Content-Type", "application/json");
        return headers;
    }

    public Map<String, String> headers() {
        return Map.of("X-Api-Key", properties.provider().apiKey(), "Accept", "application/json");
    }

    /** Connect, read (socket) and pool-wait timeouts in milliseconds, as the http-connector's request-config. */
    public Map<String, Object> requestConfig() {
        return Map.of("connection-timeout", millis(properties.provider().connectTimeout()),
                "socket-timeout", millis(properties.provider().readTimeout()),
                "connection-request-timeout", millis(properties.provider().connectTimeout()));
    }

    /** Camunda failedJobRetryTimeCycle of the provider calls, e.g. {@code PT10S,PT1M,PT5M}. */
    public String getRetryIntervals() {
        return properties.provider().retryIntervals();
    }

    /** Read at each call: the default (the app's sandbox) names {@code ${local.server.port}}, known once running. */
    String baseUrl() {
        String configured = baseUrlOverride != null ? baseUrlOverride : environment.getProperty(BASE_URL_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(BASE_URL_PROPERTY + " is not set");
        }
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** Tests only: call this base URL instead of the configured one (null: back to the configuration). */
    void overrideBaseUrl(String baseUrl) {
        this.baseUrlOverride = baseUrl;
    }

    private static Integer millis(Duration duration) {
        return Math.toIntExact(duration.toMillis());
    }
}
