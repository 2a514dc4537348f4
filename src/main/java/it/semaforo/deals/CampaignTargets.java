package it.semaforo.deals;

import java.util.List;

import it.semaforo.customers.Customer;

/** How many customers a filter selects, and the first of them (by id). */
public record CampaignTargets(int count, List<Customer> first) {
}
