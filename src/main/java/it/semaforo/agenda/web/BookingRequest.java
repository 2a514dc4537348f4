package it.semaforo.agenda.web;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import it.semaforo.agenda.AppointmentKind;
import it.semaforo.agenda.NewAppointment;

/** {@code POST /api/agenda}: an entry for the caller's agenda, or (managers, call center) a seller's. */
record BookingRequest(
        @Size(max = 64) String userId,
        AppointmentKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @Size(max = 300) String location,
        Long customerId) {

    NewAppointment toNewAppointment(String agendaOwner) {
        return new NewAppointment(agendaOwner, kind, title, startsAt.toInstant(), endsAt.toInstant(), location,
                customerId, null);
    }
}
