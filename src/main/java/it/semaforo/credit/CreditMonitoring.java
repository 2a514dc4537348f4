package it.semaforo.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * The Check Monitor's steps, run by the {@code credit-monitoring} process: where the provider's change feed resumes
 * ({@link #since}), storing a feed page as risk events ({@link #store}), and a fresh check of each affected customer
 * ({@link #recheck}), whose {@code credit-check} decides the new light.
 */
@Service
public class CreditMonitoring {

    /** The reason and requester of the checks the monitor starts. */
    public static final String REASON = "monitoring";
    static final String MONITOR = "credit-monitoring";
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final MonitoringCursorRepository cursors;
    private final RiskEventRepository events;
    private final CachedReportRepository cache;
    private final CreditChecks checks;
    private final Customers customers;
    private final ObjectMapper json;
    private final Clock clock;

    CreditMonitoring(MonitoringCursorRepository cursors, RiskEventRepository events, CachedReportRepository cache,
                     CreditChecks checks, Customers customers, ObjectMapper json, Clock clock) {
        this.cursors = cursors;
        this.events = events;
        this.cache = cache;
        this.checks = checks;
        this.customers = customers;
        this.json = json;
        this.clock = clock;
    }

    /** The {@code until} of the last poll; the whole feed before the first one. */
    public Instant since() {
        return cursors.findById(MonitoringCursor.ID).map(MonitoringCursor::getPolledUntil).orElse(Instant.EPOCH);
    }

    /**
     * Stores each change of the feed page not seen before as a risk event (a change delivered twice is stored once)
     * and moves the cursor to the page's {@code until}. Answers the customers (by partita IVA) with a new event, as
     * a comma-separated list of ids: a process variable the engine stores without Java serialization.
     */
    @Transactional
    public String store(String feedJson) {
        ChangeFeed feed = read(feedJson);
        Instant now = clock.instant();
        Set<Long> affected = new LinkedHashSet<>();
        for (FeedChange change : feed.changes()) {
            if (events.existsByProviderChangeId(change.id())) {
                continue;
            }
            Long customerId = customers.findByVatNumber(change.vatNumber()).map(Customer::getId).orElse(null);
            events.save(new RiskEvent(change.id(), change.vatNumber(), customerId, change.type(), change.date(),
                    change.amount(), change.description(), change.rating(), now));
            if (customerId != null) {
                affected.add(customerId);
            }
        }
        cursors.findById(MonitoringCursor.ID).ifPresentOrElse(cursor -> cursor.advance(feed.until(), now),
                () -> cursors.save(new MonitoringCursor(feed.until(), now)));
        return affected.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The customer ids of {@link #store}'s answer. */
    public List<Long> customerIds(String affectedCustomers) {
        return affectedCustomers.isEmpty() ? List.of()
                : Arrays.stream(affectedCustomers.split(",")).map(Long::valueOf).toList();
    }

    /** A new check of the customer, past the cache: the change makes the cached report stale. */
    @Transactional
    public long recheck(long customerId) {
        Customer customer = customers.get(customerId);
        cache.deleteById(customer.getVatNumber());
        return checks.request(new CheckRequest(customerId, null, REASON),
                new Viewer(MONITOR, Set.of(Groups.ADMINISTRATION))).getId();
    }

    /** A risk event with the name of its customer, when the partita IVA is in the anagrafica. */
    public record Entry(RiskEvent event, String customerName) {
    }

    /**
     * The risk events received in the window, newest first: {@code since} is an ISO period back from now
     * ({@code P7D}) or an ISO date (from its start, Rome time). Sellers see only their own customers' events.
     */
    public List<Entry> events(String since, Viewer viewer) {
        List<RiskEvent> received = events.findByReceivedAtGreaterThanEqualOrderByReceivedAtDescIdDesc(from(since));
        Map<Long, Customer> byId = customers.byIds(received.stream().map(RiskEvent::getCustomerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        String owner = Customers.ownerFilter(viewer);
        return received.stream()
                .filter(event -> owner == null || event.getCustomerId() != null
                        && owner.equals(byId.get(event.getCustomerId()).getOwnerUserId()))
                .map(event -> new Entry(event, event.getCustomerId() == null ? null
                        : byId.get(event.getCustomerId()).getName()))
                .toList();
    }

    private Instant from(String since) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ROME));
        try {
            return since.startsWith("P") ? now.minus(Period.parse(since)).toInstant()
                    : LocalDate.parse(since).atStartOfDay(ROME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "semaforo.credit.events.since", since);
        }
    }

    private ChangeFeed read(String feedJson) {
        try {
            return json.readValue(feedJson, ChangeFeed.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The provider's change feed is unreadable", e);
        }
    }

    /** {@code GET {base}/changes?since=} as in docs/credit-provider.md. */
    record ChangeFeed(List<FeedChange> changes, Instant until) {
    }

    record FeedChange(String id, String vatNumber, RiskEventType type, LocalDate date, BigDecimal amount,
                      String description, Integer rating) {
    }
}
