package io.plancycle.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the API's remembered sign-ins ask the identity store, and what they never spare it. */
class RememberedSignInsTest {

    private final List<String> asked = new ArrayList<>();
    private final AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.of(2026, 12, 2));
    private final RememberedSignIns signIns = new RememberedSignIns(Duration.ofMinutes(1), today::get);
    /** The identity store: civil-affairs's password is "right"; anything else is refused. */
    private final AuthenticationManager store = signIns.around(authentication -> {
        asked.add(authentication.getName() + ":" + authentication.getCredentials());
        if (!"right".equals(authentication.getCredentials())) {
            throw new BadCredentialsException("wrong user name or password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
    });

    @Test
    void aSecondCallWithTheSamePasswordOnTheSameDayIsNotAskedAgain() {
        Authentication first = store.authenticate(basic("civil-affairs", "right"));
        Authentication second = store.authenticate(basic("civil-affairs", "right"));

        assertThat(second).isSameAs(first);
        assertThat(asked).containsExactly("civil-affairs:right");
    }

    @Test
    void aWrongPasswordIsAskedEveryTimeAndNeverRemembered() {
        store.authenticate(basic("civil-affairs", "right"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> store.authenticate(basic("civil-affairs", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(asked).containsExactly("civil-affairs:right", "civil-affairs:wrong", "civil-affairs:wrong");
    }

    @Test
    void anotherUserAnotherDayOrAChangeInTheIdentityStoreAsksAgain() {
        store.authenticate(basic("civil-affairs", "right"));
        store.authenticate(basic("public-works", "right"));
        today.set(today.get().plusDays(1));
        store.authenticate(basic("civil-affairs", "right"));
        signIns.forget(new IdentityChanged("civil-affairs"));
        store.authenticate(basic("civil-affairs", "right"));

        assertThat(asked).containsExactly("civil-affairs:right", "public-works:right", "civil-affairs:right",
                "civil-affairs:right");
    }

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
