package io.plancycle;

import io.plancycle.demo.DemoCycle;
import io.plancycle.notification.DemoContacts;
import io.plancycle.plan.Agency;
import io.plancycle.plan.AgencyRepository;
import io.plancycle.plan.PlanImporter;
import io.plancycle.security.Identities;
import io.plancycle.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * On start: the role groups exist and the configured administrator belongs to the planning office; on the first
 * start (no agencies yet) the configured plan file is imported and, for a demo, the demo users are created and the
 * demo cycle is opened ({@link DemoCycle}).
 */
@Component
class InitialData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialData.class);
    /** The demo agency whose head signs off its work (文化局): the others send theirs on without a sign-off. */
    private static final String DEMO_HEAD_AGENCY = "cultural-affairs";

    private final PlanCycleProperties properties;
    private final AgencyRepository agencies;
    private final PlanImporter importer;
    private final Identities identities;
    private final DemoContacts demoContacts;
    private final DemoCycle demoCycle;
    private final ResourceLoader resources;
    private final TransactionTemplate transaction;
    private final String adminId;

    InitialData(PlanCycleProperties properties, AgencyRepository agencies, PlanImporter importer, Identities identities,
                DemoContacts demoContacts, DemoCycle demoCycle, ResourceLoader resources, TransactionTemplate transaction,
                @Value("${camunda.bpm.admin-user.id:}") String adminId) {
        this.properties = properties;
        this.agencies = agencies;
        this.importer = importer;
        this.identities = identities;
        this.demoContacts = demoContacts;
        this.demoCycle = demoCycle;
        this.resources = resources;
        this.transaction = transaction;
        this.adminId = adminId;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        transaction.executeWithoutResult(status -> {
            identities.ensureRoleGroups();
            if (!adminId.isBlank()) {
                identities.ensureMember(adminId, Role.ADMIN.groupId());
            }
        });
        if (agencies.count() > 0 || properties.importFile() == null || properties.importFile().isBlank()) {
            return;
        }
        List<Agency> imported;
        try (InputStream in = resources.getResource(properties.importFile()).getInputStream()) {
            imported = importer.importPlan(in);
        }
        log.info("Imported {} agencies from {}", imported.size(), properties.importFile());
        if (properties.demoUsers()) {
            transaction.executeWithoutResult(status -> createDemoUsers(imported));
            if (properties.demoCycle()) {
                openDemoCycle();
            }
        }
    }

    /** A demo that cannot be completed (its story no longer fits the plan's years) leaves the service usable. */
    private void openDemoCycle() {
        try {
            demoCycle.open();
        } catch (RuntimeException e) {
            log.error("The demo cycle stopped part way; the service runs without it", e);
        }
    }

    private void createDemoUsers(List<Agency> imported) {
        String password = properties.demoPassword();
        identities.ensureUser("reviewer", "評估小組委員", "reviewer@plancycle.test", password, Role.REVIEWER.groupId());
        identities.ensureUser("approver", "秘書長", "approver@plancycle.test", password, Role.APPROVER.groupId());
        identities.ensureUser("panel1", "王委員", "panel1@plancycle.test", password, Role.PANEL.groupId());
        identities.ensureUser("panel2", "林委員", "panel2@plancycle.test", password, Role.PANEL.groupId());
        for (Agency agency : imported) {
            identities.ensureUser(agency.getCode(), agency.getName() + "承辦人", agency.getCode() + "@plancycle.test",
                    password, agency.getCode());
            if (agency.getCode().equals(DEMO_HEAD_AGENCY)) {
                identities.ensureUser(agency.getCode() + "-head", agency.getName() + "主管",
                        agency.getCode() + ".head@plancycle.test", password, agency.getCode(), Role.HEAD.groupId());
            }
        }
        demoContacts.addFor(imported);
        log.warn("Demo users created (admin, reviewer, approver, panel1 and panel2, one per agency and the head of {}, password '{}'): never use them in production",
                DEMO_HEAD_AGENCY,
                password);
    }
}
