package it.semaforo.agenda;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * External calendars a user attaches (a URL or an uploaded iCalendar file) and their busy times, which
 * {@link Agenda#book} respects. A URL is fetched when attached, on {@code semaforo.agenda.external.refresh-cron}
 * and on demand; a failed fetch keeps the busy times of the last good one and records the error. Fetching happens
 * outside any database transaction; each calendar's busy times are replaced in one.
 */
@Service
public class ExternalCalendars {

    private static final Logger log = LoggerFactory.getLogger(ExternalCalendars.class);
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final CalendarSourceRepository sources;
    private final ExternalBusyRepository busyTimes;
    private final CalendarFetcher fetcher;
    private final AgendaProperties.External settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ExternalCalendars(CalendarSourceRepository sources, ExternalBusyRepository busyTimes, CalendarFetcher fetcher,
                      AgendaProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.sources = sources;
        this.busyTimes = busyTimes;
        this.fetcher = fetcher;
        this.settings = properties.external();
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The user's external calendars, oldest first. */
    public List<CalendarSource> of(String userId) {
        return sources.findByUserIdOrderByIdAsc(userId);
    }

    /** How many busy times of the calendar are kept. */
    public long busyCount(long calendarId) {
        return busyTimes.countBySourceId(calendarId);
    }

    /** Attaches a calendar URL (http or https only, else 400 on {@code url}) and fetches it at once. */
    public CalendarSource attachUrl(String userId, String name, String url) {
        URI address = httpAddress(url);
        CalendarSource source = transaction.execute(status -> sources.save(new CalendarSource(userId,
                CalendarSourceKind.URL, address.toString(), name.strip(), clock.instant())));
        return refresh(source.getId());
    }

    /** Attaches an uploaded iCalendar file; one that cannot be read is refused with 400 on {@code file}. */
    public CalendarSource attachFile(String userId, String name, byte[] content) {
        if (content.length > settings.maxSize().toBytes()) {
            throw new InvalidInputException("file", "semaforo.agenda.external.tooLarge", settings.maxSize().toKilobytes());
        }
        List<TimeSlot> busy;
        try {
            busy = read(content);
        } catch (CalendarReadException e) {
            throw new InvalidInputException("file", "semaforo.agenda.external.notCalendar");
        }
        return transaction.execute(status -> {
            CalendarSource source = sources.save(new CalendarSource(userId, CalendarSourceKind.FILE, null,
                    name.strip(), clock.instant()));
            replaceBusyTimes(source, busy);
            return source;
        });
    }

    /** Fetches the user's calendar URL again; 404 for another's calendar, 409 for an uploaded file. */
    public CalendarSource refresh(long id, String userId) {
        CalendarSource source = owned(id, userId);
        if (source.getKind() != CalendarSourceKind.URL) {
            throw new ConflictException(null, "semaforo.agenda.external.fileNotRefreshed");
        }
        return refresh(id);
    }

    /** Removes the user's calendar and its busy times; 404 for another's calendar. */
    public void detach(long id, String userId) {
        CalendarSource source = owned(id, userId);
        transaction.executeWithoutResult(status -> {
            busyTimes.deleteBySource(source.getId());
            sources.deleteById(source.getId());
        });
    }

    /** Fetches every calendar URL again, one after another; a failing one does not stop the others. */
    public void refreshAll() {
        for (CalendarSource source : sources.findByKindOrderByIdAsc(CalendarSourceKind.URL)) {
            CalendarSource refreshed = refresh(source.getId());
            if (refreshed.getLastError() != null) {
                log.info("External calendar {} of {} not refreshed: {}", refreshed.getId(), refreshed.getUserId(),
                        refreshed.getLastError());
            }
        }
    }

    private CalendarSource refresh(long id) {
        CalendarSource source = sources.findById(id).orElseThrow(() -> new NotFoundException("Calendar", id));
        try {
            List<TimeSlot> busy = read(fetcher.fetch(URI.create(source.getUrl())));
            return transaction.execute(status -> {
                CalendarSource current = sources.findById(id).orElseThrow(() -> new NotFoundException("Calendar", id));
                replaceBusyTimes(current, busy);
                return current;
            });
        } catch (CalendarReadException e) {
            return transaction.execute(status -> {
                CalendarSource current = sources.findById(id).orElseThrow(() -> new NotFoundException("Calendar", id));
                current.failed(e.getMessage());
                return current;
            });
        }
    }

    private List<TimeSlot> read(byte[] content) throws CalendarReadException {
        Instant now = clock.instant();
        return IcsBusyTimes.read(content, now.minus(settings.past()), now.plus(settings.future()), clock.getZone());
    }

    private void replaceBusyTimes(CalendarSource source, List<TimeSlot> busy) {
        busyTimes.deleteBySource(source.getId());
        busyTimes.saveAll(busy.stream().map(slot -> new ExternalBusy(source.getId(), slot)).toList());
        source.fetched(clock.instant());
    }

    private CalendarSource owned(long id, String userId) {
        return sources.findById(id).filter(source -> source.getUserId().equals(userId))
                .orElseThrow(() -> new NotFoundException("Calendar", id));
    }

    private static URI httpAddress(String url) {
        try {
            URI address = new URI(url.strip());
            if (address.getScheme() == null || !SCHEMES.contains(address.getScheme().toLowerCase())
                    || address.getHost() == null) {
                throw new InvalidInputException("url", "semaforo.agenda.external.httpOnly");
            }
            return address;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "semaforo.agenda.external.httpOnly");
        }
    }
}
