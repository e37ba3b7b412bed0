package io.plancycle.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Signs users in against the process engine's identity store, where users, groups and hashed passwords live. The
 * agency's name comes with the user's groups; the person's own name takes one query more, which the pages ask for
 * ({@link #withNames()}: once per session) and the API, signing in on every call, does without.
 */
@Component
class IdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final UserAccounts accounts;
    private final boolean withNames;

    @Autowired
    IdentityAuthenticationProvider(IdentityService identityService, UserAccounts accounts) {
        this(identityService, accounts, false);
    }

    private IdentityAuthenticationProvider(IdentityService identityService, UserAccounts accounts, boolean withNames) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.withNames = withNames;
    }

    /** The same sign-in, with the person's name as the engine's identity store has it (first and last name). */
    IdentityAuthenticationProvider withNames() {
        return new IdentityAuthenticationProvider(identityService, accounts, true);
    }

    /**
     * The password checked by the engine (which counts wrong ones and locks), then the account: a disabled one is
     * refused even with the right password. A user of the city's directory is not this provider's to check (null: the
     * directory's sign-in, {@link DirectorySignIn}, is asked next), so its wrong passwords never lock it here.
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (name == null || credentials == null) {
            throw new BadCredentialsException("wrong user name or password");
        }
        UserAccount account = accounts.of(name);
        if (account.isDirectory()) {
            return null;
        }
        if (!identityService.checkPassword(name, credentials.toString())) {
            throw new BadCredentialsException("wrong user name or password");
        }
        refuseDisabled(account);
        return authenticated(name);
    }

    /** A disabled account signs in nowhere: not on the pages, the API or the Camunda webapps. */
    static void refuseDisabled(UserAccount account) {
        if (account.isDisabled()) {
            throw new DisabledException("the account " + account.getUserId() + " is disabled");
        }
    }

    /** The user as signing in makes them: their roles as {@code ROLE_*} authorities and their engine groups. */
    Authentication authenticated(String userId) {
        PlanCycleUser user = load(userId);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    PlanCycleUser load(String userId) {
        List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Group agency = null;
        for (Group group : groups) {
            if (Role.AGENCY_GROUP_TYPE.equals(group.getType())) {
                roles.add(Role.AGENCY);
                agency = group;
            }
            Arrays.stream(Role.values()).filter(r -> group.getId().equals(r.groupId())).forEach(roles::add);
        }
        return new PlanCycleUser(userId, withNames ? name(userId) : userId, roles,
                agency == null ? null : agency.getId(), agency == null ? null : agency.getName(),
                groups.stream().map(Group::getId).toList());
    }

    /** First and last name as the identity store has them; the user id when it has none. */
    private String name(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String name = user == null ? "" : (Objects.toString(user.getFirstName(), "") + " "
                + Objects.toString(user.getLastName(), "")).strip();
        return name.isEmpty() ? userId : name;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
