package it.semaforo.console;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.semaforo.agenda.Agenda;
import it.semaforo.agenda.CalendarFeeds;
import it.semaforo.agenda.CalendarSource;
import it.semaforo.agenda.ExternalCalendars;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * The signed-in user's agenda: a week of appointments and external busy times, the private calendar feed (make,
 * rotate, revoke; the URL is shown once, right after it is made) and the external calendars (add by URL or file,
 * refresh, remove).
 */
@Controller
class AgendaPageController {

    /** One line of a day: an appointment or a busy time of an external calendar. */
    record Entry(Instant startsAt, Instant endsAt, String title, String detail, boolean busy, Long appointmentId) {
    }

    /** An entry as one day shows it: its hours that day ("09:00–10:30"), or the whole day. */
    record Line(Entry entry, String hours, boolean allDay) {
    }

    record Day(LocalDate date, List<Line> lines) {
    }

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** An external calendar with how many busy times it gave. */
    record Calendar(CalendarSource source, long busyTimes) {
    }

    private final Agenda agenda;
    private final CalendarFeeds feeds;
    private final ExternalCalendars calendars;
    private final Clock clock;

    AgendaPageController(Agenda agenda, CalendarFeeds feeds, ExternalCalendars calendars, Clock clock) {
        this.agenda = agenda;
        this.feeds = feeds;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/agenda")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                Model model) {
        return render(week, model);
    }

    @PostMapping("/agenda/feed")
    String rotateFeed(RedirectAttributes redirect) {
        redirect.addFlashAttribute("newFeedUrl", feeds.rotate(Viewer.current().userId()));
        return "redirect:/agenda";
    }

    @PostMapping("/agenda/feed/revoke")
    String revokeFeed() {
        feeds.revoke(Viewer.current().userId());
        return "redirect:/agenda";
    }

    @PostMapping("/agenda/external")
    String attachUrl(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String url,
                     Model model, HttpServletResponse response) {
        try {
            calendars.attachUrl(Viewer.current().userId(), name.isBlank() ? url : name, url);
            return "redirect:/agenda";
        } catch (InvalidInputException refused) {
            model.addAttribute("urlError", refused);
            model.addAttribute("externalName", name);
            model.addAttribute("externalUrl", url);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(null, model);
        }
    }

    @PostMapping("/agenda/external/file")
    String attachFile(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String name,
                      Model model, HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "semaforo.agenda.external.notCalendar");
            }
            String label = !name.isBlank() ? name
                    : file.getOriginalFilename() != null ? file.getOriginalFilename() : "calendar.ics";
            calendars.attachFile(Viewer.current().userId(), label.length() > 200 ? label.substring(0, 200) : label,
                    file.getBytes());
            return "redirect:/agenda";
        } catch (InvalidInputException refused) {
            model.addAttribute("fileError", refused);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(null, model);
        }
    }

    @PostMapping("/agenda/external/{id}/refresh")
    String refresh(@PathVariable long id) {
        calendars.refresh(id, Viewer.current().userId());
        return "redirect:/agenda";
    }

    @PostMapping("/agenda/external/{id}/delete")
    String detach(@PathVariable long id) {
        calendars.detach(id, Viewer.current().userId());
        return "redirect:/agenda";
    }

    private String render(LocalDate week, Model model) {
        String userId = Viewer.current().userId();
        ZoneId zone = clock.getZone();
        LocalDate monday = (week != null ? week : LocalDate.now(clock))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<Entry> entries = new ArrayList<>();
        agenda.of(userId, from, to).forEach(a -> entries.add(new Entry(a.getStartsAt(), a.getEndsAt(), a.getTitle(),
                a.getLocation(), false, a.getId())));
        agenda.busyOf(userId, from, to).forEach(b -> entries.add(new Entry(b.startsAt(), b.endsAt(), null,
                b.calendarName(), true, null)));
        entries.sort(Comparator.comparing(Entry::startsAt));
        List<Day> days = new ArrayList<>();
        for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            days.add(new Day(day, entries.stream()
                    .filter(e -> e.startsAt().isBefore(dayEnd) && e.endsAt().isAfter(dayStart))
                    .map(e -> line(e, dayStart, dayEnd, zone)).toList()));
        }
        model.addAttribute("monday", monday);
        model.addAttribute("days", days);
        model.addAttribute("feed", feeds.of(userId).orElse(null));
        model.addAttribute("calendars", calendars.of(userId).stream()
                .map(source -> new Calendar(source, calendars.busyCount(source.getId()))).toList());
        return "console/agenda";
    }

    private static Line line(Entry entry, Instant dayStart, Instant dayEnd, ZoneId zone) {
        Instant start = entry.startsAt().isAfter(dayStart) ? entry.startsAt() : dayStart;
        Instant end = entry.endsAt().isBefore(dayEnd) ? entry.endsAt() : dayEnd;
        boolean allDay = start.equals(dayStart) && end.equals(dayEnd);
        return new Line(entry, HOURS.format(start.atZone(zone)) + "–" + HOURS.format(end.atZone(zone)), allDay);
    }
}
