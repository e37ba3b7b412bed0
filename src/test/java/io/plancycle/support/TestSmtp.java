package io.plancycle.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port (so that tests run alongside another build on the
 * same machine do not collide). A Spring test context is cached across test classes, so the server it sends to must
 * outlive any one class: it is started on first use and stopped when the JVM exits. Point PlanCycle at it with
 * {@code spring.mail.port=TestSmtp.port()} (and {@code plancycle.mail.embedded=false}).
 */
public final class TestSmtp {

    private static GreenMail server;

    private TestSmtp() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-smtp-stop"));
            server = started;
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }
}
