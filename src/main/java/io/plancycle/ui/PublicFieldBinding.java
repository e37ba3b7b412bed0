package io.plancycle.ui;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** The binder of the pages marked {@link PublicFieldForms}: their form's public fields, not its getters. */
@ControllerAdvice(annotations = PublicFieldForms.class)
class PublicFieldBinding {

    @InitBinder({"form"})
    void binder(WebDataBinder binder) {
        // Public fields; lists grow up to the binder's default 256 entries (a plan has about 20 KPIs at most).
        binder.initDirectFieldAccess();
    }
}
