package it.semaforo.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies the runtime state of one waiting {@code deadline-lifecycle} (its executions, timer jobs, message
 * subscriptions and variables) for every deadline of an id range, with plain SQL on PostgreSQL: a million lifecycles
 * started through the engine would take about two hours on the benchmark machine, the copies take minutes. Each copy
 * is the template with every instance id suffixed by {@code .<deadline id>}, its business key and {@code deadlineId}
 * variable set to its deadline, and its timers moved {@code deadline id % 730} days later, so that due dates spread
 * over two years as the deadlines' expiries do. The engine takes the copies for its own: their timers fire and their
 * messages correlate. Only their start has no history (the {@code ACT_HI_*} tables hold the template's alone).
 */
final class LifecycleClones {

    /** Columns holding ids of the template instance's own rows: suffixed in every copy. */
    private static final Set<String> INSTANCE_IDS = Set.of("id_", "parent_id_", "proc_inst_id_",
            "process_instance_id_", "execution_id_", "super_exec_", "root_proc_inst_id_", "var_scope_",
            "act_inst_id_");

    /** The engine's runtime tables a waiting lifecycle has rows in, with the column naming its process instance. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"act_ru_execution", "proc_inst_id_"},
            new String[] {"act_ru_job", "process_instance_id_"},
            new String[] {"act_ru_event_subscr", "proc_inst_id_"},
            new String[] {"act_ru_variable", "proc_inst_id_"});

    private final JdbcTemplate jdbc;
    private final String template;

    /** {@code template}: the process instance id of a waiting lifecycle, with no user task yet. */
    LifecycleClones(JdbcTemplate jdbc, String template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The id, in the copy for {@code deadlineId}, of the template's row with id {@code templateId}. */
    static String copyId(String templateId, long deadlineId) {
        return templateId + "." + deadlineId;
    }

    /** Copies the template for the deadlines {@code firstId..lastId}, {@code batch} deadlines per transaction. */
    void copyFor(long firstId, long lastId, int batch) {
        List<String> inserts = TABLES.stream().map(table -> insertFor(table[0], table[1])).toList();
        for (long from = firstId; from <= lastId; from += batch) {
            long to = Math.min(lastId, from + batch - 1);
            for (String insert : inserts) {
                jdbc.update(insert, from, to, template);
            }
            jdbc.update("update deadline set process_instance_id = ? || '.' || id where id between ? and ?",
                    template, from, to);
        }
        // the copies and the deadlines' update leave dead rows and stale statistics behind, which a live system
        // accumulating its lifecycles over years would not have
        for (String[] table : TABLES) {
            jdbc.execute("vacuum analyze " + table[0]);
        }
        jdbc.execute("vacuum analyze deadline");
    }

    /** {@code insert into T (...) select <template row, ids suffixed> from T, deadline d where ... d.id between}. */
    private String insertFor(String table, String instanceColumn) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position",
                String.class, table);
        String values = columns.stream().map(column -> copyOf(table, column)).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + values + " from " + table
                + " t join deadline d on d.id between ? and ? where t." + instanceColumn + " = ?";
    }

    private static String copyOf(String table, String column) {
        if (INSTANCE_IDS.contains(column)) {
            return "t." + column + " || '.' || d.id"; // null stays null
        }
        if (column.equals("business_key_")) {
            return "case when t.business_key_ is null then null else cast(d.id as varchar) end";
        }
        if (table.equals("act_ru_variable") && column.equals("long_")) {
            return "case when t.name_ = 'deadlineId' then d.id else t.long_ end";
        }
        if (table.equals("act_ru_variable") && column.equals("text_")) {
            return "case when t.name_ = 'deadlineId' then cast(d.id as varchar) else t.text_ end";
        }
        if (table.equals("act_ru_job") && column.equals("duedate_")) {
            return "t.duedate_ + (d.id % 730) * interval '1 day'";
        }
        return "t." + column;
    }
}
