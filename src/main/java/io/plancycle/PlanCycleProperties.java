package io.plancycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * PlanCycle's own settings (prefix {@code plancycle}).
 *
 * @param importFile           the plan loaded into an empty database on first start; blank for none
 * @param demoUsers            whether the demo users (admin, approver, reviewer, one per agency) are created with the import
 * @param demoPassword         their password
 * @param demoCycle            whether, with the demo users, the current year's cycle is opened and driven to a living
 *                             demo (agencies at every step, one of them overdue)
 * @param overThresholdPercent an achievement rate above this flags the target as too easy (130 by the 2021 city directive)
 * @param zone                 the users' time zone; a due date ends at midnight there
 * @param baseUrl              where users reach PlanCycle, for the links in mail
 * @param government           the government whose plan this is, as its documents are headed ("嘉義市政府")
 */
@ConfigurationProperties("plancycle")
public record PlanCycleProperties(
        @DefaultValue("classpath:demo/chiayi-108-111-plan.json") String importFile,
        @DefaultValue("false") boolean demoUsers,
        @DefaultValue("plancycle") String demoPassword,
        @DefaultValue("false") boolean demoCycle,
        @DefaultValue("130") BigDecimal overThresholdPercent,
        @DefaultValue("Asia/Taipei") ZoneId zone,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("嘉義市政府") String government) {

    /** Where a user opens a task, for the link in a mail. */
    public String taskLink(String taskId) {
        return baseUrl + "/tasks/" + taskId;
    }
}
