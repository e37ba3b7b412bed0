package io.plancycle.notification;

/** Someone a notification is mailed to; the name is for the log and may be blank. */
public record Recipient(String name, String email) {
}
