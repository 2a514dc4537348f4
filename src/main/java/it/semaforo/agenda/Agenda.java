package it.semaforo.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Operators' agendas: books appointments and calls without double-booking anyone, neither against another entry
 * nor against a busy time of the user's external calendars.
 */
@Service
@Transactional(readOnly = true)
public class Agenda {

    private final AppointmentRepository repository;
    private final ExternalBusyRepository externalBusy;
    private final AgendaOwners owners;
    private final AgendaProperties properties;
    private final Clock clock;

    Agenda(AppointmentRepository repository, ExternalBusyRepository externalBusy, AgendaOwners owners,
           AgendaProperties properties, Clock clock) {
        this.repository = repository;
        this.externalBusy = externalBusy;
        this.owners = owners;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Books the entry; one that overlaps another of the same agenda, or a busy time of the user's external
     * calendars, is refused with 409 naming {@code startsAt}. Bookings into one agenda run one at a time (its lock
     * row), so two concurrent bookings of the same slot cannot both succeed.
     */
    @Transactional
    public Appointment book(NewAppointment request, String bookedBy) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new InvalidInputException("endsAt", "semaforo.agenda.endBeforeStart");
        }
        owners.lock(request.userId());
        if (!repository.overlapping(request.userId(), request.startsAt(), request.endsAt()).isEmpty()) {
            throw new ConflictException("startsAt", "semaforo.agenda.overlap");
        }
        List<BusyTime> busy = externalBusy.overlapping(request.userId(), request.startsAt(), request.endsAt());
        if (!busy.isEmpty()) {
            throw new ConflictException("startsAt", "semaforo.agenda.externalBusy", busy.get(0).calendarName());
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

    /** The busy times of the user's external calendars between the two instants, earliest first. */
    public List<BusyTime> busyOf(String userId, Instant from, Instant to) {
        return externalBusy.overlapping(userId, from, to);
    }

    /**
     * The free intervals of at least {@code minutes} in the user's working hours of that day (Europe/Rome):
     * neither an entry nor an external busy time, and not already past. None on a day off.
     */
    public List<TimeSlot> freeSlots(String userId, LocalDate day, int minutes) {
        if (!properties.workingDays().contains(day.getDayOfWeek())) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant dayStart = ZonedDateTime.of(day, properties.workStart(), clock.getZone()).toInstant();
        Instant dayEnd = ZonedDateTime.of(day, properties.workEnd(), clock.getZone()).toInstant();
        Instant cursor = dayStart.isAfter(now) ? dayStart : now;
        List<TimeSlot> taken = Stream.concat(
                        of(userId, dayStart, dayEnd).stream().map(a -> new TimeSlot(a.getStartsAt(), a.getEndsAt())),
                        busyOf(userId, dayStart, dayEnd).stream().map(b -> new TimeSlot(b.startsAt(), b.endsAt())))
                .sorted(Comparator.comparing(TimeSlot::startsAt))
                .toList();
        List<TimeSlot> free = new ArrayList<>();
        for (TimeSlot slot : taken) {
            addIfLongEnough(free, cursor, slot.startsAt().isBefore(dayEnd) ? slot.startsAt() : dayEnd, minutes);
            if (slot.endsAt().isAfter(cursor)) {
                cursor = slot.endsAt();
            }
        }
        addIfLongEnough(free, cursor, dayEnd, minutes);
        return free;
    }

    private static void addIfLongEnough(List<TimeSlot> free, Instant from, Instant to, int minutes) {
        if (!from.plusSeconds(60L * minutes).isAfter(to)) {
            free.add(new TimeSlot(from, to));
        }
    }

    @Transactional
    public void cancel(long id) {
        get(id).cancel();
    }
}
