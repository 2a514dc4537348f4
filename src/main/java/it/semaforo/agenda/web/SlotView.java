package it.semaforo.agenda.web;

import java.time.OffsetDateTime;

/** A free interval of an agenda. */
record SlotView(OffsetDateTime startsAt, OffsetDateTime endsAt) {
}
