package io.plancycle.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a directory user in the engine's identity store as the directory has them at each sign-in: name and e-mail,
 * and PlanCycle's groups as {@link DirectoryProperties} maps the directory's groups (one agency: the first mapped).
 * Their local password is a random one nobody knows, never checked. Every change is audited like any other change
 * of the identity store.
 */
@Component
class DirectoryAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final Identities identities;
    private final UserAccounts accounts;

    DirectoryAccounts(IdentityService identityService, Identities identities, UserAccounts accounts) {
        this.identityService = identityService;
        this.identities = identities;
        this.accounts = accounts;
    }

    @Transactional
    void sync(DirectoryPerson person, DirectoryProperties mapping) {
        User user = identityService.createUserQuery().userId(person.id()).singleResult();
        boolean created = user == null;
        if (created) {
            user = identityService.newUser(person.id());
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            user.setPassword(Base64.getEncoder().encodeToString(secret));
        }
        if (created || !Objects.equals(user.getFirstName(), person.name()) || !Objects.equals(user.getEmail(), person.email())) {
            user.setFirstName(person.name());
            user.setLastName("");
            user.setEmail(person.email());
            identityService.saveUser(user);
        }
        accounts.markDirectory(person.id());
        identities.setPlanCycleGroups(person.id(), groups(person, mapping));
    }

    private Set<String> groups(DirectoryPerson person, DirectoryProperties mapping) {
        Set<String> groups = new LinkedHashSet<>();
        person.groups().stream().map(mapping.roles()::get).filter(Objects::nonNull)
                .filter(role -> role.groupId() != null).forEach(role -> groups.add(role.groupId()));
        Optional<String> agency = person.groups().stream().map(mapping.agencies()::get)
                .filter(identities::isAgencyGroup).findFirst();
        agency.ifPresent(groups::add);
        if (agency.isEmpty()) {
            groups.remove(Role.HEAD.groupId());
        }
        return groups;
    }
}
