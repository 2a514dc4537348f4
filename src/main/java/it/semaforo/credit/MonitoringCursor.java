package it.semaforo.credit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row telling the credit-monitoring process where the provider's change feed resumes. */
@Entity
@Table(name = "credit_monitoring_cursor")
class MonitoringCursor {

    static final int ID = 1;

    @Id
    private Integer id;

    private Instant polledUntil;

    private Instant polledAt;

    protected MonitoringCursor() {
    }

    MonitoringCursor(Instant polledUntil, Instant polledAt) {
        this.id = ID;
        this.polledUntil = polledUntil;
        this.polledAt = polledAt;
    }

    Instant getPolledUntil() {
        return polledUntil;
    }

    void advance(Instant until, Instant now) {
        this.polledUntil = until;
        this.polledAt = now;
    }
}
