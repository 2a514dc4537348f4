package it.semaforo.deals;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.ProspectState;

/**
 * Who a commercial action targets; every condition given narrows it, an absent or empty one places none. Without a
 * kind it targets customers and prospects. {@code productIds} and the expiry window look at ACTIVE deadlines: a
 * target holds one of those products (any product without the list) expiring in the window (any expiry without it).
 */
public record CampaignFilter(
        CustomerKind kind,
        @Size(max = 110)
        List<@NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "{semaforo.province}") String> provinces,
        @Size(max = 20) List<@NotNull @Size(min = 1, max = 80) String> sectors,
        @Size(max = 50) List<@NotNull Long> productIds,
        LocalDate expiringFrom,
        LocalDate expiringTo,
        ProspectState prospectState) {

    public CampaignFilter {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    boolean looksAtDeadlines() {
        return !productIds.isEmpty() || expiringFrom != null || expiringTo != null;
    }
}
