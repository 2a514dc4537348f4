package it.semaforo.kpi.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import it.semaforo.kpi.Kpis;

/**
 * Measures and records every KPI; {@code worsenedKpis} gets the codes of those whose light got worse since the
 * previous cycle and whose alerts are on (empty when none). A light that stays red is not reported again.
 */
@Component("evaluateKpisDelegate")
class EvaluateKpisDelegate implements JavaDelegate {

    private final Kpis kpis;

    EvaluateKpisDelegate(Kpis kpis) {
        this.kpis = kpis;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String worsened = kpis.evaluateAndRecord().stream()
                .map(kpi -> kpi.now().definition().getCode())
                .collect(Collectors.joining(","));
        execution.setVariable(KpiAlertVariables.WORSENED_KPIS, worsened);
    }
}
