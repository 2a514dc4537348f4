package it.semaforo.kpi.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiMeasure;

/** A KPI definition: what it counts, its thresholds, who sees it and who is alerted when it gets worse. */
record KpiDefinitionView(String code, String name, String nameIt, String nameEn, KpiMeasure measure,
                         Integer leadTimeDays, BigDecimal yellowThreshold, BigDecimal redThreshold,
                         List<String> visibleTo, List<String> alertRecipients, String ownerGroup,
                         boolean alertsEnabled) {

    static KpiDefinitionView of(KpiDefinition definition, Locale locale) {
        return new KpiDefinitionView(definition.getCode(), definition.name(locale), definition.getNameIt(),
                definition.getNameEn(), definition.getMeasure(), definition.getLeadTimeDays(),
                definition.getYellowThreshold(), definition.getRedThreshold(), definition.getVisibleTo(),
                definition.getAlertRecipients(), definition.getOwnerGroup(), definition.isAlertsEnabled());
    }
}
