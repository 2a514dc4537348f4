package it.semaforo.deadlines;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiSource;

/** The scadenzario's KPIs, each one indexed query over deadlines or recall actions. */
@Configuration(proxyBeanMethods = false)
class DeadlineKpis {

    /** Active deadlines expiring from today to the lead time ahead. */
    @Bean
    KpiSource contractsExpiring(DeadlineRepository deadlines) {
        return source("CONTRACTS_EXPIRING", (definition, today) -> BigDecimal.valueOf(deadlines
                .countByStatusExpiringBetween(DeadlineStatus.ACTIVE, today, today.plusDays(leadTime(definition)))));
    }

    /** Amount of the active deadlines expiring from today to the lead time ahead. */
    @Bean
    KpiSource revenueExpiring(DeadlineRepository deadlines) {
        return source("REVENUE_EXPIRING", (definition, today) -> deadlines
                .sumAmountByStatusExpiringBetween(DeadlineStatus.ACTIVE, today, today.plusDays(leadTime(definition))));
    }

    /** Deadlines that expired unrenewed within the lead time (default 30 days) before today. */
    @Bean
    KpiSource expiredUnrenewed(DeadlineRepository deadlines) {
        return source("EXPIRED_UNRENEWED", (definition, today) -> BigDecimal.valueOf(deadlines
                .countByStatusExpiringBetween(DeadlineStatus.EXPIRED, today.minusDays(leadTime(definition)),
                        today.minusDays(1))));
    }

    /** Recall actions not done whose due date has passed. */
    @Bean
    KpiSource overdueRecalls(RecallActionRepository recallActions) {
        return source("OVERDUE_RECALLS",
                (definition, today) -> BigDecimal.valueOf(recallActions.countByDoneFalseAndDueDateBefore(today)));
    }

    private static int leadTime(KpiDefinition definition) {
        return definition.getLeadTimeDays() == null ? 30 : definition.getLeadTimeDays();
    }

    private interface Measure {
        BigDecimal measure(KpiDefinition definition, LocalDate today);
    }

    private static KpiSource source(String code, Measure measure) {
        return new KpiSource() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public BigDecimal measure(KpiDefinition definition, LocalDate today) {
                return measure.measure(definition, today);
            }
        };
    }
}
