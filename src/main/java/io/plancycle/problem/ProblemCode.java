package io.plancycle.problem;

/**
 * A refusal's code: a stable key of the message bundles {@code messages/problem*.properties}, which the pages and the
 * API render in the reader's language, and the name clients rely on. The codes are grouped by what they are about:
 * {@link MessageCode} (requests, plans, cycles, reviews, documents), {@link PeopleCode}, {@link EvidenceCode}.
 */
public interface ProblemCode {

    /** The key of the message in the bundles. */
    String key();

    /** The code's stable name, as the API gives it. */
    String name();
}
