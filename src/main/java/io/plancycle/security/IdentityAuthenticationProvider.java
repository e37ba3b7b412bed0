package io.plancycle.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Signs users in against the process engine's identity store, where users, groups and hashed passwords live. */
@Component
class IdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    IdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (name == null || credentials == null || !identityService.checkPassword(name, credentials.toString())) {
            throw new BadCredentialsException("wrong user name or password");
        }
        return authenticated(name);
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
        String agency = null;
        for (Group group : groups) {
            if (Role.AGENCY_GROUP_TYPE.equals(group.getType())) {
                roles.add(Role.AGENCY);
                agency = group.getId();
            }
            Arrays.stream(Role.values()).filter(r -> group.getId().equals(r.groupId())).forEach(roles::add);
        }
        return new PlanCycleUser(userId, roles, agency, groups.stream().map(Group::getId).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
