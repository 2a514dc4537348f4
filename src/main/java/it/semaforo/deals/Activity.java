package it.semaforo.deals;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Something done with a customer, on a deal or not: a note, a call, a meeting, an offer, a message. It keeps the
 * cost computed when it was recorded, so a later change of rates does not rewrite past analytics.
 */
@Entity
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long customerId;

    private Long dealId;

    private Long campaignId;

    @Enumerated(EnumType.STRING)
    private ActivityType type;

    /** The group of whoever did it (sales, callcenter, administration): rates are per role. */
    private String role;

    private String userId;

    private Instant occurredAt;

    private int durationMinutes;

    private BigDecimal cost;

    private String description;

    /** Id of the event in the system that reported it (a phone call id), so it is recorded once. */
    private String externalId;

    private Instant createdAt;

    protected Activity() {
    }

    Activity(long customerId, Long dealId, Long campaignId, ActivityType type, String role, String userId,
             Instant occurredAt, int durationMinutes, BigDecimal cost, String description, String externalId,
             Instant createdAt) {
        this.customerId = customerId;
        this.dealId = dealId;
        this.campaignId = campaignId;
        this.type = type;
        this.role = role;
        this.userId = userId;
        this.occurredAt = occurredAt;
        this.durationMinutes = durationMinutes;
        this.cost = cost;
        this.description = description;
        this.externalId = externalId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getDealId() {
        return dealId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public ActivityType getType() {
        return type;
    }

    public String getRole() {
        return role;
    }

    public String getUserId() {
        return userId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getDescription() {
        return description;
    }

    public String getExternalId() {
        return externalId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
