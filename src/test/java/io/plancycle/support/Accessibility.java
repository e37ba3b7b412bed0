package io.plancycle.support;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

/** axe-core (Deque's accessibility engine) run on the page a browser shows, against WCAG 2.1 A and AA. */
final class Accessibility {

    /** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe-core tags them. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe-core's rules for {@link #WCAG_AA}, reporting every violation in full and of what passed only the rule (not
     * every element), which halves the time of a check. The pages have no frames, so axe runs once, in the page
     * itself (legacy mode), rather than in a second, blank window it would open to gather frames' results.
     */
    private static final AxeRunOptions WCAG_AA_VIOLATIONS = wcagAaViolations();

    private Accessibility() {
    }

    /**
     * Runs axe-core on the page as it is now and fails, listing every violation (rule, the elements it found and what
     * is wrong with each), unless it finds none.
     */
    static void assertAccessible(WebDriver driver, String page) {
        Results results = new AxeBuilder().withOptions(WCAG_AA_VIOLATIONS).disableIframeTesting().setLegacyMode(true)
                .analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            int elements = violations.stream().mapToInt(rule -> rule.getNodes().size()).sum();
            throw new AssertionError(violations.size() + " WCAG 2.1 A/AA rule(s) violated by " + elements
                    + " element(s) on " + page + ":\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static AxeRunOptions wcagAaViolations() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + ": " + node.getFailureSummary().replace("\n", " ");
    }
}
