package io.plancycle.problem;

/** The action does not fit where the work stands now (for example a review of a plan still being drafted). */
public class WrongStageException extends RuntimeException {
    private final String currentStage;

    public WrongStageException(String message, String currentStage) {
        super(message);
        this.currentStage = currentStage;
    }

    public String getCurrentStage() {
        return currentStage;
    }
}
