package io.plancycle.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

import java.util.Collection;
import java.util.List;

/**
 * Sign-in against the city's directory (plancycle.ldap.*), asked after the engine's identity store: for a user the
 * store does not know, or one it knows from an earlier directory sign-in. The directory checks the password (a bind
 * as the user) and names the user's groups; the user is then kept in the identity store as mapped
 * ({@link DirectoryAccounts}) and signed in as a local user would be. A disabled account stays refused. A local user of
 * the same name is never tried here: the identity store decides for them.
 */
class DirectorySignIn implements AuthenticationProvider {

    private final DirectoryProperties properties;
    private final LdapAuthenticationProvider directory;
    private final DirectoryAccounts directoryAccounts;
    private final UserAccounts accounts;
    private final IdentityService identityService;
    private final IdentityAuthenticationProvider identity;

    DirectorySignIn(DirectoryProperties properties, DirectoryAccounts directoryAccounts, UserAccounts accounts,
                    IdentityService identityService, IdentityAuthenticationProvider identity) {
        this.properties = properties;
        this.directory = directory(properties);
        this.directoryAccounts = directoryAccounts;
        this.accounts = accounts;
        this.identityService = identityService;
        this.identity = identity.withNames();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        UserAccount account = accounts.of(name);
        if (!account.isDirectory() && identityService.createUserQuery().userId(name).count() > 0) {
            return null;
        }
        DirectoryPerson person;
        try {
            person = (DirectoryPerson) directory.authenticate(authentication).getPrincipal();
        } catch (AuthenticationException e) {
            throw new BadCredentialsException("wrong user name or password", e);
        }
        IdentityAuthenticationProvider.refuseDisabled(account);
        directoryAccounts.sync(person, properties);
        return identity.authenticated(person.id());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static LdapAuthenticationProvider directory(DirectoryProperties properties) {
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(List.of(properties.url()),
                properties.base());
        if (!properties.managerDn().isBlank()) {
            source.setUserDn(properties.managerDn());
            source.setPassword(properties.managerPassword());
        }
        source.afterPropertiesSet();
        BindAuthenticator authenticator = new BindAuthenticator(source);
        authenticator.setUserSearch(new FilterBasedLdapUserSearch(properties.userSearchBase(),
                properties.userSearchFilter(), source));
        DefaultLdapAuthoritiesPopulator groups = new DefaultLdapAuthoritiesPopulator(source, properties.groupSearchBase());
        groups.setGroupSearchFilter(properties.groupSearchFilter());
        groups.setGroupRoleAttribute("cn");
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setSearchSubtree(true);
        groups.setIgnorePartialResultException(true);
        LdapAuthenticationProvider provider = new LdapAuthenticationProvider(authenticator, groups);
        provider.setUserDetailsContextMapper(new PersonMapper(properties));
        return provider;
    }

    /** The person's name, e-mail and group names from the directory's answer. */
    private record PersonMapper(DirectoryProperties properties) implements UserDetailsContextMapper {

        @Override
        public UserDetails mapUserFromContext(DirContextOperations entry, String username,
                                              Collection<? extends GrantedAuthority> groups) {
            String name = entry.getStringAttribute(properties.nameAttribute());
            return new DirectoryPerson(username, name == null || name.isBlank() ? username : name,
                    entry.getStringAttribute(properties.emailAttribute()),
                    groups.stream().map(GrantedAuthority::getAuthority).toList());
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter entry) {
            throw new UnsupportedOperationException("PlanCycle never writes to the directory");
        }
    }
}
