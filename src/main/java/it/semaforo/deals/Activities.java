package it.semaforo.deals;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.customers.Customers;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/** Records what is done with customers and deals, priced by {@link CostRates}, and lists it as a timeline. */
@Service
@Transactional(readOnly = true)
public class Activities {

    private final ActivityRepository repository;
    private final DealRepository deals;
    private final Customers customers;
    private final CostRates rates;
    private final Clock clock;

    Activities(ActivityRepository repository, DealRepository deals, Customers customers, CostRates rates,
               Clock clock) {
        this.repository = repository;
        this.deals = deals;
        this.customers = customers;
        this.rates = rates;
        this.clock = clock;
    }

    /** Records the activity; one with an external id already recorded is returned as it was, not recorded again. */
    @Transactional
    public Activity record(NewActivity request) {
        if (request.externalId() != null) {
            var known = repository.findByExternalId(request.externalId());
            if (known.isPresent()) {
                return known.get();
            }
        }
        try {
            customers.get(request.customerId());
        } catch (NotFoundException missing) {
            throw new InvalidInputException("customerId", "semaforo.reference.missing");
        }
        Long campaignId = null;
        if (request.dealId() != null) {
            Deal deal = deals.findById(request.dealId())
                    .orElseThrow(() -> new InvalidInputException("dealId", "semaforo.reference.missing"));
            if (!Objects.equals(deal.getCustomerId(), request.customerId())) {
                throw new InvalidInputException("dealId", "semaforo.deal.otherCustomer");
            }
            campaignId = deal.getCampaignId();
        }
        var now = clock.instant();
        return repository.save(new Activity(request.customerId(), request.dealId(), campaignId, request.type(),
                request.role(), request.userId(), request.occurredAt() == null ? now : request.occurredAt(),
                request.durationMinutes(), rates.costOf(request.role(), request.type(), request.durationMinutes()),
                request.description(), request.externalId(), now));
    }

    /** The activity recorded for that event of another system, if it was recorded already. */
    public Optional<Activity> byExternalId(String externalId) {
        return repository.findByExternalId(externalId);
    }

    /** Everything done with the customer, newest first. */
    public List<Activity> timeline(long customerId) {
        return repository.findByCustomerIdOrderByOccurredAtDescIdDesc(customerId);
    }

    /** Everything done on the deal, newest first. */
    public List<Activity> ofDeal(long dealId) {
        return repository.findByDealIdOrderByOccurredAtDescIdDesc(dealId);
    }
}
