package io.plancycle.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Objects;

/**
 * The city's directory for the tests: an in-memory LDAP server (UnboundID) with a few staff of 衛生局 and the
 * evaluation team ({@code city-directory.ldif}), started once per JVM on a free port, and PlanCycle's sign-in pointed at
 * it with the group mapping an office would configure: {@code Health Staff} → 衛生局 (public-health),
 * {@code Agency Heads} → HEAD, {@code Evaluation Team} → REVIEWER. The demo users stay in the engine's identity store
 * and sign in there as before; only users it does not know are tried against the directory.
 */
public final class CityDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BASE = "dc=chiayi,dc=gov,dc=tw";

    private static InMemoryDirectoryServer server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "plancycle.ldap.enabled=true",
                "plancycle.ldap.url=ldap://localhost:" + port(),
                "plancycle.ldap.base=" + BASE,
                "plancycle.ldap.user-search-base=ou=staff",
                "plancycle.ldap.user-search-filter=(uid={0})",
                "plancycle.ldap.group-search-base=ou=groups",
                "plancycle.ldap.group-search-filter=(member={0})",
                "plancycle.ldap.roles.[Agency Heads]=HEAD",
                "plancycle.ldap.roles.[Evaluation Team]=REVIEWER",
                "plancycle.ldap.agencies.[Health Staff]=public-health").applyTo(context);
    }

    private static synchronized int port() {
        if (server == null) {
            try {
                InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("city", 0));
                InMemoryDirectoryServer started = new InMemoryDirectoryServer(config);
                started.importFromLDIF(true, Objects.requireNonNull(CityDirectory.class.getResource("/city-directory.ldif"))
                        .getPath());
                started.startListening();
                server = started;
            } catch (LDAPException e) {
                throw new IllegalStateException("the city's directory for the tests did not start", e);
            }
        }
        return server.getListenPort();
    }
}
