package io.plancycle.support;

import org.openqa.selenium.WebDriverException;

/**
 * The page tests' browsers: one {@link Browser} for every page test of the test JVM, and a second for a test where two
 * people work at once. The first test that asks starts it; each next test, of any class and on any server, gets it
 * {@link Browser#reset(int) reset} (signed out, its storage emptied, its window at the first size) and pointed at its
 * own server; the JVM's end closes it. Starting Chromium and its driver takes about a second of both cores here, once
 * per JVM rather than once per class. A browser that no longer answers is replaced. Page tests reach it through
 * {@link PageScenario}: {@code browser = BROWSERS.at(port);}.
 */
public final class Browsers {

    /** The browsers of this test JVM. */
    public static final Browsers SHARED = new Browsers();

    private Browser first;
    private Browser second;

    private Browsers() {
    }

    /** The browser, as new for this test, on the server at {@code port}. */
    public synchronized Browser at(int port) {
        first = fresh(first, port);
        return first;
    }

    /** A second browser, for a test where two people work at once. */
    public synchronized Browser second(int port) {
        second = fresh(second, port);
        return second;
    }

    private static Browser fresh(Browser browser, int port) {
        if (browser != null) {
            try {
                return browser.reset(port);
            } catch (WebDriverException gone) {
                browser.quietlyClose();
            }
        }
        Browser started = new Browser(port);
        Runtime.getRuntime().addShutdownHook(new Thread(started::quietlyClose, "browser-close"));
        return started;
    }
}
