package it.semaforo.deadlines;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.catalog.Bank;
import it.semaforo.catalog.Catalog;
import it.semaforo.catalog.DeadlineSource;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.DeadlineEvents.DeadlineCancelled;
import it.semaforo.deadlines.DeadlineEvents.DeadlineCreated;
import it.semaforo.deadlines.DeadlineEvents.DeadlineRenewed;
import it.semaforo.deadlines.DeadlineEvents.DeadlineRescheduled;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * The scadenzario: adds, edits, renews, cancels and expires deadlines, and answers the questions asked of them.
 *
 * <p>Renewal policy, early or late alike: the next period follows the renewed one and ends whole product durations
 * after the anchor expiry, so the day of month is kept (31 Jan → 28/29 Feb → 31 Mar). Normally it starts the day
 * after the old expiry. A renewal so late that this period is already over skips the periods in between: the new
 * period is the first one that ends today or later, and starts the day after the end of the one before it (the
 * anniversary stays, the gap is not charged).
 */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    /** Open ends of a date range, as days every database stores. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final DeadlineRepository repository;
    private final Customers customers;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deadlines(DeadlineRepository repository, Customers customers, Catalog catalog, ApplicationEventPublisher events,
              Clock clock) {
        this.repository = repository;
        this.customers = customers;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Deadline create(NewDeadline request) {
        Customer customer = existing("customerId", () -> customers.get(request.customerId()));
        Product product = existing("productId", () -> catalog.product(request.productId()));
        DeadlineSource source = request.sourceId() == null ? null
                : existing("sourceId", () -> catalog.source(request.sourceId()));
        Bank bank = request.bankId() == null ? null : existing("bankId", () -> catalog.bank(request.bankId()));
        int quantity = request.quantity() == null ? 1 : request.quantity();
        BigDecimal amount = request.amount() != null ? request.amount()
                : product.getListPrice().multiply(BigDecimal.valueOf(quantity));
        LocalDate expiry = request.expiryDate() != null ? request.expiryDate()
                : product.getDuration().addTo(request.startDate(), 1).minusDays(1);
        checkDates(request.startDate(), expiry);
        Deadline deadline = repository.save(new Deadline(customer, product, blankToNull(request.description()),
                quantity, amount.setScale(2, RoundingMode.HALF_UP), blankToNull(request.notes()), request.startDate(),
                expiry, source, bank, clock.instant()));
        events.publishEvent(new DeadlineCreated(deadline.getId()));
        return deadline;
    }

    /**
     * Records a deadline for a customer the viewer may change: one they may not see is bad input on
     * {@code customerId} (as if it did not exist), one they only read (the call center) is refused with 403.
     */
    @Transactional
    public Deadline create(NewDeadline request, Viewer viewer) {
        existing("customerId", () -> customers.getForChange(request.customerId(), viewer));
        return create(request);
    }

    public Deadline get(long id) {
        return repository.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Deadline", id));
    }

    /**
     * The deadline as the current transaction knows it: from the persistence context when the transaction already
     * holds it (the deadline-lifecycle's timer expressions run inside the transaction that created or changed the
     * deadline), so they cost no query. Its customer and product load lazily: only for callers inside a transaction.
     */
    Deadline load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Deadline", id));
    }

    /** The deadline if the viewer may see its customer; otherwise it does not exist for them (404). */
    public Deadline get(long id, Viewer viewer) {
        Deadline deadline = get(id);
        if (!deadline.getCustomer().isVisibleTo(viewer)) {
            throw new NotFoundException("Deadline", id);
        }
        return deadline;
    }

    /**
     * The deadline, locked until the calling transaction ends: a change that must never run twice at once (a
     * renewal from the portal) takes the lock first, so a second attempt waits and then sees the first one's result.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Deadline lockForChange(long id) {
        return repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Deadline", id));
    }

    /** As {@link #get(long, Viewer)}, and 403 when the viewer only reads the customer (the call center). */
    public Deadline getForChange(long id, Viewer viewer) {
        Deadline deadline = get(id, viewer);
        customers.getForChange(deadline.getCustomer().getId(), viewer);
        return deadline;
    }

    @Transactional
    public Deadline edit(long id, DeadlineChanges changes) {
        Deadline deadline = get(id);
        requireStatus(deadline, DeadlineStatus.ACTIVE);
        LocalDate start = changes.startDate() != null ? changes.startDate() : deadline.getStartDate();
        LocalDate expiry = changes.expiryDate() != null ? changes.expiryDate() : deadline.getExpiryDate();
        if (changes.startDate() != null || changes.expiryDate() != null) {
            checkDates(start, expiry);
        }
        DeadlineSource source = changes.sourceId() == null ? null
                : existing("sourceId", () -> catalog.source(changes.sourceId()));
        Bank bank = changes.bankId() == null ? null : existing("bankId", () -> catalog.bank(changes.bankId()));
        LocalDate previousExpiry = deadline.getExpiryDate();
        deadline.edit(changes, source, bank, clock.instant());
        if (!previousExpiry.equals(deadline.getExpiryDate())) {
            events.publishEvent(new DeadlineRescheduled(id));
        }
        return deadline;
    }

    /** Renews an ACTIVE or EXPIRED period and returns the new ACTIVE one (see the class comment for the policy). */
    @Transactional
    public Deadline renew(long id, Renewal renewal) {
        Deadline deadline = get(id);
        requireStatus(deadline, DeadlineStatus.ACTIVE, DeadlineStatus.EXPIRED);
        Deadline following = repository.save(followingPeriod(deadline, renewal));
        deadline.renewedAs(following, clock.instant());
        events.publishEvent(new DeadlineRenewed(id, following.getId()));
        events.publishEvent(new DeadlineCreated(following.getId()));
        return following;
    }

    /**
     * The period a renewal of the deadline on the same terms would create today, computed exactly as
     * {@link #renew} does, without saving anything.
     */
    public RenewalPreview previewRenewal(Deadline deadline) {
        Deadline following = followingPeriod(deadline, Renewal.SAME_TERMS);
        return new RenewalPreview(following.getStartDate(), following.getExpiryDate(), following.getAmount());
    }

    private Deadline followingPeriod(Deadline deadline, Renewal renewal) {
        LocalDate today = today();
        BigDecimal amount = renewal.amount() != null ? renewal.amount().setScale(2, RoundingMode.HALF_UP)
                : deadline.getAmount();
        int periodsAfterThis = 1;
        Deadline following;
        do {
            following = deadline.nextPeriod(periodsAfterThis++, amount, blankToNull(renewal.notes()),
                    clock.instant());
        } while (following.getExpiryDate().isBefore(today));
        return following;
    }

    /** Cancels an ACTIVE period (no more reminders) or an EXPIRED one (no more win-back e-mails). */
    @Transactional
    public Deadline cancel(long id) {
        Deadline deadline = get(id);
        requireStatus(deadline, DeadlineStatus.ACTIVE, DeadlineStatus.EXPIRED);
        deadline.cancel(clock.instant());
        events.publishEvent(new DeadlineCancelled(id));
        return deadline;
    }

    /** Marks an ACTIVE period EXPIRED; only from the day after its expiry date. */
    @Transactional
    public void expire(long id) {
        Deadline deadline = get(id);
        requireStatus(deadline, DeadlineStatus.ACTIVE);
        if (!today().isAfter(deadline.getExpiryDate())) {
            throw new IllegalStateException("Deadline " + id + " is active until " + deadline.getExpiryDate());
        }
        deadline.expire(clock.instant());
    }

    /** Remembers which process instance drives the deadline, so pages and API can link to it. */
    @Transactional
    public void attachProcess(long id, String processInstanceId) {
        load(id).attachProcess(processInstanceId);
    }

    /** A {@code customerId} that does not exist, or is not the filter's owner's, is bad input on that field. */
    public Page<Deadline> search(DeadlineFilter filter, Pageable pageable) {
        if (filter.customerId() != null) {
            Customer customer = existing("customerId", () -> customers.get(filter.customerId()));
            if (filter.ownerUserId() != null && !filter.ownerUserId().equals(customer.getOwnerUserId())) {
                throw new InvalidInputException("customerId", "semaforo.reference.missing");
            }
        }
        return repository.findAll(filter.toSpecification(), pageable);
    }

    /** Active deadlines expiring from today to {@code days} days ahead, soonest first. */
    public List<Deadline> upcoming(int days) {
        return upcoming(days, null);
    }

    /** As {@link #upcoming(int)}, only of the customers of {@code ownerUserId} when it is given. */
    public List<Deadline> upcoming(int days, String ownerUserId) {
        LocalDate today = today();
        return repository.findActiveExpiringBetween(today, today.plusDays(days), ownerUserId, Pageable.unpaged())
                .getContent();
    }

    /**
     * The first {@code rows} of {@link #upcoming(int, String)} and how many there are in all: a widget's worth,
     * without loading the thousands a large scadenzario has in a week.
     */
    public Page<Deadline> upcoming(int days, String ownerUserId, int rows) {
        LocalDate today = today();
        return repository.findActiveExpiringBetween(today, today.plusDays(days), ownerUserId, PageRequest.of(0, rows));
    }

    /**
     * Ids of the customers holding an ACTIVE deadline of one of the products (any product when empty) that expires
     * between the two days, inclusive (a {@code null} day leaves that side open).
     */
    public Set<Long> customersWithActiveDeadlines(Collection<Long> productIds, LocalDate expiringFrom,
                                                  LocalDate expiringTo) {
        return Set.copyOf(repository.findCustomerIdsWithActiveDeadlines(productIds.isEmpty(),
                productIds.isEmpty() ? List.of(-1L) : productIds,
                expiringFrom == null ? FIRST_DAY : expiringFrom, expiringTo == null ? LAST_DAY : expiringTo));
    }

    /** Every period of every service of the customer, latest expiry first. */
    public List<Deadline> ofCustomer(long customerId) {
        return ofCustomers(List.of(customerId));
    }

    /** Every period of every service of these customers, latest expiry first. */
    public List<Deadline> ofCustomers(Collection<Long> customerIds) {
        return customerIds.isEmpty() ? List.of() : repository.findAllOfCustomers(customerIds);
    }

    public CustomerSummary summary(long customerId) {
        customers.get(customerId);
        Map<DeadlineStatus, CustomerSummary.Totals> byStatus = new EnumMap<>(DeadlineStatus.class);
        for (DeadlineStatus status : DeadlineStatus.values()) {
            byStatus.put(status, CustomerSummary.Totals.NONE);
        }
        repository.totalsByStatus(customerId).forEach(row -> byStatus.put(row.getStatus(),
                new CustomerSummary.Totals(row.getCount(), row.getTotal().setScale(2, RoundingMode.HALF_UP))));
        CustomerSummary.Totals renewed = byStatus.get(DeadlineStatus.RENEWED);
        CustomerSummary.Totals expired = byStatus.get(DeadlineStatus.EXPIRED);
        CustomerSummary.Totals cancelled = byStatus.get(DeadlineStatus.CANCELLED);
        return new CustomerSummary(customerId, byStatus.get(DeadlineStatus.ACTIVE),
                renewed.plus(expired).plus(cancelled), renewed, expired, cancelled);
    }

    private void checkDates(LocalDate start, LocalDate expiry) {
        if (expiry.isBefore(start)) {
            throw new InvalidInputException("expiryDate", "semaforo.deadline.expiryBeforeStart");
        }
        if (expiry.isBefore(today())) {
            throw new InvalidInputException("expiryDate", "semaforo.deadline.expiryInPast");
        }
    }

    private static void requireStatus(Deadline deadline, DeadlineStatus... allowed) {
        if (!List.of(allowed).contains(deadline.getStatus())) {
            throw new ConflictException("status", "semaforo.deadline.wrongStatus", deadline.getId(),
                    deadline.getStatus());
        }
    }

    /** A referenced record that does not exist is bad input on that field (400), not a missing resource (404). */
    private static <T> T existing(String field, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (NotFoundException missing) {
            throw new InvalidInputException(field, "semaforo.reference.missing");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
