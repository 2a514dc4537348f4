package it.semaforo.bench;

import java.sql.Connection;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmarks ask of the database they run on. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    static boolean isPostgres(JdbcTemplate jdbc) {
        return "PostgreSQL".equals(jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()));
    }

    /**
     * Bytes of the tables whose name matches the SQL {@code like} pattern, with their indexes, in the current schema
     * (PostgreSQL only).
     */
    static long bytesOfTables(JdbcTemplate jdbc, String likePattern) {
        return jdbc.queryForObject("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c "
                + "join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = current_schema() and c.relkind = 'r' and c.relname like ?", Long.class,
                likePattern);
    }
}
