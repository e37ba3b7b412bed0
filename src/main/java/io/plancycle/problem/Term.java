package io.plancycle.problem;

/**
 * An argument of a refusal that is itself a word of the message bundles, such as a step's name ({@code stage.REVIEW}):
 * shown in the reader's language, not as the program spells it.
 */
public record Term(String key) {
}
