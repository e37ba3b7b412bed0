package io.plancycle.notification;

/** A contact of an agency as the API shows it and as a PUT takes it; role is CONTACT or HEAD. */
public record ContactView(String name, String email, String role) {

    static ContactView of(AgencyContact contact) {
        return new ContactView(contact.getName(), contact.getEmail(), contact.getRole().name());
    }
}
