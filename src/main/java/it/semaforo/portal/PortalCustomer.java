package it.semaforo.portal;

import java.util.List;

/**
 * Who is signed in to the portal: the contact's e-mail address and the customers that have it (usually one).
 * Everything the portal shows or changes belongs to one of {@code customerIds}.
 *
 * @param language the language of the pages: the (first) customer's
 */
public record PortalCustomer(String email, List<Long> customerIds, String name, String language) {

    public boolean owns(long customerId) {
        return customerIds.contains(customerId);
    }
}
