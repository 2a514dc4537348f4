package it.semaforo.agenda.web;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.agenda.Agenda;
import it.semaforo.agenda.Appointment;
import it.semaforo.customers.Customers;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

@RestController
@RequestMapping("/api/agenda")
@Tag(name = "Agenda", description = "Operators' appointments and calls, free slots, external busy times")
class AgendaController {

    static final int MAX_RANGE_DAYS = 92;

    private final Agenda agenda;
    private final AgendaAccess access;
    private final Customers customers;
    private final Clock clock;

    AgendaController(Agenda agenda, AgendaAccess access, Customers customers, Clock clock) {
        this.agenda = agenda;
        this.access = access;
        this.customers = customers;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "An agenda: live entries and external busy times between from and to",
            description = "Default: the caller's agenda, this week (Monday 00:00 to Monday 00:00, Europe/Rome). "
                    + "Managers and the call center may ask for another user's agenda; its external busy times "
                    + "come without the calendar's name.")
    @ApiResponse(responseCode = "403", description = "Another user's agenda, asked by someone else")
    @ApiResponse(responseCode = "404", description = "No such user")
    AgendaView agenda(@RequestParam(required = false) String user,
                      @Parameter(description = "ISO date-time with offset")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                      OffsetDateTime from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                      OffsetDateTime to) {
        Viewer viewer = Viewer.current();
        String owner = access.toRead(viewer, user);
        ZoneId zone = clock.getZone();
        Instant start = from != null ? from.toInstant()
                : LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .atStartOfDay(zone).toInstant();
        Instant end = to != null ? to.toInstant() : start.atZone(zone).plusWeeks(1).toInstant();
        if (!end.isAfter(start) || Duration.between(start, end).toDays() > MAX_RANGE_DAYS) {
            throw new InvalidInputException("to", "semaforo.agenda.rangeTooLong", MAX_RANGE_DAYS);
        }
        boolean own = owner.equals(viewer.userId());
        List<AppointmentView> entries = agenda.of(owner, start, end).stream()
                .map(appointment -> AppointmentView.of(appointment, zone)).toList();
        List<AgendaView.Busy> busy = agenda.busyOf(owner, start, end).stream()
                .map(time -> new AgendaView.Busy(time.startsAt().atZone(zone).toOffsetDateTime(),
                        time.endsAt().atZone(zone).toOffsetDateTime(), own ? time.calendarName() : null))
                .toList();
        return new AgendaView(owner, start.atZone(zone).toOffsetDateTime(), end.atZone(zone).toOffsetDateTime(),
                entries, busy);
    }

    @PostMapping
    @Operation(summary = "Book an appointment or a call",
            description = "Into the caller's agenda, or (managers, call center) into a seller's with userId. "
                    + "Refused with 409 on startsAt when it overlaps an entry or an external busy time.")
    @ApiResponse(responseCode = "201", description = "Booked")
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. endsAt not after startsAt, userId not a seller")
    @ApiResponse(responseCode = "403", description = "Booking for another user without being a manager or call center")
    @ApiResponse(responseCode = "409", description = "The slot is taken")
    ResponseEntity<AppointmentView> book(@Valid @RequestBody BookingRequest request) {
        Viewer viewer = Viewer.current();
        String owner = access.toBook(viewer, request.userId());
        if (request.customerId() != null) {
            // the call center books for leads it does not own; everyone else only for customers they see
            if (viewer.isMemberOf(Groups.CALLCENTER)) {
                customers.get(request.customerId());
            } else {
                customers.get(request.customerId(), viewer);
            }
        }
        Appointment booked = agenda.book(request.toNewAppointment(owner), viewer.userId());
        return ResponseEntity.created(URI.create("/api/agenda/" + booked.getId()))
                .body(AppointmentView.of(booked, clock.getZone()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel an entry (its owner, whoever booked it, or a manager)")
    @ApiResponse(responseCode = "204", description = "Cancelled (also when it already was)")
    @ApiResponse(responseCode = "404", description = "No such entry, or not the caller's to cancel")
    ResponseEntity<Void> cancel(@PathVariable long id) {
        Viewer viewer = Viewer.current();
        Appointment appointment = agenda.get(id);
        boolean mayCancel = appointment.getUserId().equals(viewer.userId())
                || appointment.getBookedBy().equals(viewer.userId()) || viewer.isMemberOf(Groups.MANAGERS);
        if (!mayCancel) {
            throw new NotFoundException("Appointment", id);
        }
        agenda.cancel(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/free-slots")
    @Operation(summary = "Free intervals of at least `minutes` in the working hours of a day",
            description = "Working hours and days from semaforo.agenda (default 09:00-18:00 Europe/Rome, Monday "
                    + "to Friday); no slots on other days, none in the past. Same access as the agenda.")
    List<SlotView> freeSlots(@RequestParam(required = false) String user,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate day,
                             @RequestParam(defaultValue = "60") @Min(5) @Max(600) int minutes) {
        String owner = access.toRead(Viewer.current(), user);
        ZoneId zone = clock.getZone();
        return agenda.freeSlots(owner, day != null ? day : LocalDate.now(clock), minutes).stream()
                .map(slot -> new SlotView(slot.startsAt().atZone(zone).toOffsetDateTime(),
                        slot.endsAt().atZone(zone).toOffsetDateTime()))
                .toList();
    }
}
