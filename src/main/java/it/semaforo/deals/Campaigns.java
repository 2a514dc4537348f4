package it.semaforo.deals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Commercial actions: a filter over customers and prospects whose every match gets one deal (and so one
 * {@code deal} process). A launch opens all its deals in one transaction: thousands of targets are fine, far more
 * would need batches.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    /** How many targets a preview lists. */
    public static final int PREVIEW_SIZE = 50;

    private static final List<CustomerKind> DEFAULT_KINDS = List.of(CustomerKind.CUSTOMER, CustomerKind.PROSPECT);

    private static final int MAX_TITLE = 200;

    private final CampaignRepository repository;
    private final Customers customers;
    private final Deadlines deadlines;
    private final Deals deals;
    private final ObjectMapper json;
    private final Clock clock;

    Campaigns(CampaignRepository repository, Customers customers, Deadlines deadlines, Deals deals, ObjectMapper json,
              Clock clock) {
        this.repository = repository;
        this.customers = customers;
        this.deadlines = deadlines;
        this.deals = deals;
        this.json = json;
        this.clock = clock;
    }

    /** The filter's targets: their number and the first {@value #PREVIEW_SIZE}. */
    public CampaignTargets preview(CampaignFilter filter) {
        List<Long> targets = targetsOf(filter);
        var first = customers.byIds(targets.subList(0, Math.min(PREVIEW_SIZE, targets.size())));
        return new CampaignTargets(targets.size(), targets.stream().limit(PREVIEW_SIZE).map(first::get).toList());
    }

    /** Records the campaign and opens one deal per target, for the target's seller; no target is a 400. */
    @Transactional
    public Campaign launch(NewCampaign request, String launchedBy) {
        List<Long> targets = targetsOf(request.filter());
        if (targets.isEmpty()) {
            throw new InvalidInputException("filter", "semaforo.campaign.noTargets");
        }
        Campaign campaign = new Campaign(request.name().strip(), blankToNull(request.description()),
                write(request.filter()), launchedBy, clock.instant());
        campaign.countTargets(targets.size());
        repository.save(campaign);
        Map<Long, Customer> names = customers.byIds(targets);
        for (Long customerId : targets) {
            deals.open(new NewDeal(customerId, campaign.getId(), dealTitle(campaign, names.get(customerId)), null));
        }
        return campaign;
    }

    /** "Campaign — Customer", so a list of deals or tasks says whom each one is with. */
    private static String dealTitle(Campaign campaign, Customer customer) {
        String title = campaign.getName() + " \u2014 " + customer.getName();
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "\u2026";
    }

    public Campaign get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    public Page<Campaign> list(Pageable pageable) {
        return repository.findAll(pageable);
    }

    private List<Long> targetsOf(CampaignFilter filter) {
        if (filter.kind() == CustomerKind.SUPPLIER) {
            throw new InvalidInputException("filter.kind", "semaforo.campaign.supplier");
        }
        if (filter.expiringFrom() != null && filter.expiringTo() != null
                && filter.expiringTo().isBefore(filter.expiringFrom())) {
            throw new InvalidInputException("filter.expiringTo", "semaforo.range.inverted");
        }
        List<Long> targets = new ArrayList<>(customers.idsMatching(
                filter.kind() == null ? DEFAULT_KINDS : List.of(filter.kind()), filter.provinces(), filter.sectors(),
                filter.prospectState()));
        if (filter.looksAtDeadlines()) {
            Set<Long> holders = deadlines.customersWithActiveDeadlines(filter.productIds(), filter.expiringFrom(),
                    filter.expiringTo());
            targets.retainAll(holders);
        }
        return targets;
    }

    private String write(CampaignFilter filter) {
        try {
            return json.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A campaign filter is always JSON", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
