package io.plancycle.support;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page test told as a story: the test JVM's browser ({@link Browsers}, {@code BROWSERS.at(port)}),
 * named steps ({@link Steps}, {@code scenario.step("…")}) and the running server's port for the browser and the API
 * beside it ({@code new PlanCycleApi(port)}). The class says which server it runs on ({@link SharedServer} or
 * {@link OwnServer}).
 */
public abstract class PageScenario {

    protected static final Browsers BROWSERS = Browsers.SHARED;

    @RegisterExtension
    protected final Steps scenario = new Steps();

    @LocalServerPort
    protected int port;
}
