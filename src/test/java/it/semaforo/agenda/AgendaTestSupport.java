package it.semaforo.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;

import org.springframework.stereotype.Component;

import it.semaforo.Api;
import it.semaforo.TestData;
import it.semaforo.EngineTime;
import it.semaforo.platform.Groups;

/**
 * Agenda tests call the API as different users and need agendas nobody else in the shared database books into:
 * each test makes its own users (password = user id) and picks days a few weeks ahead.
 */
@Component
public class AgendaTestSupport {

    private final TestData testData;

    AgendaTestSupport(TestData testData) {
        this.testData = testData;
    }

    /** A new user in the group, with password = id. */
    public String user(String group) {
        return testData.user(group);
    }

    public String seller() {
        return user(Groups.SALES);
    }

    /** A Monday {@code weeks} weeks ahead (Europe/Rome). */
    public static LocalDate mondayIn(int weeks) {
        return EngineTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeks);
    }

    /** That day at hh:mm in Rome, as the API writes it. */
    public static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(EngineTime.ROME).toOffsetDateTime();
    }

    /** {@code POST /api/agenda} body. */
    public static Object booking(String userId, String title, OffsetDateTime start, OffsetDateTime end) {
        return Api.body("userId", userId, "title", title, "startsAt", start.toString(), "endsAt", end.toString());
    }

}
