package it.semaforo.deals;

import java.util.Arrays;
import java.util.stream.Collectors;

import it.semaforo.platform.errors.InvalidInputException;

/**
 * What profitability is broken down by. Every activity and every won deal falls under exactly one key, so the rows
 * add up to the total:
 * <ul>
 * <li>{@code segment}: the customer's sector;</li>
 * <li>{@code productType}: the deal's product type (an activity without a deal has none);</li>
 * <li>{@code campaign}: the deal's campaign (an activity keeps its deal's campaign);</li>
 * <li>{@code activityType}: an activity's own type; a won deal's value goes to the type of its last activity up to
 * its closing (last touch).</li>
 * </ul>
 * Without a value the key is {@link DealAnalytics#NONE}.
 */
public enum ProfitabilityDimension {
    SEGMENT("segment"), PRODUCT_TYPE("productType"), ACTIVITY_TYPE("activityType"), CAMPAIGN("campaign");

    private final String key;

    ProfitabilityDimension(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** {@code segment}, {@code productType}, {@code activityType} or {@code campaign} (default); else 400. */
    public static ProfitabilityDimension parse(String name) {
        if (name == null || name.isBlank()) {
            return CAMPAIGN;
        }
        return Arrays.stream(values()).filter(d -> d.key.equals(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("by", "semaforo.analytics.by.unknown",
                        Arrays.stream(values()).map(ProfitabilityDimension::key).collect(Collectors.joining(", "))));
    }
}
