package io.plancycle.audit;

import io.plancycle.support.SignIn;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** Who and where a revision is stamped with, on each kind of thread that changes data. */
class RequestOriginTest {

    @AfterEach
    void clear() {
        SignIn.clear();
        Authentications.clearCurrent();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aTimerOrAJobIsTheSystemFromNowhere() {
        assertThat(RequestOrigin.user()).isEqualTo("system");
        assertThat(RequestOrigin.address()).isEqualTo("system");
    }

    @Test
    void aRequestOfAUserSignedInToPlanCycleIsThatUserFromTheRemoteAddress() {
        SignIn.asAgency("police");
        request("203.0.113.7", "198.51.100.1");
        assertThat(RequestOrigin.user()).isEqualTo("police");
        assertThat(RequestOrigin.address()).isEqualTo("203.0.113.7");
    }

    @Test
    void aForwardingHeaderIsNotBelieved() {
        SignIn.asAdmin();
        request("127.0.0.1", "10.9.8.7");
        assertThat(RequestOrigin.address()).isEqualTo("127.0.0.1");
    }

    @Test
    void aUserSignedInToTheCamundaWebappsIsThatUser() {
        Authentications webapp = new Authentications();
        webapp.addOrReplace(new UserAuthentication("education", "default"));
        Authentications.setCurrent(webapp);
        request("192.0.2.44", null);
        assertThat(RequestOrigin.user()).isEqualTo("education");
        assertThat(RequestOrigin.address()).isEqualTo("192.0.2.44");
        // PlanCycle's own sign-in comes first.
        SignIn.asReviewer();
        assertThat(RequestOrigin.user()).isEqualTo("reviewer");
    }

    private static void request(String remoteAddress, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/audit");
        request.setRemoteAddr(remoteAddress);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
            request.addHeader("Forwarded", "for=" + forwardedFor);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
