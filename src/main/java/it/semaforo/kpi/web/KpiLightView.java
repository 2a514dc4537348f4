package it.semaforo.kpi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiEvaluation;
import it.semaforo.kpi.KpiLight;
import it.semaforo.kpi.KpiMeasure;
import it.semaforo.kpi.Light;

/**
 * One traffic light as the API and the Cockpit dashboard show it: the live value coloured by the current thresholds,
 * and the trend of the last recorded values (oldest first).
 */
public record KpiLightView(String code, String name, KpiMeasure measure, BigDecimal value, Light light,
                           BigDecimal yellowThreshold, BigDecimal redThreshold, Integer leadTimeDays,
                           boolean alertsEnabled, List<BigDecimal> trend) {

    /** How many recorded evaluations the trend shows. */
    public static final int TREND_POINTS = 10;

    /** {@code newestFirst}: recorded evaluations as the repository answers them; the view turns them around. */
    public static KpiLightView of(KpiLight light, List<KpiEvaluation> newestFirst, Locale locale) {
        KpiDefinition definition = light.definition();
        List<BigDecimal> trend = new ArrayList<>(newestFirst.stream().map(KpiEvaluation::getValue).toList());
        Collections.reverse(trend);
        return new KpiLightView(definition.getCode(), definition.name(locale), definition.getMeasure(), light.value(),
                light.light(), definition.getYellowThreshold(), definition.getRedThreshold(),
                definition.getLeadTimeDays(), definition.isAlertsEnabled(), List.copyOf(trend));
    }
}
