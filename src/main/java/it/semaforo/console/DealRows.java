package it.semaforo.console;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.deals.Campaigns;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealFilter;
import it.semaforo.deals.DealStatus;
import it.semaforo.deals.Deals;
import it.semaforo.platform.Viewer;

/**
 * Deals as the console's tables show them (the deals list and a campaign's page): the names behind their ids and
 * their open task in Tasklist, looked up once per page.
 */
@Component
class DealRows {

    static final int PAGE_SIZE = 25;

    /** A deal as a row of the table. */
    record DealRow(Deal deal, Customer customer, String campaignName, String sellerName,
                   ProcessLinks.OpenTask openTask) {

        public String customerName() {
            return customer.getName();
        }

        /** What it is worth: the won value once won, else the offer (if one was made). */
        public BigDecimal amount() {
            return deal.getStatus() == DealStatus.WON ? deal.getWonValue() : deal.getOfferAmount();
        }

        public String cockpitUrl() {
            return deal.getProcessInstanceId() == null ? null : ProcessLinks.cockpitUrl(deal.getProcessInstanceId());
        }
    }

    private final Deals deals;
    private final Campaigns campaigns;
    private final Customers customers;
    private final ProcessLinks processLinks;

    DealRows(Deals deals, Campaigns campaigns, Customers customers, ProcessLinks processLinks) {
        this.deals = deals;
        this.campaigns = campaigns;
        this.customers = customers;
        this.processLinks = processLinks;
    }

    /** One page of the viewer's deals matching the filter, newest first (sellers get only their own). */
    Page<DealRow> page(DealFilter filter, Viewer viewer, int page) {
        Page<Deal> found = deals.search(filter, viewer,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")));
        return new PageImpl<>(rows(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    DealRow row(Deal deal) {
        return rows(List.of(deal)).get(0);
    }

    private List<DealRow> rows(List<Deal> page) {
        Map<Long, Customer> customersById = customers.byIds(page.stream().map(Deal::getCustomerId).distinct().toList());
        Map<Long, ProcessLinks.OpenTask> tasks = processLinks.openTasksOf(page);
        Map<Long, String> campaignNames = new HashMap<>();
        Map<String, String> sellerNames = new HashMap<>();
        return page.stream().map(deal -> new DealRow(deal,
                customersById.get(deal.getCustomerId()),
                deal.getCampaignId() == null ? null : campaignNames.computeIfAbsent(deal.getCampaignId(),
                        campaignId -> campaigns.get(campaignId).getName()),
                deal.getSellerUserId() == null ? null : sellerNames.computeIfAbsent(deal.getSellerUserId(),
                        processLinks::displayName),
                tasks.get(deal.getId()))).toList();
    }
}
