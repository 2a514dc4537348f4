package it.semaforo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import it.semaforo.TestData;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;
import it.semaforo.kpi.KpiLight;
import it.semaforo.kpi.Kpis;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbench test}). Scenario 5, the KPI dashboard: {@code bench.dashboard.rows}
 * (1,000,000) active deadlines spread over the next two years, written straight into the table (the KPI queries
 * read the table only, and a million lifecycles would take hours to start), then every KPI light and the "next 7
 * days" widget as a manager's dashboard computes them, warmed up, timed {@code bench.dashboard.runs} (200) times.
 * Not yet measured while scenario 2 drains its timers: that scenario is still to be built.
 */
@BenchContext
class DashboardBenchmark {

    private static final String SCENARIO = "5. KPI dashboard";
    /** As many rows as the console's dashboard widget shows (console.DashboardController.WIDGET_ROWS). */
    private static final int WIDGET_ROWS = 100;
    private static final Viewer MANAGER = new Viewer("demo", Set.of(Groups.MANAGERS));

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData testData;
    @Autowired Deadlines deadlines;
    @Autowired Kpis kpis;

    @Test
    void lightsAndTheNextSevenDaysOverAMillionDeadlines() {
        int rows = Integer.getInteger("bench.dashboard.rows", 1_000_000);
        int runs = Integer.getInteger("bench.dashboard.runs", 200);
        Customer customer = testData.customer("it");
        Product product = testData.yearlyService();
        LocalDate today = deadlines.today();
        long started = System.nanoTime();
        insertDeadlines(rows, customer.getId(), product.getId(), today);
        BenchResults.report(SCENARIO, "rows written", rows, "", String.format("in %.1f s, straight SQL",
                (System.nanoTime() - started) / 1e9));

        Latencies lights = new Latencies();
        Latencies upcoming = new Latencies();
        Latencies page = new Latencies();
        for (int run = -20; run < runs; run++) { // 20 warm-up rounds first
            long t0 = System.nanoTime();
            List<KpiLight> measured = kpis.lights(MANAGER, false);
            long t1 = System.nanoTime();
            Page<Deadline> next = deadlines.upcoming(7, null, WIDGET_ROWS);
            long t2 = System.nanoTime();
            if (run >= 0) {
                lights.add(t1 - t0);
                upcoming.add(t2 - t1);
                page.add(t2 - t0);
            }
            assertThat(measured).isNotEmpty();
            assertThat(next.getContent()).isNotEmpty();
        }
        BenchResults.below(SCENARIO, "dashboard (lights + next 7 days) p95", page.percentileMillis(95), "ms", 100,
                String.format("%,d deadlines, %,d of them in the next 7 days (the widget shows %d)", rows,
                        deadlines.upcoming(7, null, WIDGET_ROWS).getTotalElements(), WIDGET_ROWS));
        lights.report(SCENARIO, "all KPI lights");
        upcoming.report(SCENARIO, "next 7 days");
    }

    /** Active yearly deadlines of one customer expiring evenly over the next 730 days, in batches. */
    private void insertDeadlines(int rows, long customerId, long productId, LocalDate today) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String series = "PostgreSQL".equals(product) ? "generate_series(1, ?) as s(n)" : "system_range(1, ?) as s(n)";
        int batch = 100_000;
        for (int done = 0; done < rows; done += batch) {
            int size = Math.min(batch, rows - done);
            jdbc.update("insert into deadline (customer_id, product_id, quantity, amount, start_date, expiry_date, "
                    + "status, anchor_expiry_date, periods_since_anchor, created_at, updated_at, version) "
                    + "select ?, ?, 1, 450.00, cast(? as date) + (s.n % 730) - 364, cast(? as date) + (s.n % 730), "
                    + "'ACTIVE', cast(? as date) + (s.n % 730), 0, current_timestamp, current_timestamp, 0 from "
                    + series, customerId, productId, today, today, today, size);
        }
        if ("PostgreSQL".equals(product)) {
            jdbc.execute("analyze deadline");
        }
    }
}
