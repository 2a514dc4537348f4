package it.semaforo.credit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One lookup of a subject: who asked, when and why, and what came back (the mapped report as JSON, the light).
 * Every check is recorded, also those answered from the cache, so the lookup log says who paid for what.
 */
@Entity
public class CreditCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String vatNumber;

    private Long customerId;

    private String reason;

    private String requestedBy;

    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private CreditCheckStatus status;

    private boolean fromCache;

    private String resultJson;

    @Enumerated(EnumType.STRING)
    private CreditLight light;

    private Instant completedAt;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private CreditDecision decision;

    private String decisionNote;

    private String decidedBy;

    private Instant decidedAt;

    protected CreditCheck() {
    }

    CreditCheck(String vatNumber, Long customerId, String reason, String requestedBy, Instant requestedAt) {
        this.vatNumber = vatNumber;
        this.customerId = customerId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = CreditCheckStatus.PENDING;
    }

    void answered(String reportJson, boolean cached) {
        this.resultJson = reportJson;
        this.fromCache = cached;
        this.status = CreditCheckStatus.DONE;
    }

    void notFound() {
        this.resultJson = null;
        this.status = CreditCheckStatus.NOT_FOUND;
    }

    void complete(CreditLight light, Instant at) {
        this.light = light;
        this.completedAt = at;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(CreditDecision decision, String note, String userId, Instant at) {
        this.decision = decision;
        this.decisionNote = note;
        this.decidedBy = userId;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public CreditCheckStatus getStatus() {
        return status;
    }

    public boolean isFromCache() {
        return fromCache;
    }

    String getResultJson() {
        return resultJson;
    }

    public CreditLight getLight() {
        return light;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public CreditDecision getDecision() {
        return decision;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
