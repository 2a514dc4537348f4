package it.semaforo.credit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One subject of a Go Check run (table mass_check_item, V12): PENDING until its chunk answers it. */
@Entity
public class MassCheckItem {

    public enum Status { PENDING, DONE, NOT_FOUND }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long massCheckId;
    private Long customerId;
    private String vatNumber;
    private int chunk;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private CreditLight light;

    private boolean protests;
    private boolean procedures;
    private boolean foreclosures;
    private boolean poorRating;
    private Long checkId;

    protected MassCheckItem() {
    }

    MassCheckItem(long massCheckId, long customerId, String vatNumber, int chunk) {
        this.massCheckId = massCheckId;
        this.customerId = customerId;
        this.vatNumber = vatNumber;
        this.chunk = chunk;
        this.status = Status.PENDING;
    }

    void assignChunk(int chunk) {
        this.chunk = chunk;
    }

    void answered(CreditCheck check, CreditFigures figures) {
        checkId = check.getId();
        light = check.getLight();
        if (figures.notFound()) {
            status = Status.NOT_FOUND;
            return;
        }
        status = Status.DONE;
        protests = figures.protests() > 0;
        procedures = figures.procedures() > 0;
        foreclosures = figures.foreclosures() > 0;
        poorRating = "D".equals(figures.ratingClass()) || "E".equals(figures.ratingClass());
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** Any problem category: the subject is on the list to act on. */
    public boolean isFlagged() {
        return protests || procedures || foreclosures || poorRating;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public int getChunk() {
        return chunk;
    }

    public Status getStatus() {
        return status;
    }

    public CreditLight getLight() {
        return light;
    }

    public boolean isProtests() {
        return protests;
    }

    public boolean isProcedures() {
        return procedures;
    }

    public boolean isForeclosures() {
        return foreclosures;
    }

    public boolean isPoorRating() {
        return poorRating;
    }
}
