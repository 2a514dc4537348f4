package it.semaforo.deals;

import java.time.Instant;

/** What happened to a deal, published for the process side (which starts and moves {@code deal} instances). */
public final class DealEvents {

    private DealEvents() {
    }

    /** A new deal exists: its process starts in the same transaction. */
    public record DealOpened(long dealId) {
    }

    /** The customer was busy on the phone: call again at {@code callbackAt} (message {@code CallBusy}). */
    public record CallbackRequested(long dealId, Instant callbackAt) {
    }

    /**
     * The phone system reported a call or phone appointment on the deal ({@code type}: OUTBOUND_CALL,
     * PHONE_APPOINTMENT, INBOUND_CALL), recorded as the activity {@code activityId}; for the process to correlate.
     */
    public record TelephonyEvent(long dealId, String type, long activityId) {
    }
}
