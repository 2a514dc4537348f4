package it.semaforo.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/** Operators' agendas: books appointments and calls without double-booking anyone. */
@Service
@Transactional(readOnly = true)
public class Agenda {

    private final AppointmentRepository repository;
    private final Clock clock;

    Agenda(AppointmentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Books the entry; one that overlaps another of the same agenda is refused with 409 naming {@code startsAt}. */
    @Transactional
    public Appointment book(NewAppointment request, String bookedBy) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new InvalidInputException("endsAt", "semaforo.agenda.endBeforeStart");
        }
        if (!repository.overlapping(request.userId(), request.startsAt(), request.endsAt()).isEmpty()) {
            throw new ConflictException("startsAt", "semaforo.agenda.overlap");
        }
        return repository.save(new Appointment(request, bookedBy, clock.instant()));
    }

    public Appointment get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Appointment", id));
    }

    /** The user's live entries between the two instants, earliest first. */
    public List<Appointment> of(String userId, Instant from, Instant to) {
        return repository.overlapping(userId, from, to);
    }

    @Transactional
    public void cancel(long id) {
        get(id).cancel();
    }
}
