package io.plancycle.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal code has its message in both bundles (Traditional Chinese, the default, and English) with the same
 * arguments, and the bundles hold no message of a code that is gone.
 */
class MessageCodeTest {

    private static final String CHINESE = "messages/problem.properties";
    private static final String ENGLISH = "messages/problem_en.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** Every code of every group: {@link MessageCode}, {@link PeopleCode}, {@link EvidenceCode}. */
    static Stream<ProblemCode> codes() {
        return Stream.of(MessageCode.values(), PeopleCode.values(), EvidenceCode.values()).flatMap(Arrays::stream);
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyCodeHasAMessageInBothLanguagesWithTheSameArguments(ProblemCode code) {
        String chinese = bundle(CHINESE).getProperty(code.key());
        String english = bundle(ENGLISH).getProperty(code.key());
        assertThat(chinese).as("%s in %s", code.key(), CHINESE).isNotBlank();
        assertThat(english).as("%s in %s", code.key(), ENGLISH).isNotBlank();
        Set<Integer> arguments = placeholders(chinese);
        assertThat(placeholders(english)).as("arguments of %s: 「%s」 and \"%s\"", code.key(), chinese, english)
                .isEqualTo(arguments);
        assertThat(arguments).as("arguments of %s are numbered from {0} without gaps", code.key())
                .isEqualTo(IntStream.range(0, arguments.size()).boxed().collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {CHINESE, ENGLISH})
    void theBundlesHoldOnlyTheCodesMessagesAndNoApostrophe(String file) {
        Properties bundle = bundle(file);
        Set<String> codes = codes().map(ProblemCode::key).collect(Collectors.toSet());
        assertThat(new TreeSet<>(bundle.stringPropertyNames())).as(file).isEqualTo(new TreeSet<>(codes));
        // MessageFormat would drop a single quote and what follows it
        bundle.forEach((key, text) -> assertThat(text.toString()).as("%s in %s", key, file).doesNotContain("'"));
    }

    @Test
    void codesAreStableDottedKeysEachUsedOnce() {
        Set<String> keys = new TreeSet<>();
        for (ProblemCode code : codes().toList()) {
            assertThat(code.key()).as(code.name()).matches("[a-z]+(\\.[a-z][A-Za-z0-9]*)+");
            assertThat(keys.add(code.key())).as("%s is used once", code.key()).isTrue();
        }
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Properties bundle(String name) {
        try (InputStream in = MessageCodeTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
