package it.semaforo.agenda.web;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One agenda between two instants: its entries and the busy times of its owner's external calendars. The
 * calendar's name is shown to the owner only; others see just that the time is busy.
 */
record AgendaView(String user, OffsetDateTime from, OffsetDateTime to, List<AppointmentView> appointments,
                  List<Busy> busy) {

    record Busy(OffsetDateTime startsAt, OffsetDateTime endsAt, String calendar) {
    }
}
