package io.plancycle.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's sign-in, only with {@code plancycle.ldap.enabled=true}; the sign-in chains ask it after the store. */
@Configuration
@ConditionalOnProperty(prefix = "plancycle.ldap", name = "enabled", havingValue = "true")
class DirectoryConfig {

    @Bean
    DirectorySignIn directorySignIn(DirectoryProperties properties, DirectoryAccounts directoryAccounts,
                                    UserAccounts accounts, IdentityService identityService,
                                    IdentityAuthenticationProvider identity) {
        return new DirectorySignIn(properties, directoryAccounts, accounts, identityService, identity);
    }
}
