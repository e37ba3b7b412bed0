package io.plancycle.operations;

import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SampleFiles;
import io.plancycle.support.SharedServer;
import io.plancycle.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The backup of PlanCycle on PostgreSQL as the README says it: {@code pg_dump} of its database in the middle of a
 * cycle, restored with {@code pg_restore} into a new, empty database. The restored database holds what PlanCycle wrote:
 * 民政處's plan of the 158 cycle, its audit trail, an evidence file byte for byte and the engine's running process
 * instances; and its audit tables still refuse to be changed (the append-only triggers came along). Nothing is started
 * on the restored database but the SQL that reads it. PlanCycle's own backup, a copy of the H2 file, is refused there.
 */
@SharedServer
@EnabledIfSystemProperty(named = TestDatabase.SERVER, matches = ".+",
        disabledReason = "PostgreSQL only: runs in the postgresql execution of mvn verify")
class PgDumpRestorePostgresIT {

    private static final int YEAR = 158;
    private static final String AGENCY = "civil-affairs";

    @LocalServerPort
    int port;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    private String restoredUrl;

    @AfterEach
    void dropRestored() throws SQLException {
        if (restoredUrl != null) {
            try (Connection server = TestDatabase.connect(databaseUrl); Statement statement = server.createStatement()) {
                statement.execute("drop database if exists " + name(restoredUrl));
            }
        }
    }

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseHoldsThePlanItsTrailTheEvidenceAndTheProcesses() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(List.of(AGENCY));
        PlanCycleApi.User agency = api.as(AGENCY);
        long kpi = PlanJson.kpiId(agency.plan(YEAR, AGENCY).ok(), Place.of(1, 1));
        byte[] pdf = SampleFiles.pdf("157年參與人數 930 人");
        long evidence = agency.addEvidence(YEAR, AGENCY, kpi, "157年參與人數統計.pdf", pdf, "民政處活動簽到紀錄",
                "2026-01-31", "王小明（民政處科長）").expect(201).json().path("id").asLong();

        String plan = "select p.id, p.stage, p.version, p.agency_name, p.process_instance_id from plan p"
                + " join cycle c on c.id = p.cycle_id join agency a on a.id = p.agency_id"
                + " where c.roc_year = " + YEAR + " and a.code = '" + AGENCY + "'";
        String trail = "select r.id, r.changed_at, r.user_id, r.address, e.revtype, e.stage from plan_aud e"
                + " join audit_revision r on r.id = e.rev where e.id = (" + "select id from (" + plan + ") x) order by r.id";
        // The year's processes by their business keys: the cycle's (the year) and each agency's (year:agency).
        String ofTheYear = "(e.business_key_ = '" + YEAR + "' or e.business_key_ like '" + YEAR + ":%')";
        String processes = "select e.id_, e.proc_def_id_, e.business_key_ from act_ru_execution e"
                + " where e.id_ = e.proc_inst_id_ and " + ofTheYear + " order by e.id_";
        String tasks = "select t.id_, t.name_, t.assignee_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                + " where " + ofTheYear + " order by t.id_";
        List<List<Object>> planBefore;
        List<List<Object>> trailBefore;
        List<List<Object>> processesBefore;
        List<List<Object>> tasksBefore;
        try (Connection live = TestDatabase.connect(databaseUrl)) {
            planBefore = rows(live, plan);
            trailBefore = rows(live, trail);
            processesBefore = rows(live, processes);
            tasksBefore = rows(live, tasks);
        }
        assertThat(planBefore).hasSize(1);
        assertThat(trailBefore).isNotEmpty();
        assertThat(processesBefore).as("the cycle's process and 民政處's").hasSizeGreaterThanOrEqualTo(2);
        assertThat(tasksBefore).as("民政處's drafting task").isNotEmpty();

        // pg_dump of the running PlanCycle's database (a consistent snapshot), restored into a new database.
        Path dump = Files.createDirectories(Path.of("target", "pg-dump")).resolve(name(databaseUrl) + ".dump");
        run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + libpq(databaseUrl));
        restoredUrl = TestDatabase.databaseUrl(databaseUrl, name(databaseUrl) + "_restored");
        try (Connection server = TestDatabase.connect(databaseUrl); Statement statement = server.createStatement()) {
            statement.execute("create database " + name(restoredUrl));
        }
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restoredUrl), dump.toString());

        try (Connection restored = TestDatabase.connect(restoredUrl)) {
            assertThat(rows(restored, plan)).isEqualTo(planBefore);
            assertThat(rows(restored, trail)).isEqualTo(trailBefore);
            assertThat(rows(restored, processes)).isEqualTo(processesBefore);
            assertThat(rows(restored, tasks)).isEqualTo(tasksBefore);
            assertThat(rows(restored, "select content from evidence_file where evidence_id = " + evidence).get(0).get(0))
                    .isEqualTo(pdf);

            // The audit tables still refuse to be rewritten, whoever asks.
            try (Statement statement = restored.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("update plan_aud set stage = 'APPROVED'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.executeUpdate("delete from audit_revision where id < 0"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
            assertThat(rows(restored, trail)).isEqualTo(trailBefore);
        }

        // PlanCycle's own backup (a copy of the H2 file) is refused here, pointing at pg_dump.
        assertThat(api.as("admin").request(HttpMethod.POST, "/api/backups", null, MediaType.ALL).problem(409)
                .path("code").asText()).isEqualTo("backup.byServer");
    }

    private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The database a JDBC URL names. */
    private static String name(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.indexOf('/', "jdbc:postgresql://".length()) + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The libpq connection URI of a JDBC URL, with the tests' role (its password goes in PGPASSWORD). */
    private static String libpq(String jdbcUrl) {
        String uri = jdbcUrl.substring("jdbc:".length());
        int query = uri.indexOf('?');
        return (query < 0 ? uri : uri.substring(0, query)).replace("postgresql://", "postgresql://" + TestDatabase.user() + "@");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", TestDatabase.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command[0]).isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    }
}
