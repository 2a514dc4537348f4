package it.semaforo.credit.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import it.semaforo.credit.CreditFigures;
import it.semaforo.credit.CreditLight;
import it.semaforo.credit.CreditRiskRules;

/** The latest deployed {@code credit-risk} table, evaluated outside a process (same inputs as the business rule task). */
@Component
class CreditRiskDecision implements CreditRiskRules {

    private final DecisionService decisions;

    CreditRiskDecision(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public CreditLight lightFor(CreditFigures figures) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("notFound", figures.notFound());
        inputs.put("insolvencies", figures.insolvencies());
        inputs.put("voluntaryProcedures", figures.voluntaryProcedures());
        inputs.put("foreclosures", figures.foreclosures());
        inputs.put("protests", figures.protests());
        inputs.put("protestAmount", figures.protestTotal());
        inputs.put("ratingClass", figures.ratingClass());
        String light = decisions.evaluateDecisionTableByKey(CreditCheckKeys.DECISION, inputs).getSingleEntry();
        return CreditLight.valueOf(light);
    }
}
