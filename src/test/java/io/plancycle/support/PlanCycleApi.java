package io.plancycle.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PlanCycle's REST API as its users call it, over real HTTP with HTTP Basic: {@code api.as("civil-affairs").plan(110,
 * "civil-affairs")}. Every call answers a {@link Response} whatever its status, so that tests assert on refusals as
 * readily as on successes.
 */
public final class PlanCycleApi {

    /** Why a test opens a cycle while another test's year, before it, is still running unapproved. */
    public static final String OTHER_YEARS_RUNNING = "同一伺服器上其他年度作業仍在進行";


    /** The password of every demo user. */
    public static final String PASSWORD = "plancycle";
    /** Numbers are read as BigDecimal, so an achievement rate of 110.00 compares as written. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    public static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String baseUrl;

    public PlanCycleApi(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Signed in as a demo user (admin, reviewer, approver or an agency's code), password {@value #PASSWORD}. */
    public User as(String userId) {
        return new User(userId, PASSWORD);
    }

    public User as(String userId, String password) {
        return new User(userId, password);
    }

    /** Nobody signed in. */
    public User anonymous() {
        return new User(null, null);
    }

    /** One user's view of the API. */
    public final class User {
        private final String id;
        private final RestClient client;

        private User(String id, String password) {
            this.id = id;
            JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HTTP);
            requests.setReadTimeout(Duration.ofSeconds(60));
            RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl).requestFactory(requests);
            if (id != null) {
                builder.defaultHeaders(headers -> headers.setBasicAuth(id, password, StandardCharsets.UTF_8));
            }
            this.client = builder.build();
        }

        public String id() {
            return id;
        }

        // ---- the planning office -------------------------------------------------------------------------------

        /** Opens a year's cycle with {@link Calendars#city(int)}; {@code agencies} null means every agency. */
        public Response openCycle(int year, List<String> agencies) {
            return openCycle(year, Calendars.city(year), agencies);
        }

        /**
         * Opens a year's cycle with this calendar (drafting, review, revision, report, consolidation, approval →
         * yyyy-MM-dd), giving {@link #OTHER_YEARS_RUNNING} as the reason: a test server runs other years' cycles,
         * unapproved, beside it.
         */
        public Response openCycle(int year, Map<String, String> calendar, List<String> agencies) {
            return openCycle(year, calendar, agencies, OTHER_YEARS_RUNNING);
        }

        /** Opens a year's cycle with this calendar and this reason for opening before the year ahead is approved. */
        public Response openCycle(int year, Map<String, String> calendar, List<String> agencies, String reason) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("year", year);
            body.put("calendar", calendar);
            if (agencies != null) {
                body.put("agencies", agencies);
            }
            if (reason != null) {
                body.put("reason", reason);
            }
            return post("/api/cycles", body);
        }

        /** The cycle at a glance: its stage and, per agency, the step it is at. */
        public Response cycle(int year) {
            return get("/api/cycles/" + year);
        }

        public Response cycleYears() {
            return get("/api/cycles");
        }

        public Response consolidate(int year) {
            return post("/api/cycles/" + year + "/consolidation", null);
        }

        /** The approver's decision: APPROVE, or RETURN with a reason. */
        public Response decide(int year, String decision, String reason) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decision", decision);
            body.put("reason", reason);
            return post("/api/cycles/" + year + "/approval", body);
        }

        /** The approver returns the cycle with a reason to these agencies (none: all of them). */
        public Response returnTo(int year, String reason, List<String> agencies) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decision", "RETURN");
            body.put("reason", reason);
            body.put("agencies", agencies);
            return post("/api/cycles/" + year + "/approval", body);
        }

        public Response approve(int year) {
            return decide(year, "APPROVE", null);
        }

        public Response revisionSummary(int year) {
            return get("/api/cycles/" + year + "/revision-summary");
        }

        public Response revisionSummaryCsv(int year) {
            return request(HttpMethod.GET, "/api/cycles/" + year + "/revision-summary", null, CSV);
        }

        /** Waits (polling the cycle as the planning office would) until the cycle is at {@code stage}. */
        public JsonNode awaitCycleStage(int year, String stage) {
            return await("the " + year + " cycle at " + stage)
                    .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> cycle(year).ok(), cycle -> stage.equals(cycle.path("stage").asText()));
        }

        // ---- everybody -----------------------------------------------------------------------------------------

        /** The open tasks this user may work on. */
        public Response tasks() {
            return get("/api/tasks");
        }

        public Response apiDocs() {
            return get("/v3/api-docs");
        }

        // ---- an agency -----------------------------------------------------------------------------------------

        public Response plan(int year, String agency) {
            return get(agencyPath(year, agency) + "/plan");
        }

        /** Saves the whole draft; it carries the version the agency read. */
        public Response savePlan(int year, String agency, JsonNode draft) {
            return request(HttpMethod.PUT, agencyPath(year, agency) + "/plan", draft, MediaType.APPLICATION_JSON);
        }

        public Response submit(int year, String agency) {
            return post(agencyPath(year, agency) + "/submission", null);
        }

        /** The agency's head signs off what the clerk sent (APPROVE) or sends it back (RETURN) with a note. */
        public Response signOff(int year, String agency, String decision, String note) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decision", decision);
            body.put("note", note);
            return post(agencyPath(year, agency) + "/sign-off", body);
        }

        public Response revise(int year, String agency, Change... changes) {
            return post(agencyPath(year, agency) + "/revisions", Map.of("changes", Arrays.asList(changes)));
        }

        /** Saves the revision's draft: the changes and the replies to the round's comments (comment id → text). */
        public Response revise(int year, String agency, List<Change> changes, Map<Long, String> replies) {
            List<Map<String, Object>> written = new ArrayList<>();
            replies.forEach((commentId, text) -> {
                Map<String, Object> reply = new LinkedHashMap<>();
                reply.put("commentId", commentId);
                reply.put("text", text);
                written.add(reply);
            });
            return post(agencyPath(year, agency) + "/revisions", Map.of("changes", changes, "replies", written));
        }

        /** Replies to comments of the round (comment id → text; blank takes a reply back), changing nothing else. */
        public Response reply(int year, String agency, Map<Long, String> replies) {
            return revise(year, agency, List.of(), replies);
        }

        public Response revisions(int year, String agency) {
            return get(agencyPath(year, agency) + "/revisions");
        }

        /** Files the performance report: {@code {"actuals":[{kpiId, year, value, met, explanation} …]}}. */
        public Response report(int year, String agency, JsonNode report) {
            return post(agencyPath(year, agency) + "/report", report);
        }

        /** An agency's document (plan, performance-report) as the file of a format (xlsx, ods …), asked for as a browser does. */
        public byte[] download(int year, String agency, String document, String format) {
            return request(HttpMethod.GET, agencyPath(year, agency) + "/" + document + "?format=" + format, null, MediaType.ALL)
                    .expect(200).body();
        }

        /** What importing the spreadsheet would change in the agency's draft. */
        public Response previewImport(int year, String agency, String fileName, byte[] file) {
            return upload(agencyPath(year, agency) + "/plan/import/preview", fileName, file, Map.of());
        }

        /** Imports the spreadsheet, as previewed against the plan's {@code version}. */
        public Response importPlan(int year, String agency, String fileName, byte[] file, long version) {
            return upload(agencyPath(year, agency) + "/plan/import", fileName, file, Map.of("version", String.valueOf(version)));
        }

        // ---- the evaluation team -------------------------------------------------------------------------------

        /** A written review: APPROVE or RETURN, an overall comment and comments per KPI. */
        public Response review(int year, String agency, String decision, String overall, Comment... comments) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decision", decision);
            body.put("overall", overall);
            body.put("comments", Arrays.asList(comments));
            return post(agencyPath(year, agency) + "/review", body);
        }

        public Response approveReview(int year, String agency) {
            return review(year, agency, "APPROVE", "內容完整，同意通過。");
        }

        public Response reviews(int year, String agency) {
            return get(agencyPath(year, agency) + "/reviews");
        }

        /** The agency's evidence behind the actuals of the year the cycle reports. */
        public Response evidence(int year, String agency) {
            return get(agencyPath(year, agency) + "/evidence");
        }

        /** Attaches a file to the actual of a KPI with its source, as-of date ({@code 2026-01-31}) and who verified it. */
        public Response addEvidence(int year, String agency, long kpiId, String fileName, byte[] file, String source,
                                    String asOf, String verifiedBy) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("kpiId", String.valueOf(kpiId));
            fields.put("source", source);
            fields.put("asOf", asOf);
            fields.put("verifiedBy", verifiedBy);
            return upload(agencyPath(year, agency) + "/evidence", fileName, file, fields);
        }

        /** One evidence file, as the API sends it. */
        public Response evidenceFile(int year, String agency, long id) {
            return request(HttpMethod.GET, agencyPath(year, agency) + "/evidence/" + id, null, MediaType.ALL);
        }

        // ---- plain HTTP ----------------------------------------------------------------------------------------

        public Response get(String path) {
            return request(HttpMethod.GET, path, null, MediaType.APPLICATION_JSON);
        }

        public Response post(String path, Object body) {
            return request(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
        }

        public Response request(HttpMethod method, String path, Object body, MediaType accept) {
            RestClient.RequestBodySpec spec = client.method(method).uri(path).accept(accept);
            if (body != null) {
                spec.contentType(MediaType.APPLICATION_JSON).body(toJson(body));
            }
            String call = method + " " + path + (id == null ? " (anonymous)" : " as " + id);
            return spec.exchange((request, response) -> new Response(call, response.getStatusCode().value(),
                    response.getHeaders(), response.getBody().readAllBytes()));
        }

        /** Sends a file as the multipart field {@code file}, beside the other fields. */
        public Response upload(String path, String fileName, byte[] file, Map<String, Object> fields) {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", new ByteArrayResource(file) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
            fields.forEach(parts::add);
            String call = "POST " + path + " (" + fileName + ")" + (id == null ? " (anonymous)" : " as " + id);
            return client.post().uri(path).accept(MediaType.APPLICATION_JSON).contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts).exchange((request, response) -> new Response(call, response.getStatusCode().value(),
                            response.getHeaders(), response.getBody().readAllBytes()));
        }

        private static String agencyPath(int year, String agency) {
            return "/api/cycles/" + year + "/agencies/" + agency;
        }
    }

    private static byte[] toJson(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A reviewer's comment; without a KPI it is about the submission as a whole. */
    public record Comment(Long kpiId, String text) {
    }

    /**
     * One change of a rolling revision, as {@code POST …/revisions} takes it. Null fields are sent as null.
     */
    public record Change(String kind, Long kpiId, Long goalId, Integer year, String value, String pageRef,
                         String reason) {

        /** Raise or lower a year's target, with the reason. */
        public static Change target(long kpiId, int year, String value, String reason) {
            return new Change("TARGET_CHANGE", kpiId, null, year, value, null, reason);
        }

        public Change onPage(String page) {
            return new Change(kind, kpiId, goalId, year, value, page, reason);
        }
    }

    /** What an HTTP call answered. */
    public record Response(String call, int status, HttpHeaders headers, byte[] body) {

        /** Asserts the status (the body in the message when it is not) and returns this. */
        public Response expect(int expected) {
            assertThat(status).as("%s answered %s", call, abbreviated()).isEqualTo(expected);
            return this;
        }

        /** Asserts 200 OK and returns the body as JSON. */
        public JsonNode ok() {
            return expect(200).json();
        }

        public JsonNode json() {
            try {
                return body.length == 0 ? JSON.missingNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(call + " did not answer JSON: " + text(), e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return call + " → " + status;
        }

        private String abbreviated() {
            String text = text();
            return text.length() <= 1500 ? text : text.substring(0, 1500) + " …";
        }

        /** The problem (RFC 9457) of a refused call: asserts the status and returns the body. */
        public JsonNode problem(int expected) {
            JsonNode problem = expect(expected).json();
            assertThat(problem.path("status").asInt()).as("status in the problem body of %s", call).isEqualTo(expected);
            return problem;
        }

        /** The fields named in a 400 problem's {@code errors}. */
        public List<String> invalidFields() {
            JsonNode errors = problem(400).path("errors");
            return errors.isArray()
                    ? java.util.stream.StreamSupport.stream(errors.spliterator(), false).map(e -> e.path("field").asText()).toList()
                    : List.of();
        }
    }

    /** A new, empty JSON object or array, for building request bodies. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
