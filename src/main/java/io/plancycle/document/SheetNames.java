package io.plancycle.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of a document's sheets, one per table: the table's name, without the characters spreadsheets refuse in a
 * sheet name, at most 31 characters, and made unique by a number.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private SheetNames() {
    }

    static List<String> of(List<Document.Table> tables) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Document.Table table : tables) {
            String base = clean(table.name());
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                String suffix = "(" + n + ")";
                name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    private static String clean(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/?*\\[\\]:']", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "表";
        }
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }
}
