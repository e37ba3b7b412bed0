package io.plancycle.notification;

import io.plancycle.security.Deputies;
import io.plancycle.security.Identities;
import io.plancycle.security.Role;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is told: an agency's contacts and head (kept by the planning office, {@code /api/agencies/{code}/contacts}), and
 * the members of a role's group in the engine's identity store. An unknown agency or group has nobody.
 */
@Service
public class Contacts {

    private final AgencyContactRepository contacts;
    private final Identities identities;
    private final Deputies deputies;

    Contacts(AgencyContactRepository contacts, Identities identities, Deputies deputies) {
        this.contacts = contacts;
        this.identities = identities;
        this.deputies = deputies;
    }

    /**
     * The agency's clerks (role CONTACT), who get its reminders, and whoever acts today as the deputy of one of the
     * agency's users.
     */
    @Transactional(readOnly = true)
    public List<Recipient> contactsOf(String agencyCode) {
        List<Recipient> to = new ArrayList<>(of(agencyCode, ContactRole.CONTACT));
        to.addAll(deputiesOf(identities.membersOf(agencyCode)));
        return to.stream().distinct().toList();
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
     * The users of an engine group who have an email address, e.g. {@code evaluation-team}, {@code administrators}
     * ({@link Identities#membersOf}), and whoever acts today as one's deputy.
     */
    public List<Recipient> membersOf(String groupId) {
        return withDeputies(identities.membersOf(groupId));
    }

    /** The agency's heads among its users (in the heads' group too), who sign off its work, and their deputies today. */
    public List<Recipient> headUsersOf(String agencyCode) {
        Set<String> heads = identities.membersOf(Role.HEAD.groupId()).stream().map(User::getId).collect(Collectors.toSet());
        return withDeputies(identities.membersOf(agencyCode).stream().filter(user -> heads.contains(user.getId())).toList());
    }

    /** The users named (by id) who have an email address, as {@link #membersOf} reads them (no deputies). */
    public List<Recipient> users(List<String> userIds) {
        return recipients(identities.users(userIds));
    }

    private List<Recipient> withDeputies(List<User> users) {
        List<Recipient> to = new ArrayList<>(recipients(users));
        to.addAll(deputiesOf(users));
        return to.stream().distinct().toList();
    }

    /** Whoever acts today as the deputy of one of these users (職務代理人): reminders reach both. */
    private List<Recipient> deputiesOf(List<User> principals) {
        return recipients(identities.users(deputies.deputiesOf(principals.stream().map(User::getId).toList())));
    }

    private static List<Recipient> recipients(List<User> members) {
        return members.stream()
                .filter(user -> EmailAddresses.isValid(user.getEmail()))
                .map(user -> new Recipient(Identities.displayName(user), user.getEmail()))
                .toList();
    }
}
