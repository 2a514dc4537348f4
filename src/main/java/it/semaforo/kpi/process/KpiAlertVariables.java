package it.semaforo.kpi.process;

import java.util.Arrays;
import java.util.List;

/** Names shared by the {@code kpi-alerts} model and its Java side. Variables hold KPI codes and user ids only. */
final class KpiAlertVariables {

    static final String PROCESS = "kpi-alerts";

    /** The codes of the KPIs whose light got worse in this cycle, comma-separated; empty when none. */
    static final String WORSENED_KPIS = "worsenedKpis";

    /** Element variable of the digest multi-instance: the Camunda user id of one recipient. */
    static final String RECIPIENT_ID = "recipientId";

    /** Element variable of the review multi-instance: the code of one worsened KPI. */
    static final String KPI_CODE = "kpiCode";

    private KpiAlertVariables() {
    }

    static List<String> codes(String worsenedKpis) {
        if (worsenedKpis == null || worsenedKpis.isBlank()) {
            return List.of();
        }
        return Arrays.stream(worsenedKpis.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }
}
