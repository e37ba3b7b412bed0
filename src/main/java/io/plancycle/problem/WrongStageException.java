package io.plancycle.problem;

/** The action does not fit where the work stands now (for example a review of a plan still being drafted). */
public class WrongStageException extends Refusal {
    private final String currentStage;

    public WrongStageException(String currentStage, ProblemCode code, Object... args) {
        super(code, args);
        this.currentStage = currentStage;
    }

    public String getCurrentStage() {
        return currentStage;
    }
}
