package io.plancycle.ui;

import java.math.BigDecimal;

/**
 * What every page writes the same way: the id of a form field's input ({@code goals[0].kpis[1].name} →
 * {@code f-goals-0-kpis-1-name}, so a message links to its field) and a number without needless zeros.
 */
public final class PageFormat {

    private PageFormat() {
    }

    /** The id of a form field's input on the page: {@code goals[0].kpis[1].name} → {@code f-goals-0-kpis-1-name}. */
    public static String fieldId(String field) {
        String id = field == null ? "" : field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        return "f-" + id;
    }

    /** A number without trailing zeros or exponent: 1200, 96.5. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
