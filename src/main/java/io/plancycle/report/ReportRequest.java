package io.plancycle.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The performance report (施政績效報告): the final actual of each KPI that had a target in the year reported (none when
 * the plan set no target that year; the service names every KPI still missing).
 */
public record ReportRequest(@NotNull @Size(max = 5000) @Valid List<ActualRequest> actuals) {

    /** {@code met} is the person's judgement where the target is not a number (a date, a frequency, a completion). */
    public record ActualRequest(@NotNull Long kpiId, @NotNull Integer year, @Size(max = 200) String value, Boolean met,
                                @Size(max = 5000) String explanation) {
    }
}
