package io.plancycle.review;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/**
 * A panel member's opinions on the round under review: per KPI id, and on the submission as a whole; a blank one
 * removes what was saved before.
 */
public record OpinionRequest(
        @Schema(example = "{\"123\": \"參與人數成長顯著，建議目標值再提高。\"}") Map<Long, String> opinions,
        @Schema(example = "整體指標設定合理，惟宜增列成果面指標。") String overall) {
}
