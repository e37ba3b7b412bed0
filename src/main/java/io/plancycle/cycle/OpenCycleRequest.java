package io.plancycle.cycle;

import io.plancycle.step.Stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the administrator gives to open a year's cycle: the ROC year, the due date of each step, optionally which
 * agencies take part (all of them when left out), and the reason for opening it while the cycle before it is not yet
 * approved (required then, recorded with the cycle).
 */
public record OpenCycleRequest(@NotNull @Min(100) @Max(200) Integer year, @NotNull @Valid Calendar calendar,
                               List<String> agencies, @Size(max = MAX_REASON_LENGTH) String reason) {

    public static final int MAX_REASON_LENGTH = 5000;

    public record Calendar(@NotNull LocalDate drafting, @NotNull LocalDate review, @NotNull LocalDate revision,
                           @NotNull LocalDate report, @NotNull LocalDate consolidation, @NotNull LocalDate approval) {

        Map<Stage, LocalDate> byStage() {
            Map<Stage, LocalDate> dates = new EnumMap<>(Stage.class);
            dates.put(Stage.DRAFTING, drafting);
            dates.put(Stage.REVIEW, review);
            dates.put(Stage.REVISION, revision);
            dates.put(Stage.REPORT, report);
            dates.put(Stage.CONSOLIDATION, consolidation);
            dates.put(Stage.APPROVAL, approval);
            return dates;
        }
    }
}
