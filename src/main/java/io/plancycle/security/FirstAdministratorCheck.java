package io.plancycle.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the demo (plancycle.demo-users=false) the first administrator must have a password of its own: PlanCycle
 * refuses to start, before the engine creates the account, while it is blank or still the demo password. Registered
 * in {@code META-INF/spring.factories}.
 */
public class FirstAdministratorCheck implements EnvironmentPostProcessor {

    static final String DEMO_USERS = "plancycle.demo-users";
    static final String ADMIN_ID = "camunda.bpm.admin-user.id";
    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";
    static final String DEMO_PASSWORD = "plancycle";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = environment.getProperty(DEMO_USERS, Boolean.class, false);
        String adminId = environment.getProperty(ADMIN_ID, "");
        String password = environment.getProperty(ADMIN_PASSWORD, "");
        if (!demo && !adminId.isBlank() && (password.isBlank() || password.equals(DEMO_PASSWORD))) {
            throw new IllegalStateException("PlanCycle runs without the demo users (" + DEMO_USERS + "=false), so the "
                    + "first administrator '" + adminId + "' needs a password of its own: set CAMUNDA_BPM_ADMINUSER_PASSWORD.");
        }
    }
}
