package io.plancycle.review;

import io.plancycle.PlanCycleProperties;
import io.plancycle.plan.Achievement;
import io.plancycle.plan.Numbering;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the review and approval pages write what they show: goals are numbered 一, 二, 三 as in the published plans (1, 2,
 * 3 in English), rates as 110% (dates and times: {@link io.plancycle.cycle.RocFormat}).
 */
@Component("reviewFormat")
public class ReviewFormat {

    private final PlanCycleProperties properties;

    ReviewFormat(PlanCycleProperties properties) {
        this.properties = properties;
    }

    /** A goal's number as the plan prints it: 一, 二 … 二十一 in Chinese, 1, 2 … in English ({@link Numbering}). */
    public String goal(int no, Locale locale) {
        return Numbering.goal(no, locale);
    }

    /** Where a KPI stands in its plan: 三-1 (goal 三, KPI 1), or 3-1 in English ({@link Numbering}). */
    public String place(int goalNo, int kpiNo, Locale locale) {
        return Numbering.kpi(goalNo, kpiNo, locale);
    }

    /** An achievement rate in percent, without needless decimals: 110%, 96.77%. */
    public String percent(BigDecimal rate) {
        return Achievement.percent(rate);
    }

    /** The configured achievement-rate threshold (130 unless set otherwise), as the pages mention it. */
    public String threshold() {
        return percent(properties.overThresholdPercent());
    }
}
