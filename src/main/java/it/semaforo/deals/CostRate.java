package it.semaforo.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** What one kind of activity costs when a role does it: an hourly rate times the duration, or a fixed amount. */
@Entity
public class CostRate {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String role;

    @Enumerated(EnumType.STRING)
    private ActivityType activityType;

    private BigDecimal hourlyRate;

    private BigDecimal fixedAmount;

    /** Who last changed the rate, and when (null for a rate as the migration seeded it). */
    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected CostRate() {
    }

    CostRate(String role, ActivityType activityType) {
        this.role = role;
        this.activityType = activityType;
    }

    /** Exactly one of the two is given (checked by the caller and by the table). */
    void price(BigDecimal hourlyRate, BigDecimal fixedAmount) {
        this.hourlyRate = hourlyRate;
        this.fixedAmount = fixedAmount;
    }

    void changedBy(String userId, Instant at) {
        this.updatedBy = userId;
        this.updatedAt = at;
    }

    /** EUR, scale 2, rounded half up. */
    BigDecimal costOf(int durationMinutes) {
        BigDecimal cost = fixedAmount != null ? fixedAmount
                : hourlyRate.multiply(BigDecimal.valueOf(durationMinutes)).divide(MINUTES_PER_HOUR, 2,
                        RoundingMode.HALF_UP);
        return cost.setScale(2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public String getRole() {
        return role;
    }

    public ActivityType getActivityType() {
        return activityType;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public BigDecimal getFixedAmount() {
        return fixedAmount;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
