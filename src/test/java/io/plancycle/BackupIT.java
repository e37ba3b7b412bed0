package io.plancycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.CycleState;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanCycleApi.Response;
import io.plancycle.support.PlanCycleApp;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Actual;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SampleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning office backs the database up in the middle of a cycle through the API; the backup, unzipped into an
 * empty folder as the README says, starts a PlanCycle that has the cycle exactly as it was at the backup: stages,
 * plans, reviews, tasks and the engine's timers (Camunda's tables are in the same file), and the evidence behind the
 * actuals, every file byte for byte.
 */
class BackupIT {

    private static final int YEAR = 110;
    private static final String DRAFTING = "civil-affairs";
    private static final String IN_REVIEW = "construction";
    private static final String RETURNED = "education";
    private static final String REPORTING = "land-administration";
    private static final List<String> AGENCIES = List.of(DRAFTING, IN_REVIEW, RETURNED, REPORTING);
    private static final String BACKUP_NAME = "plancycle-\\d{8}T\\d{9}Z\\.zip";

    private final List<PlanCycleApp> apps = new ArrayList<>();

    @TempDir
    Path dataDir;
    @TempDir
    Path restoredDir;

    @AfterEach
    void stopApps() {
        apps.forEach(PlanCycleApp::close);
    }

