package it.semaforo.credit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code semaforo.credit.*}: the credit-information provider and the report cache. The provider's base URL
 * ({@code semaforo.credit.provider.base-url}) is read from the environment at each call instead, so that its default,
 * the app's own sandbox at {@code ${local.server.port}}, resolves once the server runs.
 *
 * @param cacheTtl how long a provider report is reused instead of paying for a new lookup
 * @param provider how the provider is called
 */
@ConfigurationProperties("semaforo.credit")
public record CreditProperties(@DefaultValue("P7D") Duration cacheTtl, @DefaultValue Provider provider) {

    /**
     * @param apiKey         sent as header {@code X-Api-Key}
     * @param connectTimeout longest wait to open a connection
     * @param readTimeout    longest wait for data: a provider that hangs fails after it
     * @param poolSize       connections kept open to the provider (also the most calls at once)
     * @param mapping        the name of the {@link ProviderMapping} bean that reads the provider's reports
     * @param retryIntervals waits between the attempts of a failed call (Camunda's failedJobRetryTimeCycle: a list
     *                       of ISO 8601 durations, one retry each), after which the call is an incident in Cockpit
     */
    public record Provider(
            @DefaultValue("") String apiKey,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("20") int poolSize,
            @DefaultValue("contract") String mapping,
            @DefaultValue("PT10S,PT1M,PT5M") String retryIntervals) {
    }
}
