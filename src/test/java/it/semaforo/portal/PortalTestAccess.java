package it.semaforo.portal;

import org.springframework.stereotype.Component;

/** What tests outside this package need of the portal's internals: a signed-in customer and a stored order. */
@Component
public class PortalTestAccess {

    private final PortalAccess access;
    private final RenewalOrderRepository orders;

    PortalTestAccess(PortalAccess access, RenewalOrderRepository orders) {
        this.access = access;
        this.orders = orders;
    }

    /** The portal customer of that address, as a session of theirs would see it. */
    public PortalCustomer customer(String email) {
        return access.customerWithEmail(email).orElseThrow();
    }

    public RenewalOrder order(long id) {
        return orders.findById(id).orElseThrow();
    }
}
