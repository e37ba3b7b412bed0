package io.plancycle.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without the demo users, PlanCycle does not start while the first administrator has the demo password. */
class FirstAdministratorCheckTest {

    private final FirstAdministratorCheck check = new FirstAdministratorCheck();

    private static MockEnvironment settings(String demoUsers, String password) {
        return new MockEnvironment().withProperty("plancycle.demo-users", demoUsers)
                .withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty("camunda.bpm.admin-user.password", password);
    }

    @Test
    void withoutTheDemoTheDemoPasswordOrNoneIsRefused() {
        for (String password : new String[] {"plancycle", ""}) {
            assertThatThrownBy(() -> check.postProcessEnvironment(settings("false", password), new SpringApplication()))
                    .hasMessageContaining("first administrator 'admin' needs a password of its own")
                    .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
        }
    }

    @Test
    void aPasswordOfItsOwnOrTheDemoStarts() {
        assertThatCode(() -> check.postProcessEnvironment(settings("false", "s3cret-Chiayi"), new SpringApplication()))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.postProcessEnvironment(settings("true", "plancycle"), new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
