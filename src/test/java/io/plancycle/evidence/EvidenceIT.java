package io.plancycle.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Response;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SampleFiles;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence behind 民政處's actuals on the demo Chiayi plan, through the API: a PDF attached to the actual of 一-1
 * while drafting is listed and opened byte for byte, as uploaded, by the agency, the evaluation team, the planning
 * office and the approver, never by another agency; bad uploads are refused naming the field, with nothing kept;
 * a file removed is gone; both are in the audit trail; at the report step evidence is added again, and once the
 * report is filed it no longer changes.
 */
@SharedServer
class EvidenceIT {

    private static final int YEAR = 145;
    private static final String AGENCY = "civil-affairs";
    private static final String OTHER = "police";
    private static final String SOURCE = "民政處活動簽到紀錄";
    private static final String VERIFIED_BY = "王小明（民政處科長）";
    private static final String PDF_NAME = "144年原住民歲時祭儀參與人數統計.pdf";

    @LocalServerPort
    int port;

    @Test
    void anAgencyAttachesEvidenceTheReadersOpenItAndBadUploadsAreRefusedByField() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, YEAR);
        steps.openAhead(List.of(AGENCY, OTHER));
        PlanCycleApi.User agency = api.as(AGENCY);
        long kpi = PlanJson.kpiId(agency.plan(YEAR, AGENCY).ok(), Place.of(1, 1));
        String today = LocalDate.now(ZoneId.of("Asia/Taipei")).toString();

        // Attached while drafting: listed with its source, date, verifier, kind, size and digest.
        byte[] pdf = SampleFiles.pdf("144年參與人數 920 人");
        JsonNode added = agency.addEvidence(YEAR, AGENCY, kpi, PDF_NAME, pdf, SOURCE, "2026-01-31", VERIFIED_BY)
                .expect(201).json();
        assertThat(added.path("kpiId").asLong()).isEqualTo(kpi);
        assertThat(added.path("year").asInt()).isEqualTo(YEAR - 1);
        assertThat(added.path("fileName").asText()).isEqualTo(PDF_NAME);
        assertThat(added.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(added.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(added.path("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(added.path("source").asText()).isEqualTo(SOURCE);
        assertThat(added.path("asOf").asText()).isEqualTo("2026-01-31");
        assertThat(added.path("verifiedBy").asText()).isEqualTo(VERIFIED_BY);
        assertThat(added.path("addedBy").asText()).isEqualTo(AGENCY);
        long id = added.path("id").asLong();
        assertThat(agency.evidence(YEAR, AGENCY).ok()).containsExactly(added);

        // Opened as uploaded by the agency and by every reader, with its type, its Chinese name and no sniffing.
        for (String reader : List.of(AGENCY, "reviewer", "admin", "approver")) {
            Response file = api.as(reader).evidenceFile(YEAR, AGENCY, id).expect(200);
            assertThat(file.body()).as(reader).isEqualTo(pdf);
            assertThat(file.headers().getContentType()).hasToString("application/pdf");
            assertThat(file.headers().getContentDisposition().getFilename()).isEqualTo(PDF_NAME);
            assertThat(file.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                    .contains("filename*=UTF-8''");
            assertThat(file.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        // Another agency: refused at the door for 民政處's, and not found under its own address.
        api.as(OTHER).evidence(YEAR, AGENCY).problem(403);
        api.as(OTHER).evidenceFile(YEAR, AGENCY, id).problem(403);
        api.as(OTHER).evidenceFile(YEAR, OTHER, id).problem(404);
        api.as(OTHER).request(HttpMethod.DELETE, "/api/cycles/" + YEAR + "/agencies/" + OTHER + "/evidence/" + id,
                null, MediaType.ALL).problem(404);
        assertThat(api.as(OTHER).addEvidence(YEAR, AGENCY, kpi, "x.pdf", pdf, SOURCE, today, VERIFIED_BY).status())
                .isEqualTo(403);
        api.as("reviewer").request(HttpMethod.DELETE, "/api/cycles/" + YEAR + "/agencies/" + AGENCY + "/evidence/" + id,
                null, MediaType.ALL).problem(403);

        // Bad uploads: each refused naming its field, nothing kept.
        byte[] tooLarge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "空白.pdf", new byte[0], SOURCE, today, VERIFIED_BY), "file");
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "統計.pdf", SampleFiles.exe(), SOURCE, today, VERIFIED_BY), "file");
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "頁面.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), SOURCE, today, VERIFIED_BY), "file");
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "統計.pdf", SampleFiles.docx(), SOURCE, today, VERIFIED_BY), "file");
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "大檔.pdf", tooLarge, SOURCE, today, VERIFIED_BY), "file");
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "統計.pdf", pdf, " ", "", null), "source", "asOf", "verifiedBy");
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "統計.pdf", pdf, SOURCE, "115/01/31", VERIFIED_BY), "asOf");
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "統計.pdf", pdf, SOURCE,
                LocalDate.now(ZoneId.of("Asia/Taipei")).plusDays(1).toString(), VERIFIED_BY), "asOf");
        assertRefused(agency.addEvidence(YEAR, AGENCY, 999_999, "統計.pdf", pdf, SOURCE, today, VERIFIED_BY), "kpiId");
        Response problem = agency.addEvidence(YEAR, AGENCY, kpi, "統計.pdf", SampleFiles.exe(), SOURCE, today, VERIFIED_BY);
        assertThat(problem.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(agency.evidence(YEAR, AGENCY).ok()).containsExactly(added);

        // The kinds of the city's documents are taken, each told by its content.
        for (Object[] sample : new Object[][]{{"現場照片.jpg", SampleFiles.jpeg()}, {"統計表.ods", SampleFiles.ods()},
                {"成果報告.docx", SampleFiles.docx()}, {"簡報.pptx", SampleFiles.pptx()}}) {
            JsonNode other = agency.addEvidence(YEAR, AGENCY, kpi, (String) sample[0], (byte[]) sample[1], SOURCE, today,
                    VERIFIED_BY).expect(201).json();
            agency.request(HttpMethod.DELETE, evidencePath(other.path("id").asLong()), null, MediaType.ALL).expect(204);
        }

        // One actual's files add up to 30 MiB at most.
        byte[] large = Arrays.copyOf(pdf, 10 * 1024 * 1024);
        for (int i = 1; i <= 2; i++) {
            agency.addEvidence(YEAR, AGENCY, kpi, "掃描" + i + ".pdf", large, SOURCE, today, VERIFIED_BY).expect(201);
        }
        assertRefused(agency.addEvidence(YEAR, AGENCY, kpi, "掃描3.pdf", large, SOURCE, today, VERIFIED_BY), "file");
        agency.evidence(YEAR, AGENCY).ok().forEach(e -> {
            if (e.path("id").asLong() != id) {
                agency.request(HttpMethod.DELETE, evidencePath(e.path("id").asLong()), null, MediaType.ALL).expect(204);
            }
        });

        // Removed: gone from the list and the file with it; both changes in the audit trail, by the agency.
        JsonNode second = agency.addEvidence(YEAR, AGENCY, kpi, "現場照片.png", SampleFiles.png(), SOURCE, today,
                VERIFIED_BY).expect(201).json();
        agency.request(HttpMethod.DELETE, evidencePath(second.path("id").asLong()), null, MediaType.ALL).expect(204);
        assertThat(agency.evidence(YEAR, AGENCY).ok()).containsExactly(added);
        agency.evidenceFile(YEAR, AGENCY, second.path("id").asLong()).problem(404);
        JsonNode trail = api.as("admin").get("/api/audit?entity=Evidence&user=" + AGENCY + "&size=200").ok().path("entries");
        List<JsonNode> ofSecond = entriesOf(trail, second.path("id").asLong());
        assertThat(ofSecond).hasSize(2);
        assertThat(ofSecond).extracting(e -> e.path("user").asText()).containsOnly(AGENCY);
        assertThat(entriesOf(trail, id)).hasSize(1);
        assertThat(entriesOf(trail, id).get(0).path("changes").toString()).contains(PDF_NAME, SOURCE, VERIFIED_BY);

        // At the report step the agency adds evidence again; once the report is filed, it no longer changes.
        steps.draftAndSubmit(AGENCY);
        api.as(AGENCY).addEvidence(YEAR, AGENCY, kpi, "x.pdf", pdf, SOURCE, today, VERIFIED_BY).problem(409);
        steps.approveReview(AGENCY);
        JsonNode atReport = agency.addEvidence(YEAR, AGENCY, kpi, "複查.pdf", pdf, SOURCE, today, VERIFIED_BY)
                .expect(201).json();
        steps.fileReport(AGENCY);
        agency.addEvidence(YEAR, AGENCY, kpi, "x.pdf", pdf, SOURCE, today, VERIFIED_BY).problem(409);
        agency.request(HttpMethod.DELETE, evidencePath(atReport.path("id").asLong()), null, MediaType.ALL).problem(409);
        assertThat(api.as("reviewer").evidence(YEAR, AGENCY).ok()).hasSize(2);
    }

    private static String evidencePath(long id) {
        return "/api/cycles/" + YEAR + "/agencies/" + AGENCY + "/evidence/" + id;
    }

    private static List<JsonNode> entriesOf(JsonNode trail, long id) {
        List<JsonNode> found = new java.util.ArrayList<>();
        trail.forEach(e -> {
            if (e.path("entityId").asLong() == id) {
                found.add(e);
            }
        });
        return found;
    }

    private static void assertRefused(Response response, String... fields) {
        response.problem(400);
        assertThat(response.invalidFields()).as(response.call()).containsExactlyInAnyOrder(fields);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
