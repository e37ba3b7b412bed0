package io.plancycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.support.Browser;
import io.plancycle.support.CycleSteps;
import io.plancycle.support.DocumentFiles;
import io.plancycle.support.PageScenario;
import io.plancycle.support.PlanCycleApi;
import io.plancycle.support.PlanCycleApi.Change;
import io.plancycle.support.PlanCycleApi.Comment;
import io.plancycle.support.PlanJson;
import io.plancycle.support.PlanJson.Place;
import io.plancycle.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply for every comment (回覆說明): the agency answers each comment of the round its plan was returned in, with or
 * without a change, as part of its revision's draft; the revised plan goes back only with every comment answered, the
 * ones still without a reply named (the rule of the step's completion, {@code SubmissionService#complete}, which
 * Tasklist and {@code /engine-rest} completions go through too); the review-response table shows comment ·
 * reply · change round by round, as JSON and as every document, to the agency itself too.
 */
@SharedServer
class ReviewRepliesIT extends PageScenario {

    private static final int API_YEAR = 119;
    private static final int PAGE_YEAR = 120;
    private static final String CIVIL = "civil-affairs";
    private static final Place FESTIVAL = Place.of(1, 1);
    private static final Place WEDDING = Place.of(3, 1);
    private static final String ON_FESTIVAL = "請說明每場次參與人數之統計方式。";
    private static final String ON_WEDDING = "集團結婚參加對數歷年穩定，請說明目標值設定依據。";
    private static final String OVERALL_SUGGESTION = "建議增列成果面指標，以衡量實際服務成效。";
    private static final String MEASURE = "每場次實際參與人數（依簽到紀錄統計）";
    private static final String REASON = "依審查意見明確參與人數之統計方式。";
    private static final String REPLY_FESTIVAL = "遵照辦理，已修正衡量標準，明確統計方式。";
    private static final String REPLY_WEDDING = "經檢討，集團結婚受場地容量限制，維持原目標值，不予修正。";
    private static final String REPLY_SUGGESTION = "將於下一年度中程計畫檢討增列滿意度指標。";

    @Test
    void theRevisedPlanGoesBackOnlyWithEveryCommentAnsweredAndTheTableShowsEachReply() throws Exception {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, API_YEAR);
        PlanCycleApi.User civil = api.as(CIVIL);
        steps.openAhead(List.of(CIVIL));
        JsonNode plan = steps.draftAndSubmit(CIVIL);
        long festival = PlanJson.kpiId(plan, FESTIVAL);
        long wedding = PlanJson.kpiId(plan, WEDDING);

        scenario.step("The evaluation team returns the plan with a comment on two KPIs and one on the whole submission.");
        api.as("reviewer").review(API_YEAR, CIVIL, "RETURN", "請依審查意見修正並逐項回覆。",
                new Comment(wedding, ON_WEDDING), new Comment(null, OVERALL_SUGGESTION), new Comment(festival, ON_FESTIVAL)).ok();
        List<Long> ids = steps.latestComments(CIVIL);
        long onWedding = ids.get(0);
        long suggestion = ids.get(1);
        long onFestival = ids.get(2);

        scenario.step("The agency changes 一-1's measure with its reason and replies to that comment only: a draft.");
        assertThat(civil.revise(API_YEAR, CIVIL, List.of(new Change("MEASURE_CHANGE", festival, null, null, MEASURE, null,
                        REASON)),
                Map.of(onFestival, "暫存中")).ok()).hasSize(1);
        assertThat(civil.reply(API_YEAR, CIVIL, Map.of(onFestival, REPLY_FESTIVAL)).ok()).isEmpty();

        scenario.step("A reply to a comment of no round it was returned in is refused, naming it; nothing is written.");
        assertThat(civil.reply(API_YEAR, CIVIL, replies(onFestival, "改寫", -1L, "不存在的意見")).invalidFields())
                .containsExactly("replies[1].commentId");
        assertThat(civil.reply(API_YEAR, CIVIL, Map.of()).invalidFields()).containsExactly("changes");

