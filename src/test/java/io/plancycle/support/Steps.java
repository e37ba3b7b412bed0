package io.plancycle.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * The named steps of a long scenario, so that a failure says at which step the scenario broke and which steps passed
 * before it, not only the line. Register it in the test class,
 * {@code @RegisterExtension final Steps scenario = new Steps();}, and begin each step with {@code scenario.step("…")}.
 */
public final class Steps implements BeforeEachCallback, TestExecutionExceptionHandler {

    private final List<String> passed = new ArrayList<>();
    private String current;

    /** Begins the next step; the one before it passed. */
    public void step(String name) {
        if (current != null) {
            passed.add(current);
        }
        current = name;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        passed.clear();
        current = null;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (current == null) {
            throw failure;
        }
        StringBuilder where = new StringBuilder("Step ").append(passed.size() + 1).append(" failed: ").append(current);
        if (!passed.isEmpty()) {
            where.append("\n  (passed: ");
            for (int i = 0; i < passed.size(); i++) {
                where.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(passed.get(i));
            }
            where.append(')');
        }
        AssertionError named = new AssertionError(where + "\n" + failure.getMessage(), failure);
        named.setStackTrace(failure.getStackTrace());
        throw named;
    }
}
