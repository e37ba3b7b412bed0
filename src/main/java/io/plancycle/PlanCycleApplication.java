package io.plancycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanCycleApplication {
    public static void main(String[] args) {
        SpringApplication.run(PlanCycleApplication.class, args);
    }
}
