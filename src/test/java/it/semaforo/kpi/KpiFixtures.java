package it.semaforo.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KPI definitions for tests that share the suite's database: every test sets the thresholds it needs through
 * {@link Kpis#change} and puts the definitions back afterwards, instead of relying on how many deadlines or tasks
 * other tests left behind.
 */
public final class KpiFixtures {

    /** A threshold no value reaches: the light stays green whatever the data. */
    public static final BigDecimal UNREACHABLE = new BigDecimal("999999999999.00");

    /** Every value is at or above zero: with both thresholds at zero the light is red whatever the data. */
    public static final BigDecimal ZERO = BigDecimal.ZERO;

    private KpiFixtures() {
    }

    /** The change that would set a definition to what it is now. */
    public static KpiDefinitionChange asChange(KpiDefinition definition) {
        return new KpiDefinitionChange(definition.getLeadTimeDays(), definition.getYellowThreshold(),
                definition.getRedThreshold(), definition.getVisibleTo(), definition.getAlertRecipients(),
                definition.getOwnerGroup(), definition.isAlertsEnabled());
    }

    public static KpiDefinitionChange withThresholds(KpiDefinition definition, BigDecimal yellow, BigDecimal red) {
        KpiDefinitionChange now = asChange(definition);
        return new KpiDefinitionChange(now.leadTimeDays(), yellow, red, now.visibleTo(), now.alertRecipients(),
                now.ownerGroup(), now.alertsEnabled());
    }

    public static KpiDefinitionChange withAlerts(KpiDefinition definition, List<String> recipients, String ownerGroup,
                                                 boolean enabled) {
        KpiDefinitionChange now = asChange(definition);
        return new KpiDefinitionChange(now.leadTimeDays(), now.yellowThreshold(), now.redThreshold(),
                now.visibleTo(), recipients, ownerGroup, enabled);
    }

    public static KpiDefinitionChange withVisibleTo(KpiDefinition definition, List<String> visibleTo) {
        KpiDefinitionChange now = asChange(definition);
        return new KpiDefinitionChange(now.leadTimeDays(), now.yellowThreshold(), now.redThreshold(), visibleTo,
                now.alertRecipients(), now.ownerGroup(), now.alertsEnabled());
    }

    /**
     * A moment after every evaluation recorded so far (and not before {@code atLeast}), Rome time, on the hour. The
     * memory of a light is its latest evaluation by time, and other tests travel in time too: a test that records
     * evaluations and reads them back must come after all of them.
     */
    public static LocalDateTime afterEveryEvaluation(Kpis kpis, LocalDateTime atLeast) {
        ZoneId rome = ZoneId.of("Europe/Rome");
        Instant latest = atLeast.atZone(rome).toInstant();
        for (KpiDefinition definition : kpis.definitions()) {
            for (KpiEvaluation evaluation : kpis.trend(definition.getCode(), 1)) {
                if (!evaluation.getEvaluatedAt().isBefore(latest)) {
                    latest = evaluation.getEvaluatedAt().plus(1, ChronoUnit.DAYS);
                }
            }
        }
        return LocalDateTime.ofInstant(latest, rome).truncatedTo(ChronoUnit.HOURS);
    }

    /** Every definition as it is now, to be put back after a test. */
    public static Snapshot snapshot(Kpis kpis) {
        Map<String, KpiDefinitionChange> changes = new LinkedHashMap<>();
        kpis.definitions().forEach(definition -> changes.put(definition.getCode(), asChange(definition)));
        return new Snapshot(changes);
    }

    public record Snapshot(Map<String, KpiDefinitionChange> changes) {

        public void restore(Kpis kpis) {
            changes.forEach(kpis::change);
        }
    }
}
