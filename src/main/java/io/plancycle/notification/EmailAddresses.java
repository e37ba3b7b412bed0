package io.plancycle.notification;

import java.util.regex.Pattern;

/** What PlanCycle accepts as an email address: one plain address, {@code local@domain.tld}, at most 254 characters. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && ADDRESS.matcher(email).matches();
    }
}
