package it.semaforo.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A change reported by the provider's feed, stored once per provider change id (credit-monitoring). */
@Entity
public class RiskEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String providerChangeId;

    private String vatNumber;

    private Long customerId;

    @Column(name = "event_type")
    @Enumerated(EnumType.STRING)
    private RiskEventType type;

    @Column(name = "event_date")
    private LocalDate date;

    private BigDecimal amount;

    private String description;

    private Integer rating;

    private Instant receivedAt;

    protected RiskEvent() {
    }

    public RiskEvent(String providerChangeId, String vatNumber, Long customerId, RiskEventType type, LocalDate date,
                     BigDecimal amount, String description, Integer rating, Instant receivedAt) {
        this.providerChangeId = providerChangeId;
        this.vatNumber = vatNumber;
        this.customerId = customerId;
        this.type = type;
        this.date = date;
        this.amount = amount;
        this.description = description;
        this.rating = rating;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getProviderChangeId() {
        return providerChangeId;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public RiskEventType getType() {
        return type;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDescription() {
        return description;
    }

    public Integer getRating() {
        return rating;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
