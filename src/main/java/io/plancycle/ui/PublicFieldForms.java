package io.plancycle.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller whose form (the model attribute {@code form}) binds to public fields rather than to
 * getters and setters; {@link PublicFieldBinding} sets the binder so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicFieldForms {
}
