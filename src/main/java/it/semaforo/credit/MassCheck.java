package it.semaforo.credit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A Go Check run (table mass_check, V12): its scope, and the summary written when the last chunk is answered. */
@Entity
public class MassCheck {

    public enum State { RUNNING, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String scopeJson;

    @Enumerated(EnumType.STRING)
    private State state;

    private int total;
    private int done;
    private int found;
    private int notFound;
    private int protests;
    private int procedures;
    private int foreclosures;
    private int poorRating;
    private int flagged;

    private String createdBy;
    private Instant createdAt;
    private Instant finishedAt;

    protected MassCheck() {
    }

    MassCheck(String scopeJson, int total, String createdBy, Instant createdAt) {
        this.scopeJson = scopeJson;
        this.total = total;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.state = State.RUNNING;
    }

    void finish(MassCheckSummary summary, Instant at) {
        done = summary.done();
        found = summary.found();
        notFound = summary.notFound();
        protests = summary.protests();
        procedures = summary.procedures();
        foreclosures = summary.foreclosures();
        poorRating = summary.poorRating();
        flagged = summary.flagged();
        state = State.DONE;
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getScopeJson() {
        return scopeJson;
    }

    public State getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
