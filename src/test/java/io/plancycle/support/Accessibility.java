package io.plancycle.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * axe-core, Deque's accessibility engine, run on the page a browser shows against WCAG 2.1 A and AA. The engine is
 * the {@code axe.min.js} Deque ships in its Selenium jar ({@code com.deque.html.axe-core:selenium}); it runs in the
 * page itself (the pages have no frames) and answers only its violations, each as one line per element, which takes
 * two thirds of the time the jar's own Java wrapper does with its full report of what passed.
 */
final class Accessibility {

    private static final String AXE = axeSource();

    /** Runs axe with the WCAG 2.0 and 2.1 A and AA rules; answers one text per violated rule, with its elements. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(function (r) {
                 done(r.violations.map(function (v) {
                   return '- ' + v.id + ' (' + v.impact + '): ' + v.help + '\\n' + v.nodes.map(function (n) {
                     return '    ' + JSON.stringify(n.target) + ': ' + (n.failureSummary || '').replace(/\\n/g, ' ');
                   }).join('\\n');
                 }));
               })
               .catch(function (e) { done('axe-core failed: ' + e); });
            """;

    private Accessibility() {
    }

    /** Fails, listing every violation (rule, the elements it found and what is wrong with each), unless there is none. */
    static void assertAccessible(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(AXE);
        Object answer = js.executeAsyncScript(RUN);
        if (!(answer instanceof List<?> violations)) {
            throw new AssertionError("axe-core could not check " + page + ": " + answer);
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " WCAG 2.1 A/AA rule(s) violated on " + page + ":\n"
                    + String.join("\n", violations.stream().map(String::valueOf).toList()));
        }
    }

    private static String axeSource() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
