package io.plancycle.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The API's sign-ins, remembered for a short while ({@code plancycle.api.sign-in-memory}, a minute by default). An
 * HTTP Basic caller signs in on every call; without this each call would ask the identity store for the password, the
 * account, the groups and the deputies again. A sign-in is remembered only once it succeeded, by the user, a salted
 * hash of the password (a secret drawn at each start: the password itself is never kept) and the day (by the engine's
 * clock, as deputies come and go by the day), so a wrong or changed password always asks the store, which counts it.
 * Any change to users, groups, accounts or deputies forgets every remembered sign-in once it commits
 * ({@link IdentityChanged}); a change made on another node reaches this one's callers within the minute.
 */
@Component
public class RememberedSignIns {

    private static final int MAX_SIGN_INS = 10_000;

    private final Cache<String, Authentication> remembered;
    private final byte[] secret = new byte[32];
    private final Supplier<LocalDate> today;

    @Autowired
    RememberedSignIns(@Value("${plancycle.api.sign-in-memory:PT1M}") Duration memory, Deputies deputies) {
        this(memory, deputies::today);
    }

    RememberedSignIns(Duration memory, Supplier<LocalDate> today) {
        this.remembered = Caffeine.newBuilder().expireAfterWrite(memory).maximumSize(MAX_SIGN_INS).build();
        this.today = today;
        new SecureRandom().nextBytes(secret);
    }

    /** The sign-in of {@code signIn}, asked only for a user, password and day not remembered. */
    AuthenticationManager around(AuthenticationManager signIn) {
        return authentication -> {
            if (!(authentication instanceof UsernamePasswordAuthenticationToken) || authentication.getName() == null
                    || authentication.getCredentials() == null) {
                return signIn.authenticate(authentication);
            }
            String key = key(authentication.getName(), authentication.getCredentials().toString());
            Authentication known = remembered.getIfPresent(key);
            if (known != null) {
                return known;
            }
            Authentication signedIn = signIn.authenticate(authentication);
            if (signedIn != null && signedIn.isAuthenticated()) {
                remembered.put(key, signedIn);
            }
            return signedIn;
        };
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(IdentityChanged change) {
        remembered.invalidateAll();
    }

    private String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return user + '\u0000' + today.get() + '\u0000' + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
