package io.plancycle.cycle;

import io.plancycle.step.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cycle's stored stage while its process waits at one of its own steps, and at no agency's. */
class CycleStageTest {

    @Test
    void theCyclesStepsAreItsStagesUnderTheSameName() {
        assertThat(CycleStage.at(Step.CONSOLIDATION)).isEqualTo(CycleStage.CONSOLIDATION);
        assertThat(CycleStage.at(Step.APPROVAL)).isEqualTo(CycleStage.APPROVAL);
        assertThat(CycleStage.SUBMISSIONS.step()).isEmpty();
        assertThat(CycleStage.APPROVED.step()).isEmpty();
    }

    @Test
    void anAgencysStepIsNoStageOfTheCycle() {
        assertThatThrownBy(() -> CycleStage.at(Step.REVIEW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REVIEW");
    }
}
