package io.plancycle.problem;

import java.util.Locale;

/**
 * The language the API answers in, from the caller's {@code Accept-Language}: Traditional Chinese for zh-TW, zh-Hant
 * or plain zh (the first of them the caller prefers over English), English otherwise and when none is asked for.
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange();
                if (tag.equals("zh") || tag.startsWith("zh-tw") || tag.startsWith("zh-hant") || tag.startsWith("zh-hk")
                        || tag.startsWith("zh-mo")) {
                    return Locale.TRADITIONAL_CHINESE;
                }
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header that cannot be read asks for nothing: the default
        }
        return Locale.ENGLISH;
    }
}
