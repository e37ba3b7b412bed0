package io.plancycle.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' words: each bundle says each key once (a second definition silently wins over the first), and the
 * Chinese and English bundles of a part hold the same keys, so that no page falls back to a key in one language.
 */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "agency", "audit", "common", "problem", "review"})
    void eachKeyOnceAndTheSameKeysInBothLanguages(String part) throws IOException {
        List<String> chinese = keys("/messages/" + part + ".properties");
        List<String> english = keys("/messages/" + part + "_en.properties");
        assertThat(duplicates(chinese)).as("keys defined twice in %s.properties", part).isEmpty();
        assertThat(duplicates(english)).as("keys defined twice in %s_en.properties", part).isEmpty();
        assertThat(new TreeSet<>(english)).as("the English keys of %s", part).isEqualTo(new TreeSet<>(chinese));
    }

    private static Set<String> duplicates(List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        keys.forEach(k -> {
            if (!seen.add(k)) {
                twice.add(k);
            }
        });
        return twice;
    }

    /** The keys in the order written (a {@link java.util.Properties} would keep only the last of two). */
    private static List<String> keys(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> keys = new ArrayList<>();
            String previous = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                boolean continued = previous.endsWith("\\");
                previous = line;
                String trimmed = line.strip();
                if (continued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                int end = trimmed.indexOf('=');
                keys.add((end < 0 ? trimmed : trimmed.substring(0, end)).strip());
            }
            return keys;
        }
    }
}
