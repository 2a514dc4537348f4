package it.semaforo.agenda;

import java.time.Instant;

/** A busy time of one of the user's external calendars, [startsAt, endsAt), with the calendar's id and name. */
public record BusyTime(Instant startsAt, Instant endsAt, long calendarId, String calendarName) {
}
