package it.semaforo.deals.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import it.semaforo.platform.GroupDirectory;

/**
 * The managers' escalation task of a phase idle past its SLA ({@code ${dealEscalations.opened(task)}} on create,
 * {@code ${dealEscalations.handled(task)}} on complete). It shows which phase task is late and who has it; the manager
 * may hand that task to someone else (action REASSIGN with {@code newAssignee}), add a note or dismiss it.
 */
// public: the engine's expression language only calls methods of public classes
@Component("dealEscalations")
public class DealEscalations {

    private final TaskService tasks;
    private final GroupDirectory directory;
    private final MessageSource messages;

    DealEscalations(TaskService tasks, GroupDirectory directory, MessageSource messages) {
        this.tasks = tasks;
        this.directory = directory;
        this.messages = messages;
    }

    /** Remembers, on the escalation task itself, the late phase task and its assignee at the time. */
    public void opened(DelegateTask escalation) {
        tasks.createTaskQuery().processInstanceId(escalation.getProcessInstanceId()).active().list().stream()
                .filter(task -> !task.getTaskDefinitionKey().equals(escalation.getTaskDefinitionKey()))
                .findFirst()
                .ifPresent(late -> {
                    escalation.setVariableLocal(DealKeys.ESCALATED_TASK_ID, late.getId());
                    escalation.setVariableLocal(DealKeys.ESCALATED_PHASE, late.getTaskDefinitionKey());
                    escalation.setVariableLocal(DealKeys.ESCALATED_ASSIGNEE, late.getAssignee());
                    escalation.setDescription(late.getName() + " (" + late.getTaskDefinitionKey() + ")"
                            + (late.getAssignee() == null ? "" : " → " + late.getAssignee()));
                });
    }

    /** REASSIGN gives the late task, if still open, to {@code newAssignee}; an unknown user refuses the completion. */
    public void handled(DelegateTask escalation) {
        if (!DealKeys.REASSIGN.equals(escalation.getVariable(DealKeys.ESCALATION_ACTION))) {
            return;
        }
        String assignee = FormValues.text(escalation.getVariable(DealKeys.NEW_ASSIGNEE));
        if (assignee == null || !directory.userExists(assignee)) {
            throw new ProcessEngineException(messages.getMessage("semaforo.deal.process.unknownUser",
                    new Object[] {assignee}, LocaleContextHolder.getLocale()));
        }
        Object lateTaskId = escalation.getVariableLocal(DealKeys.ESCALATED_TASK_ID);
        Task late = lateTaskId == null ? null : tasks.createTaskQuery().taskId(lateTaskId.toString()).singleResult();
        if (late != null) {
            tasks.setAssignee(late.getId(), assignee);
        }
    }
}
