package it.semaforo.credit.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import it.semaforo.credit.CreditChecks;
import it.semaforo.credit.CreditDecision;

/**
 * On completion of the review task: administration's decision (form fields {@code creditDecision},
 * {@code creditDecisionNote}) is stored on the check and on the customer's standing, with who took it (the user
 * completing the task, else its assignee) and when. A missing or unknown decision refuses the completion.
 */
@Component("creditReviewListener")
class CreditReviewListener implements TaskListener {

    private final CreditChecks checks;

    CreditReviewListener(CreditChecks checks) {
        this.checks = checks;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(CreditCheckKeys.REVIEW_DECISION);
        CreditDecision chosen;
        try {
            chosen = CreditDecision.valueOf(String.valueOf(decision));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("creditDecision must be one of ACCEPT, ADVANCE_PAYMENT, BLOCK_ORDERS, "
                    + "was " + decision);
        }
        Object note = task.getVariable(CreditCheckKeys.REVIEW_NOTE);
        long checkId = ((Number) task.getVariable(CreditCheckKeys.CHECK_ID)).longValue();
        checks.decide(checkId, chosen, note == null ? null : note.toString(), decidedBy(task));
    }

    private static String decidedBy(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
    }
}
