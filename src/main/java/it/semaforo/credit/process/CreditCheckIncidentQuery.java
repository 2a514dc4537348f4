package it.semaforo.credit.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import it.semaforo.credit.CreditCheckIncidents;

@Component
class CreditCheckIncidentQuery implements CreditCheckIncidents {

    private final RuntimeService runtime;

    CreditCheckIncidentQuery(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public boolean hasIncident(String processInstanceId) {
        return processInstanceId != null
                && runtime.createIncidentQuery().processInstanceId(processInstanceId).count() > 0;
    }
}