    @Test
    void aBackupTakenMidCycleRestoresTheCycleAsItWas() throws IOException {
        PlanCycleApp original = start(dataDir);
        PlanCycleApi api = original.api();
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(AGENCIES);
        steps.saveDraft(DRAFTING, Map.of(Place.of(1, 1), Actual.of("580")));
        // The evidence behind that actual: its files are in the database, so in the backup.
        long evidenceKpi = PlanJson.kpiId(api.as(DRAFTING).plan(YEAR, DRAFTING).ok(), Place.of(1, 1));
        byte[] pdf = SampleFiles.pdf("109年參與人數 580 人");
        byte[] photo = SampleFiles.jpeg();
        List<Long> evidence = new ArrayList<>();
        for (Object[] file : new Object[][]{{"109年參與人數統計.pdf", pdf}, {"活動現場.jpg", photo}}) {
            evidence.add(api.as(DRAFTING).addEvidence(YEAR, DRAFTING, evidenceKpi, (String) file[0], (byte[]) file[1],
                    "民政處活動簽到紀錄", "2021-01-31", "王小明").expect(201).json().path("id").asLong());
        }
        JsonNode evidenceAtBackup = api.as(DRAFTING).evidence(YEAR, DRAFTING).ok();
        steps.draftAndSubmit(IN_REVIEW);
        steps.draftAndSubmit(RETURNED);
        steps.draftAndSubmit(REPORTING);
        steps.approveReview(REPORTING);
        long kpi = PlanJson.kpiId(api.as(RETURNED).plan(YEAR, RETURNED).ok(), Place.of(1, 1));
        api.as("reviewer").review(YEAR, RETURNED, "RETURN", "請檢討目標值。", new Comment(kpi, "目標值宜再提高。")).ok();

        // Only the planning office takes, lists and downloads backups.
        for (String user : List.of("reviewer", "approver", DRAFTING)) {
            api.as(user).post("/api/backups", null).problem(403);
            api.as(user).get("/api/backups").problem(403);
            api.as(user).get("/api/backups/plancycle-20260101T000000000Z.zip").problem(403);
        }
        assertThat(api.anonymous().post("/api/backups", null).status()).isEqualTo(401);
        // The engine's REST API, whose timers this test compares, is the planning office's too.
        assertThat(api.as("reviewer").get("/engine-rest/job?timers=true").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/engine-rest/job?timers=true").status()).isEqualTo(401);
        assertThat(api.as("admin").get("/api/backups").ok()).isEmpty();

        CycleState atBackup = CycleState.read(api, YEAR);
        assertThat(atBackup.timers()).hasSizeGreaterThanOrEqualTo(AGENCIES.size());
        Instant asked = Instant.now();
        Response created = api.as("admin").post("/api/backups", null).expect(201);
        JsonNode backup = created.json();
        String name = backup.path("file").asText();
        assertThat(name).matches(BACKUP_NAME);
        assertThat(backup.path("size").asLong()).isPositive();
        assertThat(Instant.parse(backup.path("createdAt").asText())).isBetween(asked.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(created.headers().getLocation()).hasToString("/api/backups/" + name);
        assertThat(Files.size(dataDir.resolve("backups").resolve(name))).isEqualTo(backup.path("size").asLong());

        // The cycle goes on after the backup: this is not in it.
        steps.submit(DRAFTING);

        assertThat(api.as("admin").get("/api/backups").ok()).containsExactly(backup);

        // Only a backup's own name is taken: no other file of the data folder, no path.
        for (String bad : List.of("plancycle.mv.db", "plancycle-20260101T000000000Z.zip.part", "x.zip",
                "plancycle-2026.zip", "..%2Fplancycle.mv.db", "%2E%2E", "backups%2F..%2F..%2Fplancycle.mv.db")) {
            Response refused = api.as("admin").request(HttpMethod.GET, "/api/backups/" + bad, null, MediaType.ALL);
            assertThat(refused.status()).as("GET /api/backups/%s", bad).isEqualTo(400);
            assertThat(isZip(refused.body())).as("GET /api/backups/%s answered a zip", bad).isFalse();
            if (!bad.contains("%")) {
                assertThat(refused.invalidFields()).as("GET /api/backups/%s", bad).containsExactly("name");
            }
        }
        api.as("admin").request(HttpMethod.GET, "/api/backups/plancycle-20260101T000000000Z.zip", null, MediaType.ALL)
                .problem(404);

        Response download = api.as("admin").request(HttpMethod.GET, "/api/backups/" + name, null, MediaType.ALL).expect(200);
        assertThat(download.headers().getContentType()).hasToString("application/zip");
        assertThat(download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment").contains(name);
        assertThat((long) download.body().length).isEqualTo(backup.path("size").asLong());
        assertThat(isZip(download.body())).isTrue();

        // The server is lost. Restore as the README says: unzip the backup into an empty data folder, start.
        original.close();
        List<String> restored = unzip(download.body(), restoredDir);
        assertThat(restored).containsExactly("plancycle.mv.db");
        PlanCycleApp restarted = start(restoredDir);
        api = restarted.api();
        steps = new CycleSteps(api, YEAR);

        CycleState afterRestore = CycleState.read(api, YEAR);
        assertThat(afterRestore.cycle()).isEqualTo(atBackup.cycle());
        assertThat(afterRestore.plans()).isEqualTo(atBackup.plans());
        assertThat(afterRestore.reviews()).isEqualTo(atBackup.reviews());
        assertThat(afterRestore.tasks()).isEqualTo(atBackup.tasks());
        assertThat(afterRestore.timers()).isEqualTo(atBackup.timers());
        assertThat(CycleSteps.stages(afterRestore.cycle())).containsEntry(DRAFTING, "DRAFTING").containsEntry(IN_REVIEW, "REVIEW")
                .containsEntry(RETURNED, "REVISION").containsEntry(REPORTING, "REPORT");
        assertThat(PlanJson.actual(afterRestore.plans().get(DRAFTING), Place.of(1, 1), YEAR - 1).path("value").asText())
                .isEqualTo("580");
        assertThat(api.as(DRAFTING).evidence(YEAR, DRAFTING).ok()).isEqualTo(evidenceAtBackup);
        assertThat(api.as("reviewer").evidenceFile(YEAR, DRAFTING, evidence.get(0)).expect(200).body()).isEqualTo(pdf);
        assertThat(api.as("reviewer").evidenceFile(YEAR, DRAFTING, evidence.get(1)).expect(200).body()).isEqualTo(photo);

        // … and the restored cycle goes on.
        steps.submit(DRAFTING);
        steps.approveReview(IN_REVIEW);
        assertThat(CycleSteps.stages(api.as("admin").cycle(YEAR).ok()))
                .containsEntry(DRAFTING, "REVIEW").containsEntry(IN_REVIEW, "REPORT");
    }

    private PlanCycleApp start(Path folder) {
        PlanCycleApp app = PlanCycleApp.start(folder);
        apps.add(app);
        return app;
    }

    private static boolean isZip(byte[] body) {
        return body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    /** Unzips into the folder; answers the names of the files written. */
    private static List<String> unzip(byte[] zip, Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.getParent()).isEqualTo(folder.normalize());
                Files.copy(in, target);
                names.add(entry.getName());
            }
        }
        return names;
    }
}
