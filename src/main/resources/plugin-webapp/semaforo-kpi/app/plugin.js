// Cockpit imports the app/plugin.js of every backend plugin. The Semaforo KPI dashboard is loaded once, as a
// custom script (app/cockpit/scripts/config.js -> scripts/semaforo-kpi-dashboard.js); this backend plugin only
// serves its data (GET /camunda/api/cockpit/plugin/semaforo-kpi/{engine}/lights). Nothing to add here.
export default [];
