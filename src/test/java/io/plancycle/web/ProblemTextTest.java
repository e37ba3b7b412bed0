package io.plancycle.web;

import io.plancycle.problem.ApiLanguage;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Term;
import io.plancycle.ui.ProblemText;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal read in each language, with the words and numbers of its arguments as readers write them. */
class ProblemTextTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ProblemTextTest() {
        messages.setBasenames("messages/problem", "messages/admin");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aTermArgumentIsReadInTheReadersWords() {
        InvalidInputException.FieldError order = new InvalidInputException.FieldError("calendar.review",
                MessageCode.CYCLE_DATE_OUT_OF_ORDER, new Term("admin.calendar.REVIEW"), new Term("admin.calendar.DRAFTING"));
        assertThat(ProblemText.of(messages, order, Locale.TRADITIONAL_CHINESE)).isEqualTo("書面審查期限不得早於草擬期限。");
        assertThat(ProblemText.of(messages, order, Locale.ENGLISH))
                .isEqualTo("The due date of Written review must not be before the due date of Drafting.");
    }

    @Test
    void numbersAreWrittenWithoutSeparatorsOrTrailingZeros() {
        InvalidInputException.FieldError tooEasy = new InvalidInputException.FieldError("goals[2].kpis[0].targets.110",
                MessageCode.REVISION_TARGETS_TOO_EASY, 1109, new BigDecimal("130.00"));
        assertThat(ProblemText.of(messages, tooEasy, Locale.TRADITIONAL_CHINESE))
                .isEqualTo("1109 年達成率逾 130%，請提高後續年度目標值並說明理由。");
        assertThat(ProblemText.of(messages, MessageCode.FIELD_TOO_LONG, java.util.List.of(20000), Locale.ENGLISH))
                .isEqualTo("is longer than 20000 characters");
    }

    @Test
    void theApiAnswersInChineseOnlyWhenAskedForTraditionalChinese() {
        assertThat(ApiLanguage.of(null)).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("zh-TW")).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(ApiLanguage.of("zh-Hant-TW,zh;q=0.9")).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(ApiLanguage.of("zh")).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(ApiLanguage.of("en;q=0.9,zh-TW;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("fr-FR,zh-TW;q=0.5")).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(ApiLanguage.of("fr-FR")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("zh-CN")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("not a language;;q=x")).isEqualTo(Locale.ENGLISH);
    }
}
