package it.semaforo.deals.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code semaforo.deals}: the rules of the {@code deal} model that a manager may tune without touching it.
 *
 * @param discountApprovalThreshold an offer whose discount (%) is above it needs administration's approval
 * @param unreachableRetry          how long the call center waits before calling an unreachable customer again
 * @param unreachableAttempts       unreachable calls after which the deal is lost
 * @param defaultSla                how long a phase may stay open before managers get an escalation task
 * @param sla                       per phase, by user task id (e.g. {@code "[UserTask_Qualify]": P1D})
 */
@ConfigurationProperties("semaforo.deals")
record DealProcessSettings(BigDecimal discountApprovalThreshold, Duration unreachableRetry, int unreachableAttempts,
                           Duration defaultSla, Map<String, Duration> sla) {

    DealProcessSettings {
        discountApprovalThreshold = discountApprovalThreshold == null ? BigDecimal.TEN : discountApprovalThreshold;
        unreachableRetry = unreachableRetry == null ? Duration.ofHours(4) : unreachableRetry;
        unreachableAttempts = unreachableAttempts <= 0 ? 3 : unreachableAttempts;
        defaultSla = defaultSla == null ? Duration.ofDays(2) : defaultSla;
        sla = sla == null ? Map.of() : Map.copyOf(sla);
    }
}
