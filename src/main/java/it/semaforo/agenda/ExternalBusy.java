package it.semaforo.agenda;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A busy time read from an external calendar: only when, never what (titles and attendees are not kept). */
@Entity
class ExternalBusy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sourceId;

    private Instant startsAt;

    private Instant endsAt;

    protected ExternalBusy() {
    }

    ExternalBusy(long sourceId, TimeSlot slot) {
        this.sourceId = sourceId;
        this.startsAt = slot.startsAt();
        this.endsAt = slot.endsAt();
    }
}
