package it.semaforo.agenda;

import java.time.Instant;

/** An interval of time, from {@code startsAt} (inclusive) to {@code endsAt} (exclusive). */
public record TimeSlot(Instant startsAt, Instant endsAt) {

    boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }
}
