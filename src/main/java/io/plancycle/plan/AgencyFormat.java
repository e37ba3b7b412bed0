package io.plancycle.plan;

import io.plancycle.PlanCycleProperties;
import io.plancycle.ui.PageFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What the agency pages show of targets and actuals, read on the server with the same rules the services use:
 * {@code ${@agencyFormat.parse(raw)}} is a target as PlanCycle understands it, {@code ${@agencyFormat.achievement(…)}} the
 * achievement rate of an actual as typed. Also ROC date-times, the numbering of goals (一, 二, 三 …) and the largest
 * spreadsheet an agency may upload.
 */
@Component("agencyFormat")
public class AgencyFormat {

    private final PlanCycleProperties properties;

    AgencyFormat(PlanCycleProperties properties) {
        this.properties = properties;
    }

    /** A target as written, understood; blank or dashes are "no target". */
    public ParsedTarget parse(String raw) {
        return TargetParser.parse(raw == null ? "" : raw);
    }

    public boolean numeric(String raw) {
        return parse(raw).isNumeric();
    }

    public boolean hasTarget(String raw) {
        return parse(raw).kind() != TargetKind.NONE;
    }

    /** The operator as the plans write it: ≧ ≦ ＞ ＜ =. */
    public String op(String op) {
        if (op == null) {
            return "";
        }
        return switch (op) {
            case ">=" -> "≧";
            case "<=" -> "≦";
            case ">" -> "＞";
            case "<" -> "＜";
            default -> "=";
        };
    }

    /** A number without trailing zeros or exponent: 1200, 96.5. */
    public String num(BigDecimal value) {
        return PageFormat.plain(value);
    }

    /**
     * The achievement of an actual as typed against a target as written (see {@link AchievementRate}); null when there
     * is nothing to show yet: no target, nothing typed, or a number expected and something else typed.
     */
    public Achievement achievement(String direction, String targetRaw, String actualRaw, String met) {
        ParsedTarget target = parse(targetRaw);
        if (target.kind() == TargetKind.NONE) {
            return null;
        }
        Boolean judged = AgencyPlanForm.bool(met);
        if (!target.isNumeric()) {
            return new Achievement(null, judged, false);
        }
        if (actualRaw == null || actualRaw.isBlank()) {
            return null;
        }
        Direction dir = AgencyPlanForm.direction(direction);
        try {
            return AchievementRate.of(dir == null ? Direction.HIGHER_IS_BETTER : dir, target, actualRaw.strip(), judged,
                    properties.overThresholdPercent());
        } catch (IllegalArgumentException notANumber) {
            return null;
        }
    }

    /** 110.00% */
    public String rate(BigDecimal rate) {
        return rate == null ? "—" : rate.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public String thresholdText() {
        return PageFormat.plain(properties.overThresholdPercent());
    }

    /** A goal's number as the plans write it: 一, 二 … 十, 十一 … (Arabic numerals in English; {@link Numbering}). */
    public String goalNo(int n) {
        return Numbering.goal(n, LocaleContextHolder.getLocale());
    }

    /** Where a KPI stands in its plan when named on its own: 三-1, or 3-1 in English ({@link Numbering}). */
    public String place(int goalNo, int kpiNo) {
        return Numbering.kpi(goalNo, kpiNo, LocaleContextHolder.getLocale());
    }

    /** Every KPI of a plan by its id, named by its place (三-1). */
    public Map<Long, String> places(PlanView plan) {
        Map<Long, String> places = new HashMap<>();
        plan.reportedGoals().forEach(g -> g.kpis().forEach(k -> places.put(k.id(), place(g.no(), k.no()))));
        return places;
    }

    /** The largest spreadsheet the plan page lets an agency upload, in bytes ({@link SpreadsheetImport#MAX_FILE_BYTES}). */
    public long maxUploadBytes() {
        return SpreadsheetImport.MAX_FILE_BYTES;
    }

    /** The id of a form field's input on the page (see {@link PageFormat#fieldId}). */
    public String id(String field) {
        return PageFormat.fieldId(field);
    }
}
