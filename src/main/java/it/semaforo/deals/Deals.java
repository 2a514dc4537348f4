package it.semaforo.deals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
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

    /** The customer's open deals, newest first. */
    public List<Deal> openDealsOf(long customerId) {
        return repository.findByCustomerIdAndStatusOrderByIdDesc(customerId, DealStatus.OPEN);
    }

    /** The customer was busy: the deal's process calls again at that time (an open deal only). */
    @Transactional
    public void requestCallback(long dealId, Instant callbackAt) {
        Deal deal = get(dealId);
        if (deal.getStatus() != DealStatus.OPEN) {
            throw new ConflictException("dealId", "semaforo.deal.closed");
        }
        events.publishEvent(new DealEvents.CallbackRequested(dealId, callbackAt));
    }

    /** Links the deal to the process instance that drives it. */
    @Transactional
    public void attachProcess(long dealId, String processInstanceId) {
        get(dealId).attachProcess(processInstanceId);
    }
}