        scenario.step("Sending it back is refused naming each comment still unanswered, numbered as the table numbers "
                + "them (一-1, 三-1, then the whole submission); it stays in revision.");
        JsonNode refused = civil.submit(API_YEAR, CIVIL).problem(400);
        assertThat(refused.path("errors").findValuesAsText("field"))
                .containsExactly("replies[" + onWedding + "]", "replies[" + suggestion + "]");
        assertThat(refused.path("errors").findValuesAsText("code"))
                .containsExactly("revision.reply.missing", "revision.reply.missing.overall");
        assertThat(refused.path("errors").get(0).path("message").asText()).contains("Comment 2", "辦理市民集團結婚");
        assertThat(refused.path("errors").get(1).path("message").asText()).contains("Comment 3", "as a whole");
        assertThat(civil.plan(API_YEAR, CIVIL).ok().path("stage").asText()).isEqualTo("REVISION");

        scenario.step("The agency replies to the others, one without any change, and sends its plan back.");
        civil.reply(API_YEAR, CIVIL, replies(onWedding, REPLY_WEDDING, suggestion, REPLY_SUGGESTION)).ok();
        assertThat(civil.submit(API_YEAR, CIVIL).ok().path("reviewRound").asInt()).isEqualTo(2);
        assertThat(civil.reply(API_YEAR, CIVIL, Map.of(onWedding, "送出後改寫")).problem(409).path("code").asText())
                .isNotBlank();

        scenario.step("The response table, read by the agency itself: comment · reply · change, round by round.");
        JsonNode table = civil.get("/api/cycles/" + API_YEAR + "/agencies/" + CIVIL + "/review-responses").ok();
        JsonNode rows = table.path("rounds").get(0).path("rows");
        assertThat(rows.findValuesAsText("comment")).containsExactly(ON_FESTIVAL, ON_WEDDING, OVERALL_SUGGESTION);
        assertThat(rows).extracting(row -> row.path("commentId").asLong()).containsExactly(onFestival, onWedding, suggestion);
        assertThat(rows.get(0).path("reply").path("text").asText()).isEqualTo(REPLY_FESTIVAL);
        assertThat(rows.get(0).path("reply").path("author").asText()).isEqualTo(CIVIL);
        assertThat(rows.get(0).path("responses").get(0).path("change").path("reason").asText()).isEqualTo(REASON);
        assertThat(rows.get(1).path("reply").path("text").asText()).isEqualTo(REPLY_WEDDING);
        assertThat(rows.get(1).path("responses")).isEmpty();
        assertThat(rows.get(2).path("reply").path("text").asText()).isEqualTo(REPLY_SUGGESTION);
        assertThat(api.as("police").get("/api/cycles/" + API_YEAR + "/agencies/" + CIVIL + "/review-responses")
                .status()).isEqualTo(403);

