package it.semaforo.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading busy times from iCalendar text: kinds of time, recurrence within the window, events that are free. */
class IcsBusyTimesTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant FROM = rome(2026, 3, 1, 0, 0);
    private static final Instant TO = rome(2026, 4, 1, 0, 0);

    @Test
    void utcFloatingAndZonedTimesAndWholeDays() throws Exception {
        List<TimeSlot> busy = read(
                event("DTSTART:20260302T090000Z", "DTEND:20260302T100000Z"),
                event("DTSTART:20260303T090000", "DURATION:PT30M"),
                event("DTSTART;TZID=America/New_York:20260304T090000", "DTEND;TZID=America/New_York:20260304T100000"),
                event("DTSTART;VALUE=DATE:20260305", "DTEND;VALUE=DATE:20260307"));

        assertThat(busy).containsExactlyInAnyOrder(
                new TimeSlot(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T10:00:00Z")),
                new TimeSlot(rome(2026, 3, 3, 9, 0), rome(2026, 3, 3, 9, 30)),
                new TimeSlot(Instant.parse("2026-03-04T14:00:00Z"), Instant.parse("2026-03-04T15:00:00Z")),
                new TimeSlot(rome(2026, 3, 5, 0, 0), rome(2026, 3, 7, 0, 0)));
    }

    @Test
    void recurringEventsAreExpandedWithinTheWindowOnlyAndExceptionsAreFree() throws Exception {
        List<TimeSlot> busy = read(event("DTSTART;TZID=Europe/Rome:20260105T100000",
                "DTEND;TZID=Europe/Rome:20260105T110000", "RRULE:FREQ=WEEKLY;BYDAY=MO",
                "EXDATE;TZID=Europe/Rome:20260316T100000"));

        // Mondays of March 2026: 2, 9, 16 (excluded), 23, 30; the summer time change on the 29th keeps 10:00 Rome
        assertThat(busy).extracting(TimeSlot::startsAt).containsExactlyInAnyOrder(rome(2026, 3, 2, 10, 0),
                rome(2026, 3, 9, 10, 0), rome(2026, 3, 23, 10, 0), rome(2026, 3, 30, 10, 0));
    }

    @Test
    void transparentCancelledAndMinutelyEventsBlockNothing() throws Exception {
        assertThat(read(
                event("DTSTART:20260302T090000Z", "DTEND:20260302T100000Z", "TRANSP:TRANSPARENT"),
                event("DTSTART:20260303T090000Z", "DTEND:20260303T100000Z", "STATUS:CANCELLED"),
                event("DTSTART:20260304T090000Z", "DTEND:20260304T090100Z", "RRULE:FREQ=MINUTELY")))
                .isEmpty();
    }

    @Test
    void somethingElseIsNotACalendar() {
        assertThatThrownBy(() -> IcsBusyTimes.read("<html>not found</html>".getBytes(StandardCharsets.UTF_8),
                FROM, TO, ROME)).isInstanceOf(CalendarReadException.class);
    }

    private static List<TimeSlot> read(String... events) throws CalendarReadException {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + String.join("", events)
                + "END:VCALENDAR\r\n";
        return IcsBusyTimes.read(ics.getBytes(StandardCharsets.UTF_8), FROM, TO, ROME);
    }

    private static int uid;

    private static String event(String... properties) {
        return "BEGIN:VEVENT\r\nUID:e" + (++uid) + "@test\r\nDTSTAMP:20260101T000000Z\r\n"
                + String.join("\r\n", properties) + "\r\nEND:VEVENT\r\n";
    }

    private static Instant rome(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ROME).toInstant();
    }
}
