package io.plancycle.ui;

import io.plancycle.security.PlanCycleUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows who is signed in (as {@code me}), for its navigation, its top bar (name, agency, role) and what it
 * offers. The principal was loaded at sign-in and lives in the session: no query per page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class PageModel {

    @ModelAttribute("me")
    PlanCycleUser me() {
        return signedIn();
    }

    /** The signed-in user, or null: also for the pages that explain a refusal or a missing page. */
    public static PlanCycleUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PlanCycleUser user ? user : null;
    }
}
