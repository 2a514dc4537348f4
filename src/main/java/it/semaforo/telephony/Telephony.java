package it.semaforo.telephony;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.customers.PhoneNumbers;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineStatus;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.deals.Activities;
import it.semaforo.deals.Activity;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealEvents;
import it.semaforo.deals.Deals;
import it.semaforo.deals.NewActivity;
import it.semaforo.platform.GroupDirectory;
import it.semaforo.platform.Groups;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Turns the phone system's events into activities on the customer's deal and messages to the deal's process. The
 * number is matched to a customer; among several customers with that number, the oldest with an open deal wins,
 * else the oldest. The deal is the one the event names (it must be that customer's), else the customer's newest
 * open deal, else none. Everything an event changes commits together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class Telephony {

    /** Prefix of the activities' external id, so that phone event ids never clash with other systems' ids. */
    static final String EXTERNAL_ID_PREFIX = "tel:";
    private static final int RECENT_ACTIVITIES = 5;

    private final Customers customers;
    private final Deals deals;
    private final Activities activities;
    private final Deadlines deadlines;
    private final GroupDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Telephony(Customers customers, Deals deals, Activities activities, Deadlines deadlines, GroupDirectory directory,
              ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.deals = deals;
        this.activities = activities;
        this.deadlines = deadlines;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PhoneEventOutcome handle(PhoneEvent event) {
        String externalId = EXTERNAL_ID_PREFIX + event.eventId();
        var known = activities.byExternalId(externalId);
        if (known.isPresent()) {
            Activity activity = known.get();
            return outcome(event, activity, activity.getCustomerId(), null, true);
        }
        String number = PhoneNumbers.normalise(event.number())
                .orElseThrow(() -> new InvalidInputException("number", "semaforo.telephony.number.invalid"));
        if (event.type() == PhoneEventType.BUSY) {
            checkCallbackTime(event.callbackAt());
        }
        List<Customer> candidates = customers.byPhone(number);
        if (candidates.isEmpty()) {
            if (event.type() == PhoneEventType.INBOUND_CALL) {
                return PhoneEventOutcome.unmatched(event.eventId());
            }
            throw NotFoundException.byField("number", "semaforo.telephony.number.unknown", number);
        }
        Deal named = event.dealId() == null ? null : namedDeal(event.dealId());
        Customer customer = named == null ? preferred(candidates) : customerOf(named, candidates);
        Deal deal = named != null ? named : deals.openDealsOf(customer.getId()).stream().findFirst().orElse(null);

        Activity activity = activities.record(new NewActivity(customer.getId(), deal == null ? null : deal.getId(),
                event.type().activityType(), roleOf(event.operator()), event.operator(), event.occurredAt(),
                minutes(event.durationSeconds()), event.notes(), externalId));
        if (deal != null && event.type() == PhoneEventType.BUSY) {
            deals.requestCallback(deal.getId(), event.callbackAt());
        } else if (deal != null) {
            events.publishEvent(new DealEvents.TelephonyEvent(deal.getId(), event.type().name(), activity.getId()));
        }
        return outcome(event, activity, customer.getId(), candidates.size() > 1 ? candidates.size() : null, false);
    }

    private void checkCallbackTime(Instant callbackAt) {
        if (callbackAt == null) {
            throw new InvalidInputException("callbackAt", "semaforo.telephony.callbackAt.required");
        }
        if (!callbackAt.isAfter(clock.instant())) {
            throw new InvalidInputException("callbackAt", "semaforo.telephony.callbackAt.past");
        }
    }

    private Deal namedDeal(long dealId) {
        try {
            return deals.get(dealId);
        } catch (NotFoundException missing) {
            throw new InvalidInputException("dealId", "semaforo.reference.missing");
        }
    }

    /** The customer the named deal belongs to, which must be one of those with the number. */
    private static Customer customerOf(Deal deal, List<Customer> candidates) {
        return candidates.stream()
                .filter(candidate -> Objects.equals(candidate.getId(), deal.getCustomerId()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("dealId", "semaforo.telephony.deal.otherNumber"));
    }

    /** The oldest customer with an open deal, else the oldest (candidates come oldest first). */
    private Customer preferred(List<Customer> candidates) {
        return candidates.stream()
                .filter(candidate -> !deals.openDealsOf(candidate.getId()).isEmpty())
                .findFirst()
                .orElse(candidates.get(0));
    }

    /** The rates are per role: the operator's group, the call center when the operator is unknown. */
    private String roleOf(String operator) {
        Set<String> groups = operator == null ? Set.of() : directory.groupsOf(operator);
        return groups.contains(Groups.SALES) && !groups.contains(Groups.CALLCENTER) ? Groups.SALES
                : Groups.CALLCENTER;
    }

    /** Every minute begun counts, as telephone operators bill: 61 seconds are 2 minutes. */
    static int minutes(Integer durationSeconds) {
        return durationSeconds == null ? 0 : (durationSeconds + 59) / 60;
    }

    private PhoneEventOutcome outcome(PhoneEvent event, Activity activity, long customerId, Integer candidates,
                                      boolean replayed) {
        Boolean callbackPlanned = event.type() == PhoneEventType.BUSY ? activity.getDealId() != null : null;
        CallerCard card = event.type() == PhoneEventType.INBOUND_CALL ? card(customerId, activity.getId()) : null;
        return new PhoneEventOutcome(event.eventId(), true, customerId, candidates, activity.getDealId(),
                activity.getId(), activity.getType(), activity.getCost(), callbackPlanned, replayed, card);
    }

    /** The caller's card; the call being answered is not among its latest activities. */
    private CallerCard card(long customerId, long currentActivityId) {
        Customer customer = customers.get(customerId);
        List<Deadline> active = deadlines.ofCustomer(customerId).stream()
                .filter(deadline -> deadline.getStatus() == DeadlineStatus.ACTIVE)
                .toList();
        LocalDate nextExpiry = active.stream().map(Deadline::getExpiryDate).min(Comparator.naturalOrder())
                .orElse(null);
        List<CallerCard.OpenDeal> openDeals = deals.openDealsOf(customerId).stream()
                .map(deal -> new CallerCard.OpenDeal(deal.getId(), deal.getTitle(), deal.getPhase(),
                        deal.getSellerUserId()))
                .toList();
        List<CallerCard.RecentActivity> recent = activities.timeline(customerId).stream()
                .filter(activity -> activity.getId() != currentActivityId)
                .limit(RECENT_ACTIVITIES)
                .map(activity -> new CallerCard.RecentActivity(activity.getOccurredAt(), activity.getType().name(),
                        activity.getUserId(), activity.getDealId()))
                .toList();
        return new CallerCard(customer.getId(), customer.getName(), customer.getKind(), customer.getOwnerUserId(),
                customer.getPhone(), customer.getCity(), customer.getProvince(),
                new CallerCard.Deadlines(active.size(), nextExpiry), openDeals, recent);
    }
}
