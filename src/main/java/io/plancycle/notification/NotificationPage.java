package io.plancycle.notification;

import java.util.List;

/** A page of the notification log, newest first; {@code hasMore} says whether the next page has any. */
public record NotificationPage(List<NotificationView> items, int page, int size, boolean hasMore) {
}
