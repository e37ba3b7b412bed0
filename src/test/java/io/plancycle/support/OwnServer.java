package io.plancycle.support;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link SharedServer} configuration in a context of the class's own, closed after it: for a scenario that needs
 * cycle years the shared database already has (the city's plan is written around 110, which most scenarios take) or
 * that must find no cycle at all. A class adds what it alone needs with {@link TestPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SharedServer
@TestPropertySource(properties = "plancycle.test.database=own")
@DirtiesContext
public @interface OwnServer {
}
