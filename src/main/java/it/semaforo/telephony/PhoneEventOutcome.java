package it.semaforo.telephony;

import java.math.BigDecimal;

import it.semaforo.deals.ActivityType;

/**
 * The answer to the phone system. {@code matched} is false only for an inbound call from an unknown number (nothing
 * is recorded then). {@code candidates} counts the customers with that number when more than one has it.
 * {@code callbackPlanned} (BUSY only) is false when there is no open deal to call back on. {@code replayed} is true
 * when the event had been recorded before: nothing new happened. {@code caller} is the card of an inbound caller.
 */
public record PhoneEventOutcome(String eventId, boolean matched, Long customerId, Integer candidates, Long dealId,
                                Long activityId, ActivityType activityType, BigDecimal cost, Boolean callbackPlanned,
                                boolean replayed, CallerCard caller) {

    static PhoneEventOutcome unmatched(String eventId) {
        return new PhoneEventOutcome(eventId, false, null, null, null, null, null, null, null, false, null);
    }
}
