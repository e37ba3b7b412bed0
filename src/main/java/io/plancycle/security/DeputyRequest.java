package io.plancycle.security;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A deputy named for a range of days.
 *
 * @param principal the user the deputy acts for; none: the signed-in user (only the planning office names another's)
 * @param deputy    the user who acts for them, of the same agency
 * @param startsOn  the first day (Asia/Taipei)
 * @param endsOn    the last day, included
 */
public record DeputyRequest(@Schema(example = "cultural-affairs-head") @Size(max = 64) String principal,
                            @Schema(example = "cultural-affairs") @Size(max = 64) String deputy,
                            @Schema(example = "2026-12-07") LocalDate startsOn,
                            @Schema(example = "2026-12-11") LocalDate endsOn) {
}
