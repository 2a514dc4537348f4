package it.semaforo.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/** Trattative: opens deals (each starting its {@code deal} process) and finds them again. */
@Service
@Transactional(readOnly = true)
public class Deals {

    private static final int LOST_REASON_LENGTH = 300;

    private final DealRepository repository;
    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deals(DealRepository repository, Customers customers, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the deal for the customer's seller (unless another is named) and its administration owner. */
    @Transactional
    public Deal open(NewDeal request) {
        Customer customer;
        try {
            customer = customers.get(request.customerId());
        } catch (NotFoundException missing) {
            throw new InvalidInputException("customerId", "semaforo.reference.missing");
        }
        String seller = request.sellerUserId() != null ? request.sellerUserId() : customer.getOwnerUserId();
        Deal deal = repository.save(new Deal(customer.getId(), request.campaignId(), request.title().strip(), seller,
                customer.getAdminOwnerUserId(), clock.instant()));
        events.publishEvent(new DealEvents.DealOpened(deal.getId()));
        return deal;
    }

    public Deal get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Deal", id));
    }

    /** The deal if the viewer may see it (see {@link Deal#isVisibleTo}); otherwise it does not exist for them. */
    public Deal get(long id, Viewer viewer) {
        Deal deal = get(id);
        if (!deal.isVisibleTo(viewer)) {
            throw new NotFoundException("Deal", id);
        }
        return deal;
    }

    /** The deals the viewer may see that match the filter: sellers get only their own. */
    public Page<Deal> search(DealFilter filter, Viewer viewer, Pageable pageable) {
        String seller = Deal.seesEveryDeal(viewer) ? null : viewer.userId();
        return repository.search(filter.status(), blankToNull(filter.phase()), filter.campaignId(),
                filter.customerId(), seller, pageable);
    }

    /** How many of the campaign's deals are in each status. */
    public Map<DealStatus, Long> countByStatus(long campaignId) {
        Map<DealStatus, Long> counts = new TreeMap<>();
        repository.countByStatus(campaignId)
                .forEach(count -> counts.put((DealStatus) count.getKey(), count.getCount()));
        return counts;
    }

    /** How many of the campaign's deals are in each phase (user task id, or WON / LOST once closed). */
    public Map<String, Long> countByPhase(long campaignId) {
        Map<String, Long> counts = new TreeMap<>();
        repository.countByPhase(campaignId).forEach(count -> counts.put((String) count.getKey(), count.getCount()));
        return counts;
    }

    /** The customer's open deals, newest first. */
    public List<Deal> openDealsOf(long customerId) {
        return repository.findByCustomerIdAndStatusOrderByIdDesc(customerId, DealStatus.OPEN);
    }

    /** The customer was busy: the deal's process calls again at that time (an open deal only). */
    @Transactional
    public void requestCallback(long dealId, Instant callbackAt) {
        openDeal(dealId);
        events.publishEvent(new DealEvents.CallbackRequested(dealId, callbackAt));
    }

    /** Links the deal to the process instance that drives it. */
    @Transactional
    public void attachProcess(long dealId, String processInstanceId) {
        get(dealId).attachProcess(processInstanceId);
    }

    /** The deal's process reached a phase (the id of its user task). */
    @Transactional
    public void enterPhase(long dealId, String phase) {
        openDeal(dealId).enterPhase(phase);
    }

    /** The seller's offer: amount (EUR) and discount (%) at scale 2, and the product type offered. */
    @Transactional
    public void recordOffer(long dealId, BigDecimal amount, BigDecimal discountPercent, String productType) {
        openDeal(dealId).recordOffer(amount.setScale(2, RoundingMode.HALF_UP),
                discountPercent.setScale(2, RoundingMode.HALF_UP), blankToNull(productType));
    }

    /** The deal is won for that value (EUR). */
    @Transactional
    public void win(long dealId, BigDecimal value) {
        openDeal(dealId).win(value.setScale(2, RoundingMode.HALF_UP), clock.instant());
    }

    /** The deal is lost, for that reason (a form's text, or a code such as {@code unreachable}). */
    @Transactional
    public void lose(long dealId, String reason) {
        if (reason != null && reason.strip().length() > LOST_REASON_LENGTH) {
            throw new InvalidInputException("lostReason", "semaforo.deal.reasonTooLong", LOST_REASON_LENGTH);
        }
        openDeal(dealId).lose(blankToNull(reason), clock.instant());
    }

    private Deal openDeal(long dealId) {
        Deal deal = get(dealId);
        if (deal.getStatus() != DealStatus.OPEN) {
            throw new ConflictException("dealId", "semaforo.deal.closed");
        }
        return deal;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
