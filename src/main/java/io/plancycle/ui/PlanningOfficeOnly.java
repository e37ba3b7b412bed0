package io.plancycle.ui;

import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Runs before every page marked {@link PlanningOfficePages}: nobody but the planning office may open them. */
@ControllerAdvice(annotations = PlanningOfficePages.class)
class PlanningOfficeOnly {

    @ModelAttribute
    void planningOfficeOnly() {
        CurrentUser.require(Role.ADMIN);
    }
}
