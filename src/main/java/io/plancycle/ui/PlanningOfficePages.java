package io.plancycle.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller of the planning office (綜合規劃科): {@link PlanningOfficeOnly} refuses its pages to
 * everyone else before they run (the 403 page).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlanningOfficePages {
}