        scenario.step("… and downloaded as ODS and CSV: 審查意見 · 回覆說明 · 機關修正情形 · 修正理由 on each row.");
        for (String format : List.of("ods", "csv")) {
            List<List<String>> sheet = DocumentFiles.rows(civil.download(API_YEAR, CIVIL, "review-responses", format),
                    format, 0);
            assertThat(sheet.get(0)).as(format).contains("審查意見", "回覆說明", "機關修正情形", "修正理由");
            assertThat(sheet).as(format).anySatisfy(row -> {
                assertThat(row.subList(3, 5)).containsExactly(ON_FESTIVAL, REPLY_FESTIVAL);
                assertThat(row.get(5)).contains("→ " + MEASURE);
                assertThat(row.get(6)).isEqualTo(REASON);
            });
            assertThat(sheet).as(format).anySatisfy(row ->
                    assertThat(row.subList(3, 6)).containsExactly(ON_WEDDING, REPLY_WEDDING, "未修正"));
            assertThat(sheet).as(format).anySatisfy(row ->
                    assertThat(row.subList(3, 5)).containsExactly(OVERALL_SUGGESTION, REPLY_SUGGESTION));
        }
    }

    @Test
    void theRevisionPageKeepsEachReplyWithTheDraftAndSaysWhichAreMissing() {
        PlanCycleApi api = new PlanCycleApi(port);
        CycleSteps steps = new CycleSteps(api, PAGE_YEAR);
        steps.openAhead(List.of(CIVIL));
        JsonNode plan = steps.draftAndSubmit(CIVIL);
        api.as("reviewer").review(PAGE_YEAR, CIVIL, "RETURN", "請逐項回覆審查意見。",
                new Comment(PlanJson.kpiId(plan, WEDDING), ON_WEDDING), new Comment(null, OVERALL_SUGGESTION)).ok();
        List<Long> ids = steps.latestComments(CIVIL);
        String onWedding = "#f-replies-" + ids.get(0);
        String suggestion = "#f-replies-" + ids.get(1);
        String revision = "/cycles/" + PAGE_YEAR + "/agencies/" + CIVIL + "/revision";
        Browser b = BROWSERS.at(port);

        scenario.step("The revision screen: a reply box under each comment, each still missing marked beneath it.");
        b.signIn(CIVIL).open(revision);
        assertThat(b.text("#kpi-" + PlanJson.kpiId(plan, WEDDING) + " .pc-comment")).contains("第1輪 第1則", ON_WEDDING);
        assertThat(b.text(".pc-review-summary .pc-comment")).contains("第1輪 第2則", OVERALL_SUGGESTION);
        assertThat(warning(b, onWedding)).isEqualTo("第1則審查意見（指標「辦理市民集團結婚」）尚未回覆，請填寫回覆說明。");
        assertThat(warning(b, suggestion)).isEqualTo("第2則審查意見（整體建議）尚未回覆，請填寫回覆說明。");
        b.assertAccessible("agency-revision-replies");

        scenario.step("A reply typed and saved with the draft is there again when the page is reloaded.");
        b.type(onWedding, REPLY_WEDDING);
        b.follow(".pc-save");
        assertThat(b.text("#pc-flash")).isEqualTo("已儲存 1 則回覆說明。");
        b.open(revision);
        assertThat(b.value(onWedding)).isEqualTo(REPLY_WEDDING);
        assertThat(b.absent(onWedding + " ~ .pc-warning")).isTrue();
        assertThat(warning(b, suggestion)).contains("第2則審查意見");
        b.screenshot("agency-revision-replies");

        scenario.step("The check before sending names the comment still unanswered and leads to its reply box.");
        b.follow(".pc-submit");
        assertThat(b.text("#pc-missing")).contains("第2則審查意見（整體建議）尚未回覆");
        assertThat(b.absent(".pc-confirm-submit")).isTrue();
        b.follow(".pc-missing-list a");
        assertThat(b.path()).isEqualTo(revision + suggestion);

        scenario.step("Answered, the plan goes back to the evaluation team.");
        b.type(suggestion, REPLY_SUGGESTION);
        b.follow(".pc-submit");
        assertThat(b.text("#pc-ready h2")).isEqualTo("內容已完整，可以送出");
        b.follow(".pc-confirm-submit");
        assertThat(b.text("#pc-flash")).isEqualTo("修正後的計畫已重新送出，等待評估小組審查。");
        assertThat(b.text(".pc-review-summary .pc-reply-text")).contains(REPLY_SUGGESTION);

        scenario.step("The agency's own review-response table, from its tabs: each comment with its reply.");
        b.follow(".pc-tab-responses");
        assertThat(b.text("h1")).isEqualTo("民政處 " + PAGE_YEAR + "年度審查意見回覆表");
        assertThat(b.text("tr[data-comment='" + ids.get(0) + "']")).contains(ON_WEDDING, REPLY_WEDDING, "未修正");
        assertThat(b.text("tr[data-comment='" + ids.get(1) + "'] .rv-reply")).isEqualTo(REPLY_SUGGESTION);
        b.assertAccessible("agency-review-responses");
    }

    /** Replies in the order given: comment id, text, comment id, text … */
    private static Map<Long, String> replies(Object... idsAndTexts) {
        Map<Long, String> replies = new LinkedHashMap<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            replies.put((Long) idsAndTexts[i], (String) idsAndTexts[i + 1]);
        }
        return replies;
    }

    /** What a submission will still ask for, shown beside the field while the draft is edited. */
    private static String warning(Browser b, String input) {
        return b.find(input).findElement(By.xpath("following-sibling::div[contains(@class,'pc-warning')][1]")).getText();
    }
}
