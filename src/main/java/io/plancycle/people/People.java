package io.plancycle.people;

import io.plancycle.problem.PeopleCode;
import io.plancycle.audit.UserAccountChanges;
import io.plancycle.plan.Agencies;
import io.plancycle.plan.AdminInput;

import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Identities;
import io.plancycle.security.Role;
import io.plancycle.security.UserAccount;
import io.plancycle.security.UserAccounts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The planning office manages PlanCycle's users: who they are, their agency and roles, whether they may sign in, their
 * password and their lock. The one door for the pages and the API alike; only the planning office passes it. Users,
 * groups and passwords live in the engine's identity store, whose every change the audit trail records; whether an
 * account is disabled lives beside it ({@link UserAccounts}), audited here. Each change is whole or not at all.
 */
@Service
public class People {

    private final IdentityService identityService;
    private final Identities identities;
    private final UserAccounts accounts;
    private final UserAccountChanges audit;
    private final UserChecks checks;
    private final Agencies agencies;
    private final int maxAttempts;

    People(IdentityService identityService, Identities identities, UserAccounts accounts, UserAccountChanges audit,
           UserChecks checks, Agencies agencies, ProcessEngineConfigurationImpl engine) {
        this.identityService = identityService;
        this.identities = identities;
        this.accounts = accounts;
        this.audit = audit;
        this.checks = checks;
        this.agencies = agencies;
        this.maxAttempts = engine.getLoginMaxAttempts();
    }

    /** Every user, by id. */
    @Transactional(readOnly = true)
    public List<UserView> list() {
        CurrentUser.require(Role.ADMIN);
        Map<String, UserAccount> flags = accounts.all();
        Map<String, String> agencyNames = AdminInput.agencyNames(agencies.inCityOrder());
        return identityService.createUserQuery().orderByUserId().asc().list().stream()
                .map(user -> view(user, flags.getOrDefault(user.getId(), new UserAccount(user.getId())), agencyNames))
                .toList();
    }

    @Transactional(readOnly = true)
    public UserView get(String id) {
        CurrentUser.require(Role.ADMIN);
        return view(user(id));
    }

    /** A new user with their first password, their agency and roles. */
    @Transactional
    public UserView create(UserRequest request) {
        CurrentUser.require(Role.ADMIN);
        Problems problems = new Problems();
        checks.newId(problems, request.id());
        checks.profile(problems, request.name(), request.email());
        Set<String> groups = checks.groups(problems, request.agency(), request.roles());
        // Not saved before every field passed; built now for the password policy, which looks at the id and the name.
        User user = identityService.newUser(Objects.requireNonNullElse(request.id(), ""));
        user.setFirstName(strip(request.name()));
        user.setLastName("");
        user.setEmail(strip(request.email()));
        checks.password(problems, request.password(), user);
        problems.throwIfAny();
        user.setPassword(request.password());
        identityService.saveUser(user);
        identities.setPlanCycleGroups(user.getId(), groups);
        return view(user);
    }

    /** The user's name, e-mail, agency and roles (the password is the reset's; a directory user's next sign-in maps again). */
    @Transactional
    public UserView update(String id, UserRequest request) {
        CurrentUser.require(Role.ADMIN);
        User user = user(id);
        Problems problems = new Problems();
        checks.profile(problems, request.name(), request.email());
        Set<String> groups = checks.groups(problems, request.agency(), request.roles());
        if (!groups.contains(Role.ADMIN.groupId())) {
            keepAnAdministrator(problems, id, "roles");
        }
        problems.throwIfAny();
        if (!Objects.equals(user.getFirstName(), strip(request.name())) || !Objects.equals(user.getEmail(), strip(request.email()))) {
            user.setFirstName(strip(request.name()));
            user.setLastName("");
            user.setEmail(strip(request.email()));
            identityService.saveUser(user);
        }
        identities.setPlanCycleGroups(id, groups);
        return view(user);
    }

    /** Disables the account (it signs in nowhere) or enables it again. */
    @Transactional
    public UserView setDisabled(String id, boolean disabled) {
        CurrentUser.require(Role.ADMIN);
        User user = user(id);
        if (disabled) {
            Problems problems = new Problems();
            if (id.equals(CurrentUser.get().id())) {
                problems.add("disabled", PeopleCode.USER_DISABLE_SELF);
            } else {
                keepAnAdministrator(problems, id, "disabled");
            }
            problems.throwIfAny();
        }
        if (accounts.setDisabled(id, disabled)) {
            audit.disabled(id, disabled);
        }
        return view(user);
    }

    /** A new password the planning office sets (and tells the user); not for a directory user. */
    @Transactional
    public UserView resetPassword(String id, String password) {
        CurrentUser.require(Role.ADMIN);
        User user = user(id);
        Problems problems = new Problems();
        if (accounts.of(id).isDirectory()) {
            problems.add("password", PeopleCode.USER_PASSWORD_DIRECTORY).throwIfAny();
        }
        checks.password(problems, password, user);
        problems.throwIfAny();
        user.setPassword(password);
        identityService.saveUser(user);
        return view(user);
    }

    /** Lifts the lock of too many wrong passwords. */
    @Transactional
    public UserView unlock(String id) {
        CurrentUser.require(Role.ADMIN);
        user(id);
        identityService.unlockUser(id);
        return view(user(id));
    }

    /** Refuses to leave the planning office without an enabled account when this one stops being one. */
    private void keepAnAdministrator(Problems problems, String id, String field) {
        List<User> admins = identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).list();
        boolean isAdmin = admins.stream().anyMatch(u -> u.getId().equals(id));
        Map<String, UserAccount> flags = accounts.all();
        long othersEnabled = admins.stream().map(User::getId).filter(other -> !other.equals(id))
                .filter(other -> !flags.containsKey(other) || !flags.get(other).isDisabled()).count();
        if (isAdmin && !accounts.of(id).isDisabled() && othersEnabled == 0) {
            problems.add(field, PeopleCode.USER_LAST_ADMIN);
        }
    }

    private User user(String id) {
        User user = id == null ? null : identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            throw new NotFoundException(PeopleCode.USER_NOT_FOUND, id);
        }
        return user;
    }

    private UserView view(User user) {
        return view(user, accounts.of(user.getId()), AdminInput.agencyNames(agencies.inCityOrder()));
    }

    private UserView view(User user, UserAccount flags, Map<String, String> agencyNames) {
        Set<String> groups = identities.planCycleGroups(user.getId());
        String agency = groups.stream().filter(agencyNames::containsKey).findFirst().orElse(null);
        List<String> roles = UserChecks.GIVEN.stream().filter(role -> groups.contains(role.groupId())).map(Role::name).toList();
        boolean locked = user instanceof UserEntity entity && entity.getAttempts() >= maxAttempts;
        return new UserView(user.getId(), Identities.displayName(user), user.getEmail(), agency,
                agency == null ? null : agencyNames.get(agency), roles, flags.isDisabled(), locked, flags.isDirectory());
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
