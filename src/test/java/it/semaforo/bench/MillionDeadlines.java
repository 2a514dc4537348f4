package it.semaforo.bench;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import it.semaforo.TestData;

/**
 * The active deadlines scenarios 2 and 5 run over: {@code bench.deadline-rows} (1,000,000) yearly deadlines of one
 * customer expiring evenly over the next 730 days, written straight into the table once per benchmark JVM (the KPI
 * queries read the table only, and a million lifecycles would take hours to start through the service).
 */
final class MillionDeadlines {

    /** The written rows: ids {@code firstId..lastId}. */
    record Rows(long firstId, long lastId, int count, double seconds) {
    }

    private static Rows rows;

    private MillionDeadlines() {
    }

    static synchronized Rows ensure(JdbcTemplate jdbc, TestData testData, LocalDate today) {
        if (rows == null) {
            rows = insert(jdbc, testData, today, Integer.getInteger("bench.deadline-rows", 1_000_000));
        }
        return rows;
    }

    private static Rows insert(JdbcTemplate jdbc, TestData testData, LocalDate today, int count) {
        long customerId = testData.customer("it").getId();
        long productId = testData.yearlyService().getId();
        boolean postgres = BenchDatabase.isPostgres(jdbc);
        String series = postgres ? "generate_series(1, ?) as s(n)" : "system_range(1, ?) as s(n)";
        long started = System.nanoTime();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from deadline", Long.class);
        int batch = 100_000;
        for (int done = 0; done < count; done += batch) {
            int size = Math.min(batch, count - done);
            jdbc.update("insert into deadline (customer_id, product_id, quantity, amount, start_date, expiry_date, "
                    + "status, anchor_expiry_date, periods_since_anchor, created_at, updated_at, version) "
                    + "select ?, ?, 1, 450.00, cast(? as date) + (s.n % 730) - 364, cast(? as date) + (s.n % 730), "
                    + "'ACTIVE', cast(? as date) + (s.n % 730), 0, current_timestamp, current_timestamp, 0 from "
                    + series, customerId, productId, today, today, today, size);
        }
        long after = jdbc.queryForObject("select max(id) from deadline", Long.class);
        if (postgres) {
            jdbc.execute("analyze deadline");
        }
        return new Rows(before + 1, after, count, (System.nanoTime() - started) / 1e9);
    }
}
