package it.semaforo.agenda;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Fetches every external calendar URL again on {@code semaforo.agenda.external.refresh-cron} (off with "-"). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExternalCalendarRefresh {

    private final ExternalCalendars calendars;

    ExternalCalendarRefresh(ExternalCalendars calendars) {
        this.calendars = calendars;
    }

    @Scheduled(cron = "${semaforo.agenda.external.refresh-cron:0 */30 * * * *}")
    void refreshAll() {
        calendars.refreshAll();
    }
}
