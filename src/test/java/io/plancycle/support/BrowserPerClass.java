package io.plancycle.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link Browser} for all the tests of a class: started by the first test that asks, {@link Browser#reset() reset}
 * for each next one, closed after the class. Register it as a static field:
 * {@code @RegisterExtension static final BrowserPerClass BROWSERS = new BrowserPerClass();} and ask in
 * {@code @BeforeEach}: {@code browser = BROWSERS.at(port);}. A test with two people at once asks {@link #second(int)}.
 */
public final class BrowserPerClass implements AfterAllCallback {

    private Browser first;
    private Browser second;

    /** The class's browser, as new for this test. */
    public Browser at(int port) {
        first = fresh(first, port);
        return first;
    }

    /** A second browser, for a test where two people work at once. */
    public Browser second(int port) {
        second = fresh(second, port);
        return second;
    }

    private static Browser fresh(Browser browser, int port) {
        return browser == null ? new Browser(port) : browser.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (first != null) {
            first.close();
            first = null;
        }
        if (second != null) {
            second.close();
            second = null;
        }
    }
}
