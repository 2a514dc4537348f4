package it.semaforo.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code semaforo.portal.*}: the customer portal.
 *
 * @param linkValidity       how long a sign-in link may be used (once)
 * @param sessionDuration    how long a portal session lasts after sign-in
 * @param renewalWindowDays  quick renewal is offered while 0 &lt; days remaining &le; this
 * @param urgentDays         a service this close to expiry is shown in red (within the window: yellow)
 * @param secureCookie       the session cookie is sent over HTTPS only (browsers also keep it on http://localhost)
 * @param rateLimit          how many sign-in links may be asked for
 * @param bankTransfer       the bank details shown to customers who pay a renewal by bank transfer
 */
@ConfigurationProperties("semaforo.portal")
public record PortalProperties(
        @DefaultValue("PT15M") Duration linkValidity,
        @DefaultValue("PT8H") Duration sessionDuration,
        @DefaultValue("30") int renewalWindowDays,
        @DefaultValue("7") int urgentDays,
        @DefaultValue("true") boolean secureCookie,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue BankTransfer bankTransfer) {

    /**
     * @param perAddress links one e-mail address may ask for within the window
     * @param perClient  links one client (IP address) may ask for within the window, whatever the addresses
     * @param window     the sliding window both limits count in
     */
    public record RateLimit(@DefaultValue("5") int perAddress, @DefaultValue("20") int perClient,
                            @DefaultValue("PT15M") Duration window) {
    }

    /**
     * @param beneficiary who the transfer is made out to
     * @param iban        where it goes; empty: the customer is told administration will send the bank details
     * @param dueDays     days the customer has to pay
     */
    public record BankTransfer(@DefaultValue("") String beneficiary, @DefaultValue("") String iban,
                               @DefaultValue("10") int dueDays) {
    }
}
