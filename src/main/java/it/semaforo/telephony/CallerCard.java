package it.semaforo.telephony;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import it.semaforo.customers.CustomerKind;

/**
 * What the operator's phone shows when a customer calls: who it is, who owns them, what they have running, the open
 * deals and the latest activities. Nothing more: the phone system needs a card, not the whole record.
 */
public record CallerCard(long id, String name, CustomerKind kind, String owner, String phone, String city,
                         String province, Deadlines deadlines, List<OpenDeal> openDeals,
                         List<RecentActivity> lastActivities) {

    /** Active deadlines (contracts and services running) and the soonest expiry among them. */
    public record Deadlines(long active, LocalDate nextExpiry) {
    }

    public record OpenDeal(long id, String title, String phase, String seller) {
    }

    public record RecentActivity(Instant occurredAt, String type, String userId, Long dealId) {
    }
}
