package it.semaforo.portal;

import java.util.Optional;

/**
 * A way to pay a renewal. The portal offers every provider bean; {@link BankTransferPayments} (pay later by bank
 * transfer) is built in, a card or wallet provider is another bean.
 */
public interface PaymentProvider {

    /** The method's code, stored on the order and shown to customers as the message {@code portal.payment.<code>}. */
    String method();

    /**
     * Starts collecting the payment, inside the order's transaction: PAID when it was collected at once, PENDING
     * when it is still to arrive. A failure throws, and nothing of the order is kept.
     */
    PaymentStatus start(PaymentRequest request);

    /** What the customer must still do to pay the order, if anything. */
    Optional<PaymentInstructions> instructions(RenewalOrder order);
}
