package it.semaforo.kpi.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Root of the plugin's API, {@code /camunda/api/cockpit/plugin/semaforo-kpi}; created by the webapp's JAX-RS runtime. */
@Path("plugin/" + KpiCockpitPlugin.ID)
public class KpiCockpitRootResource extends AbstractCockpitPluginRootResource {

    public KpiCockpitRootResource() {
        super(KpiCockpitPlugin.ID);
    }

    /**
     * The lights of the signed-in user. The webapp's security filter lets only users authenticated for that engine
     * get here (others: 401).
     */
    @Path("{engineName}/lights")
    public KpiLightsResource lights(@PathParam("engineName") String engineName) {
        return subResource(new KpiLightsResource(engineName), engineName);
    }
}
