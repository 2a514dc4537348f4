package it.semaforo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;

import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.kpi.KpiLight;
import it.semaforo.kpi.Kpis;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/**
 * Scenario 5's operation: what a manager's dashboard computes when it opens, every KPI light and the first page of
 * the "next 7 days" widget, timed part by part.
 */
final class ManagerDashboard {

    static final String SCENARIO = "5. KPI dashboard";
    /** As many rows as the console's dashboard widget shows (console.DashboardController.WIDGET_ROWS). */
    static final int WIDGET_ROWS = 100;
    private static final Viewer MANAGER = new Viewer("demo", Set.of(Groups.MANAGERS));

    private final Kpis kpis;
    private final Deadlines deadlines;
    private final Latencies lights = new Latencies();
    private final Latencies upcoming = new Latencies();
    private final Latencies whole = new Latencies();

    ManagerDashboard(Kpis kpis, Deadlines deadlines) {
        this.kpis = kpis;
        this.deadlines = deadlines;
    }

    /** Opens the dashboard once; {@code warmUp} rounds are not recorded. */
    void open(boolean warmUp) {
        long t0 = System.nanoTime();
        List<KpiLight> measured = kpis.lights(MANAGER, false);
        long t1 = System.nanoTime();
        Page<Deadline> next = deadlines.upcoming(7, null, WIDGET_ROWS);
        long t2 = System.nanoTime();
        if (!warmUp) {
            lights.add(t1 - t0);
            upcoming.add(t2 - t1);
            whole.add(t2 - t0);
        }
        assertThat(measured).isNotEmpty();
        assertThat(next.getContent()).isNotEmpty();
    }

    int opened() {
        return whole.count();
    }

    /** Reports the whole dashboard's p95 against the target (under 100 ms) and each part's percentiles. */
    void report(String when, String note) {
        BenchResults.below(SCENARIO, "dashboard (lights + next 7 days) p95" + when, whole.percentileMillis(95), "ms",
                100, note);
        lights.report(SCENARIO, "all KPI lights" + when);
        upcoming.report(SCENARIO, "next 7 days" + when);
    }
}
