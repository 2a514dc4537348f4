package it.semaforo.agenda.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import it.semaforo.agenda.Appointment;
import it.semaforo.agenda.AppointmentKind;

/** An agenda entry as the API shows it, times with the Europe/Rome offset. */
record AppointmentView(long id, String userId, AppointmentKind kind, String title, OffsetDateTime startsAt,
                       OffsetDateTime endsAt, String location, Long customerId, Long dealId, String bookedBy,
                       boolean cancelled) {

    static AppointmentView of(Appointment appointment, ZoneId zone) {
        return new AppointmentView(appointment.getId(), appointment.getUserId(), appointment.getKind(),
                appointment.getTitle(), appointment.getStartsAt().atZone(zone).toOffsetDateTime(),
                appointment.getEndsAt().atZone(zone).toOffsetDateTime(), appointment.getLocation(),
                appointment.getCustomerId(), appointment.getDealId(), appointment.getBookedBy(),
                appointment.isCancelled());
    }
}
