// Semaforo's Cockpit configuration. It replaces the webapp's default app/cockpit/scripts/config.js (same classpath
// path, META-INF/resources/webjars/camunda/..., and the application's own classes come first on the classpath).
// Every other option keeps Cockpit's default; see docs.camunda.org, "Cockpit > Extend > Configuration".
export default {
  // paths relative to app/cockpit/, without ".js"
  customScripts: [
    // the KPI lights on the dashboard (plugin point cockpit.dashboard); data from the semaforo-kpi backend plugin
    'scripts/semaforo-kpi-dashboard'
  ]
};
