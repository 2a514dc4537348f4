package it.semaforo.agenda;

import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** An agenda as an iCalendar (RFC 5545) document that Outlook and Google Calendar subscribe to. */
final class AppointmentCalendar {

    static final String PRODID = "-//Semaforo//Agenda//IT";

    private AppointmentCalendar() {
    }

    /**
     * One VEVENT per appointment, times in UTC, UID {@code appointment-<id>@semaforo} (stable, so that clients
     * update an event instead of duplicating it). The description holds the customer's name only.
     */
    static String write(String userId, List<Appointment> appointments, Map<Long, String> customerNames) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Semaforo · " + userId));
        // a hint for clients that honour it (Apple, Outlook): fetch again every 15 minutes
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT15M"));
        for (Appointment appointment : appointments) {
            VEvent event = new VEvent(appointment.getStartsAt(), appointment.getEndsAt(), appointment.getTitle());
            event.add(new Uid("appointment-" + appointment.getId() + "@semaforo"));
            event.replace(new DtStamp(appointment.getCreatedAt()));
            if (appointment.getLocation() != null && !appointment.getLocation().isBlank()) {
                event.add(new Location(appointment.getLocation()));
            }
            String customer = customerNames.get(appointment.getCustomerId());
            if (customer != null) {
                event.add(new Description(customer));
            }
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        return calendar.toString();
    }
}
