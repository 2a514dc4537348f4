package it.semaforo.agenda;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One entry of an operator's agenda: from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
@Entity
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Whose agenda it is in (Camunda user id). */
    private String userId;

    @Enumerated(EnumType.STRING)
    private AppointmentKind kind;

    private String title;

    private Instant startsAt;

    private Instant endsAt;

    private String location;

    private Long customerId;

    private Long dealId;

    private String bookedBy;

    private boolean cancelled;

    private Instant createdAt;

    @Version
    private long version;

    protected Appointment() {
    }

    Appointment(NewAppointment request, String bookedBy, Instant createdAt) {
        this.userId = request.userId();
        this.kind = request.kind() == null ? AppointmentKind.APPOINTMENT : request.kind();
        this.title = request.title().strip();
        this.startsAt = request.startsAt();
        this.endsAt = request.endsAt();
        this.location = request.location();
        this.customerId = request.customerId();
        this.dealId = request.dealId();
        this.bookedBy = bookedBy;
        this.createdAt = createdAt;
    }

    void cancel() {
        this.cancelled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getLocation() {
        return location;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getDealId() {
        return dealId;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
