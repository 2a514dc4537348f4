package it.semaforo.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.credit.CreditChecks;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deadlines.Renewal;
import it.semaforo.deadlines.RenewalPreview;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;
import it.semaforo.portal.PortalViews.Checkout;
import it.semaforo.portal.PortalViews.MyServices;
import it.semaforo.portal.PortalViews.PlacedOrder;
import it.semaforo.portal.PortalViews.ServicePeriod;

/**
 * What a signed-in customer sees and does on the portal: their services, the checkout of a quick renewal and the
 * renewal itself. A deadline or order of another customer does not exist for them (404), whatever id they try.
 */
@Service
@Transactional(readOnly = true)
public class PortalServices {

    private final Deadlines deadlines;
    private final CreditChecks credit;
    private final RenewalOrderRepository orders;
    private final Map<String, PaymentProvider> providers;
    private final PortalProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortalServices(Deadlines deadlines, CreditChecks credit, RenewalOrderRepository orders,
                   List<PaymentProvider> providers, PortalProperties properties, ApplicationEventPublisher events,
                   Clock clock) {
        this.deadlines = deadlines;
        this.credit = credit;
        this.orders = orders;
        this.providers = providers.stream().collect(Collectors.toMap(PaymentProvider::method, Function.identity()));
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public MyServices services(PortalCustomer customer) {
        LocalDate today = deadlines.today();
        List<ServicePeriod> periods = deadlines.ofCustomers(customer.customerIds()).stream()
                .map(deadline -> period(deadline, today)).toList();
        return new MyServices(
                periods.stream().filter(p -> p.status() == DeadlineStatus.ACTIVE)
                        .sorted(Comparator.comparing(ServicePeriod::expiryDate).thenComparing(ServicePeriod::id))
                        .toList(),
                periods.stream().filter(p -> p.status() != DeadlineStatus.ACTIVE).toList());
    }

    public Checkout checkout(PortalCustomer customer, long deadlineId) {
        Deadline deadline = owned(customer, deadlines.get(deadlineId), deadlineId);
        ServicePeriod period = period(deadline, deadlines.today());
        RenewalPreview renewal = period.offer() == RenewalOffer.OPEN ? deadlines.previewRenewal(deadline) : null;
        return new Checkout(period, renewal, orders.findByDeadlineId(deadlineId),
                providers.keySet().stream().sorted().toList());
    }

    /**
     * Renews the period as the back office would and records the order, paying through the chosen provider. Runs
     * once per period: the deadline is locked first, so a second click or a replayed form waits for the first and
     * then gets its order back.
     */
    @Transactional
    public RenewalOrder renew(PortalCustomer customer, long deadlineId, String paymentMethod) {
        Deadline deadline = owned(customer, deadlines.lockForChange(deadlineId), deadlineId);
        Optional<RenewalOrder> placed = orders.findByDeadlineId(deadlineId);
        if (placed.isPresent()) {
            return placed.get();
        }
        PaymentProvider provider = providers.get(paymentMethod);
        if (provider == null) {
            throw new InvalidInputException("paymentMethod", "portal.renewal.unknownPaymentMethod");
        }
        if (offerFor(deadline, deadlines.today()) != RenewalOffer.OPEN) {
            throw new ConflictException("deadlineId", "portal.renewal.notOffered", deadlineId);
        }
        Deadline renewed = deadlines.renew(deadlineId, Renewal.SAME_TERMS);
        String reference = "RIN-" + deadlineId;
        PaymentStatus status = provider.start(new PaymentRequest(reference, renewed.getAmount(),
                deadline.getProduct().getName() + " " + renewed.getStartDate() + "/" + renewed.getExpiryDate(),
                customer.email()));
        RenewalOrder order = orders.save(new RenewalOrder(deadlineId, deadline.getCustomer().getId(),
                renewed.getId(), renewed.getStartDate(), renewed.getExpiryDate(), renewed.getAmount(),
                provider.method(), status, reference, customer.email(), clock.instant()));
        events.publishEvent(new RenewalOrdered(order.getId(), status == PaymentStatus.PENDING, reference,
                order.getAmount()));
        return order;
    }

    public PlacedOrder order(PortalCustomer customer, long orderId) {
        RenewalOrder order = orders.findById(orderId).filter(o -> customer.owns(o.getCustomerId()))
                .orElseThrow(() -> new NotFoundException("RenewalOrder", orderId));
        return placed(order);
    }

    /** The order with what the customer must know about it (for the confirmation e-mail). */
    public PlacedOrder order(long orderId) {
        return placed(orders.findById(orderId).orElseThrow(() -> new NotFoundException("RenewalOrder", orderId)));
    }

    /** Administration's check of a payment that was to arrive (the {@code renewal-order} process). */
    @Transactional
    public void recordPaymentCheck(long orderId, boolean received, String note) {
        orders.findById(orderId).orElseThrow(() -> new NotFoundException("RenewalOrder", orderId))
                .paymentChecked(received, note == null || note.isBlank() ? null : note.strip(), clock.instant());
    }

    private PlacedOrder placed(RenewalOrder order) {
        Deadline renewed = deadlines.get(order.getRenewedDeadlineId());
        PaymentProvider provider = providers.get(order.getPaymentMethod());
        return new PlacedOrder(order, renewed.getProduct().getName(), renewed.getDescription(),
                provider == null ? Optional.empty() : provider.instructions(order));
    }

    private ServicePeriod period(Deadline deadline, LocalDate today) {
        Integer days = deadline.daysRemaining(today);
        RenewalOffer offer = offerFor(deadline, today);
        return new ServicePeriod(deadline.getId(), deadline.getProduct().getName(), deadline.getDescription(),
                deadline.getStartDate(), deadline.getExpiryDate(), deadline.getAmount(), deadline.getStatus(), days,
                urgency(days), offer,
                offer == RenewalOffer.NOT_YET ? deadline.getExpiryDate().minusDays(properties.renewalWindowDays())
                        : null);
    }

    private RenewalOffer offerFor(Deadline deadline, LocalDate today) {
        return switch (deadline.getStatus()) {
            case RENEWED -> RenewalOffer.RENEWED;
            case EXPIRED, CANCELLED -> RenewalOffer.CLOSED;
            case ACTIVE -> {
                int days = deadline.daysRemaining(today);
                if (days <= 0) {
                    yield RenewalOffer.TOO_LATE;
                }
                if (days > properties.renewalWindowDays()) {
                    yield RenewalOffer.NOT_YET;
                }
                yield credit.ordersNeedApproval(deadline.getCustomer().getId()) ? RenewalOffer.BY_ARRANGEMENT
                        : RenewalOffer.OPEN;
            }
        };
    }

    private Urgency urgency(Integer daysRemaining) {
        if (daysRemaining == null || daysRemaining > properties.renewalWindowDays()) {
            return Urgency.GREEN;
        }
        return daysRemaining <= properties.urgentDays() ? Urgency.RED : Urgency.YELLOW;
    }

    private static Deadline owned(PortalCustomer customer, Deadline deadline, long deadlineId) {
        if (!customer.owns(deadline.getCustomer().getId())) {
            throw new NotFoundException("Deadline", deadlineId);
        }
        return deadline;
    }
}
