package it.semaforo.deals;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.stereotype.Component;

import it.semaforo.Api;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.NewCustomer;

/**
 * Campaigns, deals in any state and activities at any time, for tests of what is computed from them (the deals
 * module has no public way yet to create a campaign or close a deal). Every call makes new records.
 */
@Component
public class DealHistoryFixtures {

    private final Customers customers;
    private final Deals deals;
    private final Activities activities;
    private final DealRepository dealRepository;
    private final CampaignRepository campaignRepository;

    DealHistoryFixtures(Customers customers, Deals deals, Activities activities, DealRepository dealRepository,
                 CampaignRepository campaignRepository) {
        this.customers = customers;
        this.deals = deals;
        this.activities = activities;
        this.dealRepository = dealRepository;
        this.campaignRepository = campaignRepository;
    }

    public Campaign campaign(String name) {
        return campaignRepository.save(new Campaign(name, null, "{}", "demo", Instant.now()));
    }

    /** A customer of sara's in that sector (the segment of profitability). */
    public Customer customer(String sector) {
        String vat = Api.randomPartitaIva();
        return customers.create(new NewCustomer(CustomerKind.CUSTOMER, "Cliente " + vat, vat, null, null, "it",
                "sara", null, null, null, null, sector, 20));
    }

    /** An open deal of the campaign (or none) for that product type. */
    public Deal deal(Customer customer, Campaign campaign, String productType) {
        Deal deal = deals.open(new NewDeal(customer.getId(), campaign == null ? null : campaign.getId(),
                "Trattativa " + productType, null));
        deal.recordOffer(null, null, productType);
        return dealRepository.save(deal);
    }

    public Deal win(Deal deal, String value, Instant at) {
        deal.win(new BigDecimal(value), at);
        return dealRepository.save(deal);
    }

    public Deal lose(Deal deal, Instant at) {
        deal.lose("Prezzo", at);
        return dealRepository.save(deal);
    }

    /** An activity of sara's on the deal, priced by the rates of {@code role}. */
    public Activity activity(Deal deal, ActivityType type, String role, int minutes, Instant at) {
        return activity(deal.getCustomerId(), deal.getId(), type, role, minutes, at);
    }

    /** An activity of sara's with the customer, on no deal. */
    public Activity activity(long customerId, Long dealId, ActivityType type, String role, int minutes, Instant at) {
        return activities.record(new NewActivity(customerId, dealId, type, role, "sara", at, minutes, null, null));
    }
}
