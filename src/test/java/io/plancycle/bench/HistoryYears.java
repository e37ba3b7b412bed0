package io.plancycle.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Past years in bulk, for benchmarks that need a database many years old: copies of cycles that were really driven
 * through the engine and the services, written by SQL ({@code insert … select}) rather than driven again, which would
 * take hours. One copy of a finished cycle adds, as from a year {@code k} years earlier, its cycle row, its agencies'
 * plans (stage and texts as they ended), their reviews, the notifications of the cycle, and the engine's history of it
 * (ACT_HI_PROCINST and ACT_HI_TASKINST, ids suffixed {@code -h<copy>}, times moved back). The engine's other history
 * tables (activity instances, variables, identity links) are not copied.
 */
final class HistoryYears {

    /** The engine's history tables copied, and the id columns whose values get the copy's suffix. */
    private static final Map<String, Set<String>> ENGINE_TABLES = Map.of(
            "ACT_HI_PROCINST", Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_"),
            "ACT_HI_TASKINST", Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_", "ACT_INST_ID_",
                    "PARENT_TASK_ID_", "CASE_INST_ID_", "CASE_EXECUTION_ID_"));

    private final JdbcTemplate jdbc;

    HistoryYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The engine's historic tasks, completed or not. */
    long historicTasks() {
        return jdbc.queryForObject("select count(*) from ACT_HI_TASKINST", Long.class);
    }

    /**
     * Copies the cycle of {@code sourceYear} (finished, its engine history written) as the cycle of {@code year},
     * {@code yearsBack} years earlier; {@code copy} makes the engine's ids unique.
     */
    void copy(int sourceYear, int year, int yearsBack, int copy) {
        long source = jdbc.queryForObject("select id from cycle where roc_year = ?", Long.class, sourceYear);
        String days = "-" + 365 * yearsBack;
        String suffix = "-h" + copy;
        jdbc.update("insert into cycle (roc_year, stage, process_instance_id, opened_by, opened_at, approved_at, version)"
                + " select ?, stage, process_instance_id || ?, opened_by, dateadd('DAY', " + days + ", opened_at),"
                + " dateadd('DAY', " + days + ", approved_at), version from cycle where id = ?", year, suffix, source);
        long target = jdbc.queryForObject("select id from cycle where roc_year = ?", Long.class, year);
        jdbc.update("insert into cycle_deadline (cycle_id, stage, due_on) select ?, stage, dateadd('DAY', " + days
                + ", due_on) from cycle_deadline where cycle_id = ?", target, source);
        List<String> planColumns = columns("PLAN", Set.of("ID", "CYCLE_ID", "PROCESS_INSTANCE_ID", "SUBMITTED_AT"));
        jdbc.update("insert into plan (cycle_id, process_instance_id, submitted_at, " + String.join(", ", planColumns)
                + ") select ?, process_instance_id || ?, dateadd('DAY', " + days + ", submitted_at), "
                + String.join(", ", planColumns) + " from plan where cycle_id = ?", target, suffix, source);
        jdbc.update("insert into review (plan_id, round, decision, overall, reviewer, decided_at)"
                + " select np.id, r.round, r.decision, r.overall, r.reviewer, dateadd('DAY', " + days + ", r.decided_at)"
                + " from review r join plan op on op.id = r.plan_id join plan np on np.agency_id = op.agency_id"
                + " and np.cycle_id = ? where op.cycle_id = ?", target, source);
        List<String> noticeColumns = columns("NOTIFICATION", Set.of("ID", "DEDUP_KEY", "NEXT_ATTEMPT_AT", "CREATED_AT",
                "SENT_AT"));
        jdbc.update("insert into notification (dedup_key, next_attempt_at, created_at, sent_at, "
                + String.join(", ", noticeColumns) + ") select dedup_key || ?, dateadd('DAY', " + days
                + ", next_attempt_at), dateadd('DAY', " + days + ", created_at), dateadd('DAY', " + days + ", sent_at), "
                + String.join(", ", noticeColumns) + " from notification n where n.dedup_key not like '%-h%'"
                + " and n.created_at >= (select opened_at from cycle where id = ?)"
                + " and n.created_at <= coalesce((select approved_at from cycle where id = ?), n.created_at)",
                suffix, source, source);
        String instances = "select process_instance_id from plan where cycle_id = " + source
                + " union select process_instance_id from cycle where id = " + source;
        ENGINE_TABLES.forEach((table, ids) -> copyEngineRows(table, ids, instances, days, suffix));
    }

    private void copyEngineRows(String table, Set<String> ids, String instances, String days, String suffix) {
        List<String> all = columns(table, Set.of());
        List<String> timestamps = jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
                + " and data_type like 'TIMESTAMP%'", String.class, table);
        String select = all.stream().map(c -> ids.contains(c) ? c + " || '" + suffix + "'"
                : timestamps.contains(c) ? "dateadd('DAY', " + days + ", " + c + ")" : c).collect(Collectors.joining(", "));
        jdbc.update("insert into " + table + " (" + String.join(", ", all) + ") select " + select + " from " + table
                + " where PROC_INST_ID_ in (" + instances + ")");
    }

    private List<String> columns(String table, Set<String> except) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
                + " order by ordinal_position", String.class, table).stream()
                .map(c -> c.toUpperCase(Locale.ROOT)).filter(c -> !except.contains(c)).toList();
    }
}
