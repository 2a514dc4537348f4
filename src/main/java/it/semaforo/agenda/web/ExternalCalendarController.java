package it.semaforo.agenda.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.agenda.CalendarSource;
import it.semaforo.agenda.CalendarSourceKind;
import it.semaforo.agenda.ExternalCalendars;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;

/** The caller's external calendars, whose busy times bookings into their agenda respect. */
@RestController
@RequestMapping("/api/agenda/external")
@Tag(name = "Agenda", description = "Operators' appointments and calls, free slots, external busy times")
class ExternalCalendarController {

    private final ExternalCalendars calendars;
    private final Clock clock;

    ExternalCalendarController(ExternalCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** {@code POST /api/agenda/external}. */
    record NewCalendarUrl(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String url) {
    }

    /** An external calendar; {@code lastError} tells why the latest fetch failed (the busy times stay). */
    record CalendarView(long id, CalendarSourceKind kind, String name, String url, OffsetDateTime lastFetchedAt,
                        String lastError, long busyTimes) {
    }

    @GetMapping
    @Operation(summary = "The caller's external calendars")
    List<CalendarView> list() {
        return calendars.of(Viewer.current().userId()).stream().map(this::view).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Attach an external calendar by its iCalendar URL (http or https), fetched at once",
            description = "Fetched with a 5 s connect and 10 s read timeout, at most 2 MB; again every 30 minutes. "
                    + "A failed fetch is reported in lastError; the calendar stays attached.")
    @ApiResponse(responseCode = "201", description = "Attached")
    @ApiResponse(responseCode = "400", description = "Not an http(s) URL (field url)")
    ResponseEntity<CalendarView> attachUrl(@Valid @RequestBody NewCalendarUrl request) {
        CalendarSource source = calendars.attachUrl(Viewer.current().userId(), request.name(), request.url());
        return created(source);
    }

    @PostMapping(path = "/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach an external calendar by uploading an .ics file (part `file`, optional `name`)")
    @ApiResponse(responseCode = "201", description = "Attached")
    @ApiResponse(responseCode = "400", description = "Not a readable iCalendar file (field file)")
    ResponseEntity<CalendarView> attachFile(@RequestPart("file") MultipartFile file,
                                            @RequestParam(required = false) String name) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "semaforo.agenda.external.notCalendar");
        }
        String label = name != null && !name.isBlank() ? name
                : file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()
                        ? file.getOriginalFilename() : "calendar.ics";
        CalendarSource source = calendars.attachFile(Viewer.current().userId(),
                label.length() > 200 ? label.substring(0, 200) : label, file.getBytes());
        return created(source);
    }

    @PostMapping("/{id}/refresh")
    @Operation(summary = "Fetch a calendar URL again now")
    @ApiResponse(responseCode = "404", description = "No such calendar of the caller's")
    @ApiResponse(responseCode = "409", description = "An uploaded file: upload it again instead")
    CalendarView refresh(@PathVariable long id) {
        return view(calendars.refresh(id, Viewer.current().userId()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Detach a calendar and forget its busy times")
    @ApiResponse(responseCode = "204", description = "Detached")
    @ApiResponse(responseCode = "404", description = "No such calendar of the caller's")
    ResponseEntity<Void> detach(@PathVariable long id) {
        calendars.detach(id, Viewer.current().userId());
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<CalendarView> created(CalendarSource source) {
        return ResponseEntity.created(URI.create("/api/agenda/external/" + source.getId())).body(view(source));
    }

    private CalendarView view(CalendarSource source) {
        return new CalendarView(source.getId(), source.getKind(), source.getName(), source.getUrl(),
                source.getLastFetchedAt() == null ? null
                        : source.getLastFetchedAt().atZone(clock.getZone()).toOffsetDateTime(),
                source.getLastError(), calendars.busyCount(source.getId()));
    }
}
