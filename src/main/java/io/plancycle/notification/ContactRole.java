package io.plancycle.notification;

/** What a contact is at the agency: a clerk who gets its reminders, or its head, who is told when it is late. */
enum ContactRole {
    CONTACT, HEAD
}
