package io.plancycle.people;

import io.plancycle.problem.PeopleCode;
import io.plancycle.plan.Agencies;
import io.plancycle.problem.InvalidInputException.FieldError;
import io.plancycle.problem.ProblemCode;
import io.plancycle.problem.Problems;
import io.plancycle.security.Identities;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyResultImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A password as the engine's password policy asks, when one is configured: each rule it breaks is a refusal of its
 * own on the password field, with the rule's figure; without a policy any password but a blank one passes.
 */
class UserChecksTest {

    private final IdentityService identityService = mock(IdentityService.class);
    private final UserChecks checks = new UserChecks(identityService, mock(Identities.class), mock(Agencies.class));

    @Test
    void theEnginesDefaultPolicyRefusesEachRuleBrokenOnThePasswordField() {
        PasswordPolicy policy = new DefaultPasswordPolicyImpl();
        when(identityService.getPasswordPolicy()).thenReturn(policy);
        when(identityService.checkPasswordAgainstPolicy(any(PasswordPolicy.class), anyString(), any(User.class)))
                .thenAnswer(call -> result(policy, call.getArgument(1), call.getArgument(2)));
        UserEntity user = new UserEntity("wang-xm");
        user.setFirstName("王小明");

        assertThat(refusals("short", user)).containsOnlyKeys(PeopleCode.USER_PASSWORD_TOO_SHORT,
                        PeopleCode.USER_PASSWORD_UPPERCASE, PeopleCode.USER_PASSWORD_DIGIT, PeopleCode.USER_PASSWORD_SPECIAL)
                .containsEntry(PeopleCode.USER_PASSWORD_TOO_SHORT, List.of("10"));
        assertThat(refusals("wang-xm-2026-A!", user)).containsOnlyKeys(PeopleCode.USER_PASSWORD_USER_DATA);
        assertThat(refusals("Chiayi-2026-spring", user)).isEmpty();
        assertThat(refusals(" ", user)).containsOnlyKeys(PeopleCode.USER_PASSWORD_MISSING);
    }

    @Test
    void withoutAPolicyOnlyABlankPasswordIsRefused() {
        assertThat(refusals("a", new UserEntity("wang-xm"))).isEmpty();
        assertThat(refusals(null, new UserEntity("wang-xm"))).containsOnlyKeys(PeopleCode.USER_PASSWORD_MISSING);
    }

    private Map<ProblemCode, List<Object>> refusals(String password, User user) {
        Problems problems = new Problems();
        checks.password(problems, password, user);
        assertThat(problems.errors()).extracting(FieldError::field).allMatch("password"::equals);
        return problems.errors().stream().collect(Collectors.toMap(FieldError::code, FieldError::args));
    }

    /** What the engine answers: each of the policy's rules run on the password and the user. */
    private static PasswordPolicyResultImpl result(PasswordPolicy policy, String password, User user) {
        Map<Boolean, List<PasswordPolicyRule>> kept = policy.getRules().stream()
                .collect(Collectors.partitioningBy(rule -> rule.execute(password, user)));
        return new PasswordPolicyResultImpl(kept.get(false), kept.get(true));
    }
}
