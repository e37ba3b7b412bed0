package io.plancycle.cycle;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What comes next, in the user's words, for a page with nothing to do on it: {@code ${@nextStep.forMe()}} gives
 * "下一步：110年度 書面審查，評估小組審查中，預定 110年4月30日 前完成。" (see the fragment pages/fragments :: nextStep).
 */
@Component("nextStep")
public class NextStepText {

    private final NextSteps nextSteps;
    private final MessageSource messages;
    private final RocFormat roc;

    NextStepText(NextSteps nextSteps, MessageSource messages, RocFormat roc) {
        this.nextSteps = nextSteps;
        this.messages = messages;
        this.roc = roc;
    }

    public String forMe() {
        NextStep next = nextSteps.forMe();
        Locale locale = LocaleContextHolder.getLocale();
        String stage = next.stage() == null ? "" : messages.getMessage("stage." + next.stage(), null, locale);
        return messages.getMessage("next." + next.kind(), new Object[] {
                String.valueOf(next.year()), String.valueOf(next.count()), roc.longDate(next.dueOn()), stage}, locale);
    }
}
