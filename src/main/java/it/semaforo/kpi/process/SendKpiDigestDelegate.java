package it.semaforo.kpi.process;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import it.semaforo.kpi.KpiDigests;
import it.semaforo.platform.Viewer;

/**
 * Sends one recipient ({@code recipientId}) the digest of this cycle's worsened KPIs. The idempotency key
 * {@code kpi-alerts:<process instance>:digest:<user>} makes a retried job send nothing twice. The address, first
 * name and language (Camunda user info {@code language}, default Italian) come from the identity service.
 */
@Component("sendKpiDigestDelegate")
class SendKpiDigestDelegate implements JavaDelegate {

    static final String LANGUAGE_INFO = "language";

    private final KpiDigests digests;
    private final IdentityService identity;

    SendKpiDigestDelegate(KpiDigests digests, IdentityService identity) {
        this.digests = digests;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String userId = (String) execution.getVariable(KpiAlertVariables.RECIPIENT_ID);
        String key = KpiAlertVariables.PROCESS + ":" + execution.getProcessInstanceId() + ":digest:" + userId;
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return; // removed since the cycle started: nobody to write to
        }
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        String language = "en".equalsIgnoreCase(identity.getUserInfo(userId, LANGUAGE_INFO)) ? "en" : "it";
        digests.send(key, new KpiDigests.Recipient(new Viewer(userId, groups), user.getEmail(), user.getFirstName(),
                language), KpiAlertVariables.codes((String) execution.getVariable(KpiAlertVariables.WORSENED_KPIS)));
    }
}
