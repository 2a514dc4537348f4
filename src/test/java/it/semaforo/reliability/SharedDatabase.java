package it.semaforo.reliability;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import it.semaforo.PostgresDatabase;

/**
 * What the test reads and does on the nodes' shared database, in SQL. Every call opens its own connection, so that a
 * call after {@link #terminateBackends()} is not left with a dead one.
 */
final class SharedDatabase {

    /** Jobs of the reminder timer, joined to their job definition (the activity they belong to). */
    private static final String REMINDER_TIMERS = """
            from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
            where d.act_id_ = 'Event_ReminderDue'""";

    /** A new connection per call (DriverManagerDataSource pools nothing). */
    private final JdbcTemplate jdbc;

    SharedDatabase(PostgresDatabase database) {
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.user(),
                database.password()));
    }

    /** Lifecycles waiting at their reminder timer, due or not. */
    long reminderTimers() {
        return count("select count(*) " + REMINDER_TIMERS);
    }

    /** Makes every reminder timer due at once, as on the morning of a big reminder day; answers how many. */
    int makeRemindersDue() {
        return jdbc.update("update act_ru_job j set duedate_ = now() - interval '1 minute' from act_ru_jobdef d "
                + "where d.id_ = j.job_def_id_ and d.act_id_ = 'Event_ReminderDue'");
    }

    /**
     * Reminder work not done yet: due reminder timers, and jobs before or after the send (the send task is
     * asynchronous on both sides). Zero once every lifecycle is past the send and waits for a later day.
     */
    long reminderJobsLeft() {
        return count("select (select count(*) " + REMINDER_TIMERS + " and j.duedate_ <= now()) + "
                + "(select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
                + "where d.act_id_ = 'Task_SendReminder')");
    }

    long incidents() {
        return count("select count(*) from act_ru_incident");
    }

    /** Outbox rows whose key ends with the suffix (such as {@code :reminder:P60D}), by status. */
    Map<String, Long> outboxStatuses(String keySuffix) {
        Map<String, Long> statuses = new HashMap<>();
        jdbc.query("select status, count(*) from outbox_message where idempotency_key like ? group by status",
                (RowCallbackHandler) row -> statuses.put(row.getString(1), row.getLong(2)), "%" + keySuffix);
        return statuses;
    }

    /** Message-ID → idempotency key of the outbox rows whose key ends with the suffix. */
    Map<String, String> keysByMessageId(String keySuffix) {
        Map<String, String> keys = new HashMap<>();
        jdbc.query("select message_id, idempotency_key from outbox_message where idempotency_key like ?",
                (RowCallbackHandler) row -> keys.put(row.getString(1), row.getString(2)), "%" + keySuffix);
        return keys;
    }

    /** Cuts every other connection to the database, as a failover or a network cut would; answers how many. */
    int terminateBackends() {
        return (int) count("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity "
                + "where datname = current_database() and pid <> pg_backend_pid()) terminated");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
