package io.plancycle.cycle;

import io.plancycle.step.Step;

import java.time.Instant;

/**
 * A sign-off as the API shows it: the work signed, the decision, the head's note, who (and, a deputy, for whom:
 * user ids separated by commas) and when.
 */
public record SignOffView(Step step, Decision decision, String note, String signedBy, String onBehalfOf, Instant signedAt) {

    static SignOffView of(SignOff signOff) {
        return new SignOffView(signOff.getStep(), signOff.getDecision(), signOff.getNote(), signOff.getSignedBy(),
                signOff.getOnBehalfOf(), signOff.getSignedAt());
    }
}
