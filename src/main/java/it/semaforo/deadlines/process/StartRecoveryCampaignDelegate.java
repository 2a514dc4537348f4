package it.semaforo.deadlines.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import it.semaforo.deadlines.Deadlines;

/** Starts the win-back campaign of an expired deadline, with the deadline id as business key. */
@Component("startRecoveryCampaignDelegate")
class StartRecoveryCampaignDelegate implements JavaDelegate {

    private final Deadlines deadlines;

    StartRecoveryCampaignDelegate(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long deadlineId = ProcessKeys.deadlineId(execution);
        ProcessInstance campaign = execution.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(ProcessKeys.RECOVERY, String.valueOf(deadlineId),
                        Map.of(ProcessKeys.DEADLINE_ID, deadlineId));
        deadlines.attachProcess(deadlineId, campaign.getId());
    }
}
