package io.plancycle.cycle;

import io.plancycle.PlanCycleProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;

@Configuration
class DeadlineConfig {

    /** The office calendar the administrator keeps (a file that can be replaced). */
    @Bean
    WorkingDays workingDays(DeadlineProperties deadlines, ResourceLoader resources) throws IOException {
        try (InputStream in = resources.getResource(deadlines.workingDaysFile()).getInputStream()) {
            return WorkingDays.load(in);
        }
    }

    /** The notice schedule on the office calendar. */
    @Bean
    NoticeSchedule noticeSchedule(WorkingDays workingDays, DeadlineProperties deadlines, PlanCycleProperties properties) {
        return new NoticeSchedule(workingDays, deadlines.reminderWorkingDaysBefore(), deadlines.sendAt(),
                deadlines.escalationAfterWorkingDays(), properties.zone());
    }
}
