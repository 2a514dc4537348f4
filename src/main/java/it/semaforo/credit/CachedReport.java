package it.semaforo.credit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The provider's last report on a partita IVA (contract JSON) and when it was paid for. */
@Entity
@Table(name = "credit_report_cache")
class CachedReport {

    @Id
    private String vatNumber;

    private String reportJson;

    private Instant fetchedAt;

    protected CachedReport() {
    }

    CachedReport(String vatNumber, String reportJson, Instant fetchedAt) {
        this.vatNumber = vatNumber;
        this.reportJson = reportJson;
        this.fetchedAt = fetchedAt;
    }

    void refresh(String reportJson, Instant fetchedAt) {
        this.reportJson = reportJson;
        this.fetchedAt = fetchedAt;
    }

    String getReportJson() {
        return reportJson;
    }

    Instant getFetchedAt() {
        return fetchedAt;
    }
}
