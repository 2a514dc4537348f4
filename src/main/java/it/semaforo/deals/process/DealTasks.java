package it.semaforo.deals.process;

import java.util.List;

import org.springframework.stereotype.Component;

import it.semaforo.deals.Deals;
import it.semaforo.platform.Groups;

/**
 * Who works the seller's phases (meeting, offer, negotiation): {@code camunda:assignee="${dealTasks.sellerOf(dealId)}"}
 * makes the task the deal's seller's alone; a deal without a seller goes to the {@code sales} group instead
 * ({@code camunda:candidateGroups="${dealTasks.salesIfNoSeller(dealId)}"}), where a member claims it.
 */
// public: the engine's expression language only calls methods of public classes
@Component("dealTasks")
public class DealTasks {

    private final Deals deals;

    DealTasks(Deals deals) {
        this.deals = deals;
    }

    /** The deal's seller, or {@code null} when it has none. */
    public String sellerOf(long dealId) {
        return deals.get(dealId).getSellerUserId();
    }

    /** No candidate group when the deal has a seller (only they and managers see the task), else {@code sales}. */
    public List<String> salesIfNoSeller(long dealId) {
        return sellerOf(dealId) == null ? List.of(Groups.SALES) : List.of();
    }
}
