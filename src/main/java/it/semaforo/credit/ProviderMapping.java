package it.semaforo.credit;

/**
 * Turns one provider's report JSON into a {@link CreditReport}. The mapping in use is the Spring bean named by
 * {@code semaforo.credit.provider.mapping} ({@code contract}, the shipped sandbox's format, by default): a provider
 * with another format (Cerved, CRIF, Creditsafe style) plugs in with its own bean and that setting.
 */
public interface ProviderMapping {

    /** The report in the provider's answer to a single lookup; throws on a body it cannot read. */
    CreditReport report(String providerJson);
}
