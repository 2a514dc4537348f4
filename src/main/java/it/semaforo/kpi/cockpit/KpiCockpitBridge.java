package it.semaforo.kpi.cockpit;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import it.semaforo.kpi.Kpis;
import it.semaforo.kpi.web.KpiLightView;
import it.semaforo.platform.Viewer;

/**
 * The one bridge from the Cockpit plugin to Spring. The plugin's JAX-RS resources are created by the Camunda
 * webapp's own runtime, not by Spring, so they cannot be injected; this bean registers itself in a static field when
 * the context starts (and clears it when the context closes) and offers them exactly what they need: the lights of
 * a viewer.
 */
@Component
class KpiCockpitBridge {

    private static volatile KpiCockpitBridge current;

    private final Kpis kpis;
    private final IdentityService identity;

    KpiCockpitBridge(Kpis kpis, IdentityService identity) {
        this.kpis = kpis;
        this.identity = identity;
    }

    @PostConstruct
    void register() {
        current = this;
    }

    @PreDestroy
    void unregister() {
        if (current == this) {
            current = null;
        }
    }

    static KpiCockpitBridge current() {
        KpiCockpitBridge bridge = current;
        if (bridge == null) {
            throw new WebApplicationException("Semaforo is not started", Response.Status.SERVICE_UNAVAILABLE);
        }
        return bridge;
    }

    /**
     * The lights the viewer may see, worst first, with their trend. They are measured without the engine's
     * authorization checks, as {@code /api/kpis} and the kpi-alerts cycle measure them: a KPI is one number for
     * everybody (a count of tasks past their SLA counts every task), and who may see it is the definition's
     * {@code visibleTo}.
     */
    List<KpiLightView> lights(Viewer viewer) {
        Authentication cockpitUser = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return kpis.lights(viewer, false).stream()
                    .map(light -> KpiLightView.of(light,
                            kpis.trend(light.definition().getCode(), KpiLightView.TREND_POINTS), Locale.ITALIAN))
                    .toList();
        } finally {
            if (cockpitUser != null) {
                identity.setAuthentication(cockpitUser);
            }
        }
    }
}
