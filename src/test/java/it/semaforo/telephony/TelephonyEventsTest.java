package it.semaforo.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealEvents;

/**
 * The messages for the deal's process: a busy number asks for a callback at the time given, other events tell the
 * process what happened, a replay tells it nothing. Called on the service, in the test's thread, where
 * {@link ApplicationEvents} records what is published.
 */
@IntegrationTest
@RecordApplicationEvents
class TelephonyEventsTest {

    @Autowired Telephony telephony;
    @Autowired TelephonyFixtures fixtures;
    @Autowired ApplicationEvents events;

    private static PhoneEvent event(PhoneEventType type, String number, Instant callbackAt) {
        return new PhoneEvent(UUID.randomUUID().toString(), type, number, "carlo", null, null, 30, callbackAt, null);
    }

    @Test
    void aBusyNumberRequestsACallbackOnTheDealAtTheChosenTimeOnce() {
        String number = TelephonyFixtures.newMobileNumber();
        Deal deal = fixtures.openDeal(fixtures.customer(number), "Occupato");
        Instant callbackAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        PhoneEvent busy = event(PhoneEventType.BUSY, number, callbackAt);

        telephony.handle(busy);
        PhoneEventOutcome replay = telephony.handle(busy);

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.callbackPlanned()).isTrue();
        assertThat(events.stream(DealEvents.CallbackRequested.class))
                .containsExactly(new DealEvents.CallbackRequested(deal.getId(), callbackAt));
        assertThat(events.stream(DealEvents.TelephonyEvent.class)).isEmpty();
    }

    @Test
    void otherEventsOnADealArePublishedForTheProcessWithTheirActivity() {
        String number = TelephonyFixtures.newMobileNumber();
        Customer customer = fixtures.customer(number);
        Deal deal = fixtures.openDeal(customer, "Chiamate");

        PhoneEventOutcome call = telephony.handle(event(PhoneEventType.OUTBOUND_CALL, number, null));
        PhoneEventOutcome inbound = telephony.handle(event(PhoneEventType.INBOUND_CALL, number, null));
        telephony.handle(event(PhoneEventType.OUTBOUND_CALL, fixturesNumberWithoutDeal(), null));

        assertThat(events.stream(DealEvents.TelephonyEvent.class)).containsExactly(
                new DealEvents.TelephonyEvent(deal.getId(), "OUTBOUND_CALL", call.activityId()),
                new DealEvents.TelephonyEvent(deal.getId(), "INBOUND_CALL", inbound.activityId()));
        assertThat(events.stream(DealEvents.CallbackRequested.class)).isEmpty();
    }

    /** A customer without deals: their calls are recorded, and no deal hears of them. */
    private String fixturesNumberWithoutDeal() {
        String number = TelephonyFixtures.newMobileNumber();
        fixtures.customer(number);
        return number;
    }
}
