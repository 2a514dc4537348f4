package it.semaforo.agenda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The busy times of an iCalendar file within a window: every VEVENT that is neither transparent (free) nor
 * cancelled, recurring ones expanded with ical4j. All-day events (DATE values) block whole days in the business's
 * zone; floating times are read in that zone too.
 */
final class IcsBusyTimes {

    /** More than this many busy times in the window is not a calendar we keep. */
    static final int MAX_BUSY_TIMES = 20_000;

    private IcsBusyTimes() {
    }

    static List<TimeSlot> read(byte[] ics, Instant windowStart, Instant windowEnd, ZoneId zone)
            throws CalendarReadException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new CalendarReadException("Not an iCalendar file: " + e.getMessage(), e);
        }
        ZonedDateTime from = windowStart.atZone(zone);
        ZonedDateTime to = windowEnd.atZone(zone);
        List<TimeSlot> busy = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            if (isFree(event) || recursTooOften(event)) {
                continue;
            }
            Optional<DtStart<Temporal>> start = event.getStartDate();
            if (start.isEmpty()) {
                continue;
            }
            // ical4j compares the window with the event's own kind of time: floating times need a floating window
            Period<?> window = start.get().getDate() instanceof LocalDateTime
                    ? new Period<>(from.toLocalDateTime(), to.toLocalDateTime())
                    : new Period<>(from, to);
            for (Period<Temporal> occurrence : event.<Temporal>calculateRecurrenceSet(window)) {
                TimeSlot slot = new TimeSlot(instant(occurrence.getStart(), zone), instant(occurrence.getEnd(), zone));
                if (slot.endsAt().isAfter(slot.startsAt()) && slot.overlaps(windowStart, windowEnd)) {
                    busy.add(slot);
                }
            }
            if (busy.size() > MAX_BUSY_TIMES) {
                throw new CalendarReadException("More than " + MAX_BUSY_TIMES + " busy times in the window");
            }
        }
        return busy;
    }

    private static boolean isFree(VEvent event) {
        boolean transparent = event.getTransparency().map(Transp::getValue).filter("TRANSPARENT"::equals).isPresent();
        boolean cancelled = event.<Status>getProperty("STATUS").map(Status::getValue)
                .filter("CANCELLED"::equals).isPresent();
        return transparent || cancelled;
    }

    /** Rules repeating every second or minute would expand to millions of times before any limit could apply. */
    private static boolean recursTooOften(VEvent event) {
        return event.<RRule<Temporal>>getProperty(Property.RRULE)
                .map(rule -> rule.getRecur().getFrequency())
                .filter(frequency -> frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY)
                .isPresent();
    }

    private static Instant instant(Temporal time, ZoneId zone) {
        if (time instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (time instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        if (time instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return Instant.from(time);
    }
}
