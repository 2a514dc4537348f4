package it.semaforo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import it.semaforo.TestData;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.kpi.Kpis;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbench test}). Scenario 5, the KPI dashboard over the million deadlines of
 * {@link MillionDeadlines} on a quiet system: every KPI light and the "next 7 days" widget as a manager's dashboard
 * computes them, warmed up, timed {@code bench.dashboard.runs} (200) times. {@link TimersBenchmark} measures it again
 * while scenario 2 drains its timers.
 */
@BenchContext
class DashboardBenchmark {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData testData;
    @Autowired Deadlines deadlines;
    @Autowired Kpis kpis;

    @Test
    void lightsAndTheNextSevenDaysOverAMillionDeadlines() {
        int runs = Integer.getInteger("bench.dashboard.runs", 200);
        MillionDeadlines.Rows rows = MillionDeadlines.ensure(jdbc, testData, deadlines.today());
        BenchResults.report(ManagerDashboard.SCENARIO, "rows written", rows.count(), "",
                String.format("in %.1f s, straight SQL", rows.seconds()));

        ManagerDashboard dashboard = new ManagerDashboard(kpis, deadlines);
        for (int run = -20; run < runs; run++) { // 20 warm-up rounds first
            dashboard.open(run < 0);
        }
        dashboard.report("", String.format("%,d deadlines, %,d of them in the next 7 days (the widget shows %d)",
                rows.count(), deadlines.upcoming(7, null, ManagerDashboard.WIDGET_ROWS).getTotalElements(),
                ManagerDashboard.WIDGET_ROWS));
    }
}
