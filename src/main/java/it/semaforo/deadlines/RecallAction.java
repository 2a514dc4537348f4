package it.semaforo.deadlines;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A recall action (azione di richiamo): contact a customer by a due date, then mark it done. */
@Entity
public class RecallAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long customerId;

    private Long deadlineId;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private RecallType type;

    private String note;

    private boolean done;

    private Instant doneAt;

    private String createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected RecallAction() {
    }

    RecallAction(long customerId, Long deadlineId, LocalDate dueDate, RecallType type, String note, String createdBy,
                 Instant now) {
        this.customerId = customerId;
        this.deadlineId = deadlineId;
        this.dueDate = dueDate;
        this.type = type;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void complete(Instant now) {
        if (!done) {
            done = true;
            doneAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getDeadlineId() {
        return deadlineId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public RecallType getType() {
        return type;
    }

    public String getNote() {
        return note;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
