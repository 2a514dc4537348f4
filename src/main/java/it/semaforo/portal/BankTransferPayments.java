package it.semaforo.portal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Pay later by bank transfer: nothing is collected at once, the customer gets the bank details and the reference
 * (on the page and in the confirmation e-mail), and administration checks the transfer in the {@code renewal-order}
 * process.
 */
@Component
class BankTransferPayments implements PaymentProvider {

    static final String METHOD = "BANK_TRANSFER";

    private final PortalProperties.BankTransfer bank;
    private final Clock clock;

    BankTransferPayments(PortalProperties properties, Clock clock) {
        this.bank = properties.bankTransfer();
        this.clock = clock;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public PaymentStatus start(PaymentRequest request) {
        return PaymentStatus.PENDING;
    }

    @Override
    public Optional<PaymentInstructions> instructions(RenewalOrder order) {
        if (order.getPaymentStatus() != PaymentStatus.PENDING) {
            return Optional.empty();
        }
        return Optional.of(new PaymentInstructions(bank.beneficiary(), bank.iban(), order.getPaymentReference(),
                order.getAmount(), order.getCreatedAt().atZone(clock.getZone()).toLocalDate().plusDays(bank.dueDays())));
    }
}
