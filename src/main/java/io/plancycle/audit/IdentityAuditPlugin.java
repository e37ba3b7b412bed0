package io.plancycle.audit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link RecordingIdentityProvider} in place of the engine's database identity store, so that users, groups and
 * memberships, which live in the engine's tables rather than in JPA, have their changes in the audit trail too.
 */
@Component
class IdentityAuditPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<UserAccountChanges> changes;

    IdentityAuditPlugin(ObjectProvider<UserAccountChanges> changes) {
        this.changes = changes;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() != null) {
            throw new IllegalStateException("another identity provider (" + configuration.getIdentityProviderSessionFactory()
                    .getSessionType().getName() + ") is configured: its changes would not be audited");
        }
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return RecordingIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new RecordingIdentityProvider(changes.getObject());
            }
        });
    }
}
