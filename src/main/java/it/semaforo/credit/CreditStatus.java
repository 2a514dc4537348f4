package it.semaforo.credit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The latest known credit standing of a customer, supplier or prospect (table credit_status, V10), updated by
 * every completed check, and administration's decision on a red light.
 */
@Entity
public class CreditStatus {

    @Id
    private Long customerId;

    private String vatNumber;

    @Enumerated(EnumType.STRING)
    private CreditLight light;

    private Integer rating;

    private String ratingClass;

    private String riskDescription;

    private int protests;

    private int procedures;

    private int foreclosures;

    private boolean notFound;

    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    private CreditDecision decision;

    private String decidedBy;

    private Instant decidedAt;

    @Version
    private long version;

    protected CreditStatus() {
    }

    CreditStatus(long customerId) {
        this.customerId = customerId;
    }

    /** The result of a check; a light that changes asks for a new decision, so the old one is cleared. */
    void update(String vatNumber, CreditLight light, CreditReport report, Instant at) {
        if (this.light != light) {
            this.decision = null;
            this.decidedBy = null;
            this.decidedAt = null;
        }
        CreditFigures figures = report == null ? CreditFigures.unknown() : report.figures();
        this.vatNumber = vatNumber;
        this.light = light;
        this.rating = report == null ? null : report.rating();
        this.ratingClass = report == null ? null : report.ratingClass();
        this.riskDescription = report == null ? null : abbreviate(report.riskDescription());
        this.protests = figures.protests();
        this.procedures = figures.procedures();
        this.foreclosures = figures.foreclosures();
        this.notFound = report == null;
        this.checkedAt = at;
    }

    void decide(CreditDecision decision, String userId, Instant at) {
        this.decision = decision;
        this.decidedBy = userId;
        this.decidedAt = at;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "\u2026";
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public CreditLight getLight() {
        return light;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingClass() {
        return ratingClass;
    }

    public String getRiskDescription() {
        return riskDescription;
    }

    public int getProtests() {
        return protests;
    }

    public int getProcedures() {
        return procedures;
    }

    public int getForeclosures() {
        return foreclosures;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public CreditDecision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
