package io.plancycle.web;

import io.plancycle.security.PlanCycleUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (as {@code me}), for its navigation and what it offers. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    @ModelAttribute("me")
    PlanCycleUser me(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PlanCycleUser user ? user : null;
    }
}
