package it.semaforo.agenda;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code semaforo.agenda.*}: working hours for free slots, and how external calendars are fetched and expanded.
 *
 * @param workStart    first minute of the working day (Europe/Rome), 09:00 by default
 * @param workEnd      end of the working day, 18:00 by default
 * @param workingDays  days that have free slots, Monday to Friday by default
 * @param external     fetching of external calendars
 */
@ConfigurationProperties("semaforo.agenda")
record AgendaProperties(
        @DefaultValue("09:00") LocalTime workStart,
        @DefaultValue("18:00") LocalTime workEnd,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingDays,
        @DefaultValue External external) {

    /**
     * @param connectTimeout time to open the connection to a calendar URL
     * @param readTimeout    longest wait for data while reading it
     * @param maxSize        largest calendar accepted
     * @param past           how far back busy times are kept
     * @param future         how far ahead recurring events are expanded
     * @param refreshCron    when every URL is fetched again (Spring cron; "-" switches it off)
     */
    record External(
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration readTimeout,
            @DefaultValue("2MB") DataSize maxSize,
            @DefaultValue("7d") Duration past,
            @DefaultValue("180d") Duration future,
            @DefaultValue("0 */30 * * * *") String refreshCron) {
    }
}
