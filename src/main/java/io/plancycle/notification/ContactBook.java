package io.plancycle.notification;

import io.plancycle.problem.PeopleCode;
import io.plancycle.plan.Agency;
import io.plancycle.plan.AgencyRepository;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.PlanCycleUser;
import io.plancycle.security.Role;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The planning office keeps each agency's contacts; an agency may read its own, and nobody else's. */
@Service
public class ContactBook {

    static final int MAX_CONTACTS = 50;
    private static final int MAX_NAME = 100;

    private final AgencyRepository agencies;
    private final AgencyContactRepository contacts;

    ContactBook(AgencyRepository agencies, AgencyContactRepository contacts) {
        this.agencies = agencies;
        this.contacts = contacts;
    }

    @Transactional(readOnly = true)
    public List<ContactView> read(String agencyCode) {
        PlanCycleUser user = CurrentUser.get();
        if (!(user.has(Role.ADMIN) || user.belongsTo(agencyCode))) {
            throw new AccessDeniedException("the contacts of " + agencyCode + " are for the planning office and the agency");
        }
        agency(agencyCode);
        return contacts.findByAgencyCode(agencyCode).stream().map(ContactView::of).toList();
    }

    /** Replaces the agency's contacts with the given list; refused whole, naming every bad field, when any is wrong. */
    @Transactional
    public List<ContactView> replace(String agencyCode, List<ContactView> requested) {
        CurrentUser.require(Role.ADMIN);
        Agency agency = agency(agencyCode);
        List<AgencyContact> replacement = validate(agency, requested == null ? List.of() : requested);
        contacts.deleteAll(contacts.findByAgencyCode(agencyCode));
        contacts.flush();
        return contacts.saveAll(replacement).stream().map(ContactView::of).toList();
    }

    private static List<AgencyContact> validate(Agency agency, List<ContactView> requested) {
        Problems problems = new Problems();
        if (requested.size() > MAX_CONTACTS) {
            problems.add("body", PeopleCode.CONTACTS_TOO_MANY, MAX_CONTACTS).throwIfAny();
        }
        Set<String> seen = new HashSet<>();
        List<AgencyContact> valid = new java.util.ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "[" + i + "]";
            ContactView contact = requested.get(i);
            if (contact == null) {
                problems.add(field, MessageCode.FIELD_REQUIRED);
                continue;
            }
            String name = contact.name() == null ? null : contact.name().strip();
            String email = contact.email() == null ? null : contact.email().strip();
            problems.requireText(field + ".name", name, PeopleCode.CONTACT_NAME_MISSING);
            if (name != null && name.length() > MAX_NAME) {
                problems.add(field + ".name", MessageCode.FIELD_TOO_LONG, MAX_NAME);
            }
            if (!EmailAddresses.isValid(email)) {
                problems.add(field + ".email", PeopleCode.CONTACT_EMAIL_INVALID);
            }
            ContactRole role = role(contact.role());
            if (role == null) {
                problems.add(field + ".role", PeopleCode.CONTACT_ROLE_INVALID);
            }
            if (role != null && email != null && !seen.add(role + " " + email.toLowerCase(Locale.ROOT))) {
                problems.add(field + ".email", PeopleCode.CONTACT_EMAIL_TWICE, role);
            }
            if (name != null && role != null && email != null) {
                valid.add(new AgencyContact(agency, name, email, role));
            }
        }
        problems.throwIfAny();
        return valid;
    }

    private static ContactRole role(String role) {
        for (ContactRole value : ContactRole.values()) {
            if (value.name().equals(role)) {
                return value;
            }
        }
        return null;
    }

    private Agency agency(String agencyCode) {
        return agencies.findByCode(agencyCode).orElseThrow(() -> new NotFoundException(MessageCode.AGENCY_UNKNOWN, agencyCode));
    }
}
