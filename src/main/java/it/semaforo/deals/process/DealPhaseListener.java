package it.semaforo.deals.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import it.semaforo.deals.Deals;

/**
 * On the {@code create} event of each phase task: the deal's phase becomes the task's id, so a phase added or renamed
 * in Modeler needs no code (only this listener on its task).
 */
@Component("dealPhaseListener")
class DealPhaseListener implements TaskListener {

    private final Deals deals;

    DealPhaseListener(Deals deals) {
        this.deals = deals;
    }

    @Override
    public void notify(DelegateTask task) {
        deals.enterPhase(DealKeys.dealId(task), task.getTaskDefinitionKey());
    }
}
