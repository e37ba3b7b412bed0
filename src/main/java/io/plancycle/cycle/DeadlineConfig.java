package io.plancycle.cycle;

import io.plancycle.PlanCycleProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;

@Configuration
class DeadlineConfig {

    /** The notice schedule on the office calendar the administrator keeps (a file that can be replaced). */
    @Bean
    NoticeSchedule noticeSchedule(DeadlineProperties deadlines, PlanCycleProperties properties, ResourceLoader resources)
            throws IOException {
        WorkingDays workingDays;
        try (InputStream in = resources.getResource(deadlines.workingDaysFile()).getInputStream()) {
            workingDays = WorkingDays.load(in);
        }
        return new NoticeSchedule(workingDays, deadlines.reminderWorkingDaysBefore(), deadlines.sendAt(),
                deadlines.escalationAfterWorkingDays(), properties.zone());
    }
}
