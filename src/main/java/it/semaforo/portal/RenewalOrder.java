package it.semaforo.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A renewal a customer confirmed on the portal. One per renewed period (unique {@code deadlineId}): a double click
 * or a replayed form finds this order instead of renewing again.
 */
@Entity
public class RenewalOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long deadlineId;

    private long customerId;

    private long renewedDeadlineId;

    private LocalDate periodStart;

    private LocalDate periodEnd;

    private BigDecimal amount;

    private String paymentMethod;

    @Enumerated(EnumType.STRING)
    private PaymentStatus paymentStatus;

    private String paymentReference;

    private String orderedBy;

    private Instant createdAt;

    private Instant paidAt;

    private String paymentNote;

    @Version
    private long version;

    protected RenewalOrder() {
    }

    RenewalOrder(long deadlineId, long customerId, long renewedDeadlineId, LocalDate periodStart, LocalDate periodEnd,
                 BigDecimal amount, String paymentMethod, PaymentStatus paymentStatus, String paymentReference,
                 String orderedBy, Instant createdAt) {
        this.deadlineId = deadlineId;
        this.customerId = customerId;
        this.renewedDeadlineId = renewedDeadlineId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.amount = amount;
        this.paymentMethod = paymentMethod;
        this.paymentStatus = paymentStatus;
        this.paymentReference = paymentReference;
        this.orderedBy = orderedBy;
        this.createdAt = createdAt;
        this.paidAt = paymentStatus == PaymentStatus.PAID ? createdAt : null;
    }

    void paymentChecked(boolean received, String note, Instant now) {
        paymentStatus = received ? PaymentStatus.PAID : PaymentStatus.NOT_RECEIVED;
        paidAt = received ? now : null;
        paymentNote = note;
    }

    public Long getId() {
        return id;
    }

    public long getDeadlineId() {
        return deadlineId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getRenewedDeadlineId() {
        return renewedDeadlineId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getOrderedBy() {
        return orderedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getPaymentNote() {
        return paymentNote;
    }
}
