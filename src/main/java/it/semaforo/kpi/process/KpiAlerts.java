package it.semaforo.kpi.process;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import it.semaforo.kpi.Kpis;

/**
 * Expressions of the {@code kpi-alerts} model: the worsened KPIs (one review task each), their recipients (one
 * digest each) and the group that owns a KPI, e.g. {@code ${kpiAlerts.recipients(worsenedKpis)}}.
 */
// public: the engine's expression language only calls methods of public classes
@Component("kpiAlerts")
public class KpiAlerts {

    private static final String GROUP = "group:";
    private static final String USER = "user:";

    private final Kpis kpis;
    private final IdentityService identity;

    KpiAlerts(Kpis kpis, IdentityService identity) {
        this.kpis = kpis;
        this.identity = identity;
    }

    /** The worsened KPI codes of a cycle, in the order they were found. */
    public List<String> codes(String worsenedKpis) {
        return KpiAlertVariables.codes(worsenedKpis);
    }

    /**
     * Every user who gets the digest of a cycle: the members of each {@code group:} entry and each {@code user:}
     * entry of the worsened KPIs' alert recipients, each user once (sorted, so every evaluation gives the same
     * list). Unknown users are left out.
     */
    public List<String> recipients(String worsenedKpis) {
        Set<String> users = new TreeSet<>();
        for (String code : codes(worsenedKpis)) {
            users.addAll(users(kpis.definition(code).getAlertRecipients()));
        }
        return List.copyOf(users);
    }

    /** The Camunda group that gets the review task of a KPI. */
    public String ownerGroup(String kpiCode) {
        return kpis.definition(kpiCode).getOwnerGroup();
    }

    private Set<String> users(Collection<String> entries) {
        Set<String> users = new TreeSet<>();
        for (String entry : entries) {
            if (entry.startsWith(GROUP)) {
                identity.createUserQuery().memberOfGroup(entry.substring(GROUP.length())).list().stream()
                        .map(User::getId).forEach(users::add);
            } else if (entry.startsWith(USER)) {
                String userId = entry.substring(USER.length());
                if (identity.createUserQuery().userId(userId).count() > 0) {
                    users.add(userId);
                }
            }
        }
        return users;
    }
}
