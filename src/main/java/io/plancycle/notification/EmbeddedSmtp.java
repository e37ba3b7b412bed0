package io.plancycle.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * An SMTP server inside PlanCycle (GreenMail, {@code plancycle.mail.embedded=true}) for development and demos: mail
 * really goes over SMTP with nothing to install, and stays in memory. Never in production. It starts when created,
 * which is before the outbox's sender (that depends on it), points the mail sender at itself, and stops on shutdown.
 * Should its port be taken (another PlanCycle running), it takes a free one and says so.
 */
@Component
@ConditionalOnProperty(name = "plancycle.mail.embedded", havingValue = "true")
class EmbeddedSmtp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private final GreenMail server;

    EmbeddedSmtp(MailSettings settings, ObjectProvider<JavaMailSender> mailSender) {
        GreenMail started = isFree(settings.embeddedPort()) ? start(settings.embeddedPort()) : null;
        if (started == null && settings.embeddedPort() != 0) {
            log.warn("Port {} for the embedded SMTP server is taken; using a free port instead", settings.embeddedPort());
            started = start(0);
        }
        if (started == null) {
            throw new IllegalStateException("The embedded SMTP server could not start (plancycle.mail.embedded)");
        }
        this.server = started;
        mailSender.ifAvailable(sender -> {
            if (sender instanceof JavaMailSenderImpl impl) {
                impl.setHost("localhost");
                impl.setPort(port());
            }
        });
        log.warn("Embedded SMTP server (GreenMail) on localhost:{}: mail is kept in memory, for development only; "
                + "set plancycle.mail.embedded=false and spring.mail.* for a real mail server", port());
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static GreenMail start(int port) {
        ServerSetup setup = new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        try {
            greenMail.start();
            if (greenMail.getSmtp().isRunning()) {
                return greenMail;
            }
        } catch (RuntimeException e) {
            log.debug("GreenMail did not start on port {}", port, e);
        }
        greenMail.stop();
        return null;
    }

    int port() {
        return server.getSmtp().getPort();
    }

    /** The mail it has received. */
    jakarta.mail.internet.MimeMessage[] receivedMessages() {
        return server.getReceivedMessages();
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
