package io.plancycle.notification;

import io.plancycle.security.Identities;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Supplier;

/**
 * Who is told: an agency's contacts and head (kept by the planning office, {@code /api/agencies/{code}/contacts}), and
 * the members of a role's group in the engine's identity store. An unknown agency or group has nobody.
 */
@Service
public class Contacts {

    private final AgencyContactRepository contacts;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;

    Contacts(AgencyContactRepository contacts, IdentityService identityService, ProcessEngineConfigurationImpl engine) {
        this.contacts = contacts;
        this.identityService = identityService;
        this.engine = engine;
    }

    /** The agency's clerks (role CONTACT), who get its reminders. */
    @Transactional(readOnly = true)
    public List<Recipient> contactsOf(String agencyCode) {
        return of(agencyCode, ContactRole.CONTACT);
    }

    /** The agency's head (role HEAD), told when its work is late. */
    @Transactional(readOnly = true)
    public List<Recipient> headsOf(String agencyCode) {
        return of(agencyCode, ContactRole.HEAD);
    }

    private List<Recipient> of(String agencyCode, ContactRole role) {
        return contacts.findByAgencyCodeAndRole(agencyCode, role).stream().map(AgencyContact::recipient).toList();
    }

    /**
     * The users of an engine group who have an email address, e.g. {@code evaluation-team}, {@code administrators}.
     * Whoever is signed in to the engine (an agency completing its task in Tasklist, whose listener asks this) may not
     * read other users; who is told is not theirs to see, so the engine's authorization check is off for this query.
     */
    public List<Recipient> membersOf(String groupId) {
        return recipients(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
    }

    /** The users named (by id) who have an email address; as {@link #membersOf}, whoever asks. */
    public List<Recipient> users(List<String> userIds) {
        return recipients(() -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new))
                .orderByUserId().asc().list());
    }

    private List<Recipient> recipients(Supplier<List<User>> query) {
        List<User> members = engine.getCommandExecutorTxRequired().execute(context -> {
            boolean checking = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return query.get();
            } finally {
                if (checking) {
                    context.enableAuthorizationCheck();
                }
            }
        });
        return members.stream()
                .filter(user -> EmailAddresses.isValid(user.getEmail()))
                .map(user -> new Recipient(Identities.displayName(user), user.getEmail()))
                .toList();
    }
}
