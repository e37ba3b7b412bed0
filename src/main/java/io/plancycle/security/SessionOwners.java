package io.plancycle.security;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SingleIndexResolver;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The pages' sessions live in the database (Spring Session JDBC, docs/adr/0019-two-nodes.md), each row naming whose
 * session it is ({@code spring_session.principal_name}): the signed-in user's id. Spring Session would write the
 * principal's {@code toString()}, which for a {@link PlanCycleUser} is the whole record, too long for the column.
 * An attribute is written as an insert-or-update, on H2 as on PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class SessionOwners {

    /**
     * Two requests of one session at once (a double click) may both add the same attribute (the flash map of the page
     * they redirect to): each writes it as an insert-or-update, so the second is not refused by the first's row.
     */
    private static final String H2_WRITE_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsByUserId(DataSourceProperties dataSource) {
        boolean postgres = DatabaseDriver.fromJdbcUrl(dataSource.determineUrl()) == DatabaseDriver.POSTGRESQL;
        return repository -> {
            repository.setIndexResolver(new UserIdIndex());
            if (postgres) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else {
                repository.setCreateSessionAttributeQuery(H2_WRITE_ATTRIBUTE);
            }
        };
    }

    /** The id of the user signed in with the session; none for a session nobody signed in with (yet). */
    static final class UserIdIndex extends SingleIndexResolver<Session> {

        UserIdIndex() {
            super(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        }

        @Override
        public String resolveIndexValueFor(Session session) {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication signedIn = context instanceof SecurityContext security ? security.getAuthentication() : null;
            if (signedIn == null) {
                return null;
            }
            return signedIn.getPrincipal() instanceof PlanCycleUser user ? user.id() : signedIn.getName();
        }
    }
}
