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

import java.util.ArrayList;
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
    private final Deputies deputies;
    private final boolean withNames;

    @Autowired
    IdentityAuthenticationProvider(IdentityService identityService, UserAccounts accounts, Deputies deputies) {
        this(identityService, accounts, deputies, false);
    }

    private IdentityAuthenticationProvider(IdentityService identityService, UserAccounts accounts, Deputies deputies,
                                           boolean withNames) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.deputies = deputies;
        this.withNames = withNames;
    }

    /** The same sign-in, with the person's name as the engine's identity store has it (first and last name). */
    IdentityAuthenticationProvider withNames() {
        return new IdentityAuthenticationProvider(identityService, accounts, deputies, true);
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

    /**
     * The user with their roles and groups; a deputy today (職務代理人) holds, besides, the roles and groups of each user
     * they act for, provided they are still of the same agency (or, both, of none): never another agency's.
     */
    PlanCycleUser load(String userId) {
        List<Group> groups = new ArrayList<>(identityService.createGroupQuery().groupMember(userId).list());
        Group agency = agencyOf(groups);
        List<String> actingFor = new ArrayList<>();
        for (String principal : deputies.principalsOf(userId)) {
            List<Group> theirs = identityService.createGroupQuery().groupMember(principal).list();
            Group theirAgency = agencyOf(theirs);
            if (Objects.equals(theirAgency == null ? null : theirAgency.getId(), agency == null ? null : agency.getId())) {
                actingFor.add(principal);
                theirs.stream().filter(g -> groups.stream().noneMatch(mine -> mine.getId().equals(g.getId()))).forEach(groups::add);
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Group group : groups) {
            if (group == agency) {
                roles.add(Role.AGENCY);
            }
            Arrays.stream(Role.values()).filter(r -> group.getId().equals(r.groupId())).forEach(roles::add);
        }
        return new PlanCycleUser(userId, withNames ? name(userId) : userId, roles,
                agency == null ? null : agency.getId(), agency == null ? null : agency.getName(),
                groups.stream().map(Group::getId).toList(), List.copyOf(actingFor));
    }

    private static Group agencyOf(List<Group> groups) {
        return groups.stream().filter(g -> Role.AGENCY_GROUP_TYPE.equals(g.getType())).findFirst().orElse(null);
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
