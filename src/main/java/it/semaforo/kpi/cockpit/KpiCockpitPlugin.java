package it.semaforo.kpi.cockpit;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit backend plugin {@value #ID}, registered through {@code META-INF/services} (the webapp finds it with
 * a {@link java.util.ServiceLoader}, outside Spring). It adds one JAX-RS resource that answers the KPI lights of
 * the user signed in to Cockpit: {@code GET /camunda/api/cockpit/plugin/semaforo-kpi/{engine}/lights}.
 *
 * <p>The dashboard itself is a plain ES module loaded as a Cockpit custom script (see
 * {@code META-INF/resources/webjars/camunda/app/cockpit/scripts/config.js}). Cockpit also imports the
 * {@code app/plugin.js} of every backend plugin; this plugin's one is an empty module, so that the dashboard is
 * not rendered twice.
 */
public class KpiCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "semaforo-kpi";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(KpiCockpitRootResource.class);
    }

    @Override
    public String getAssetDirectory() {
        return "plugin-webapp/" + ID;
    }
}
