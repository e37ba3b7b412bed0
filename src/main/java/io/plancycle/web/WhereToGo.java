package io.plancycle.web;

import io.plancycle.PlanCycleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the service where to go once it is ready. */
@Component
class WhereToGo {

    private static final Logger log = LoggerFactory.getLogger(WhereToGo.class);

    private final PlanCycleProperties properties;

    WhereToGo(PlanCycleProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String base = properties.baseUrl();
        log.info("""

                PlanCycle is ready.
                  Pages            {}/
                  API              {}/api/tasks   (HTTP Basic; OpenAPI at {}/v3/api-docs, browsable at {}/swagger-ui.html)
                  Camunda webapps  {}/camunda/app/
                  Health           {}/actuator/health
                """, base, base, base, base, base, base);
        if (properties.demoUsers()) {
            log.info("Demo users (password '{}'): admin, reviewer, approver, and one per agency such as civil-affairs",
                    properties.demoPassword());
        }
    }
}
