package it.semaforo.agenda;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An entry to book in {@code userId}'s agenda; it must end after it starts and overlap nothing already there. */
public record NewAppointment(
        @NotBlank @Size(max = 64) String userId,
        AppointmentKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Size(max = 300) String location,
        Long customerId,
        Long dealId) {
}
