package it.semaforo.deals.process;

import java.math.BigDecimal;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Conditions and timers of the {@code deal} model, e.g. {@code ${dealRules.needsApproval(discountPercent)}}, read
 * from {@code semaforo.deals} each time the model asks.
 */
// public: the engine's expression language only calls methods of public classes
@Component("dealRules")
public class DealRules {

    private final DealProcessSettings settings;

    DealRules(DealProcessSettings settings) {
        this.settings = settings;
    }

    /** An offer needs administration's approval when its discount (%) is above the threshold. */
    public boolean needsApproval(Object discountPercent) {
        BigDecimal discount = FormValues.decimal(discountPercent);
        return discount != null && discount.compareTo(settings.discountApprovalThreshold()) > 0;
    }

    /** Unreachable calls after which the deal is lost. */
    public int getUnreachableAttempts() {
        return settings.unreachableAttempts();
    }

    /** ISO 8601 duration before an unreachable customer is called again. */
    public String getRetryDelay() {
        return settings.unreachableRetry().toString();
    }

    /** When to call a busy customer again: the form's date-time, or the telephony's instant. */
    public Date callbackAt(Object callbackAt) {
        return Date.from(FormValues.instant(callbackAt));
    }
}
