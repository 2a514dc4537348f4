package it.semaforo.kpi.cockpit;

import java.util.HashSet;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

import it.semaforo.kpi.web.KpiLightView;
import it.semaforo.platform.Viewer;

/** The KPI lights the Cockpit user may see, as {@code GET /api/kpis} answers them (names in Italian). */
public class KpiLightsResource extends AbstractCockpitPluginResource {

    public KpiLightsResource(String engineName) {
        super(engineName);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<KpiLightView> lights() {
        // the webapp's authentication filter hands the signed-in user and groups to the engine for this request
        Authentication user = getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            throw new WebApplicationException(Response.Status.UNAUTHORIZED);
        }
        Viewer viewer = new Viewer(user.getUserId(),
                user.getGroupIds() == null ? new HashSet<>() : new HashSet<>(user.getGroupIds()));
        return KpiCockpitBridge.current().lights(viewer);
    }
}
