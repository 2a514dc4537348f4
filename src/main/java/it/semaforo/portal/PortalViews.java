package it.semaforo.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.RenewalPreview;

/** What the portal pages show: plain values, read inside the service's transaction. */
public final class PortalViews {

    private PortalViews() {
    }

    /** A period of a service. {@code daysRemaining} is null for renewed and cancelled periods. */
    public record ServicePeriod(long id, String productName, String description, LocalDate startDate,
                                LocalDate expiryDate, BigDecimal amount, DeadlineStatus status, Integer daysRemaining,
                                Urgency urgency, RenewalOffer offer, LocalDate renewalOpensOn) {
    }

    /** "Le mie scadenze": the active services, soonest expiry first, and the past periods, latest first. */
    public record MyServices(List<ServicePeriod> active, List<ServicePeriod> history) {
    }

    /**
     * The checkout of a quick renewal: the period, whether it is offered, the new period and price when it is, the
     * order when it was renewed on the portal already, and the payment methods.
     */
    public record Checkout(ServicePeriod period, RenewalPreview renewal, Optional<RenewalOrder> order,
                           List<String> paymentMethods) {
    }

    /** A placed order with the renewed service's name and what is left to pay. */
    public record PlacedOrder(RenewalOrder order, String productName, String description,
                              Optional<PaymentInstructions> instructions) {
    }
}
