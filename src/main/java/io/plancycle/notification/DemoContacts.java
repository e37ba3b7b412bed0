package io.plancycle.notification;

import io.plancycle.plan.Agency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo data's contacts, created with the demo users: per agency a clerk {@code {code}.contact@plancycle.test}
 * and a head {@code {code}.head@plancycle.test}, at the local test domain, whose mail the embedded SMTP server keeps.
 */
@Component
public class DemoContacts {

    private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);
    static final String DOMAIN = "plancycle.test";

    private final AgencyContactRepository contacts;

    DemoContacts(AgencyContactRepository contacts) {
        this.contacts = contacts;
    }

    /** Gives each agency that has no contacts yet its two demo contacts. */
    @Transactional
    public void addFor(List<Agency> agencies) {
        List<AgencyContact> demo = new ArrayList<>();
        for (Agency agency : agencies) {
            if (!contacts.existsByAgencyId(agency.getId())) {
                demo.add(new AgencyContact(agency, agency.getName() + "承辦人", agency.getCode() + ".contact@" + DOMAIN,
                        ContactRole.CONTACT));
                demo.add(new AgencyContact(agency, agency.getName() + "主管", agency.getCode() + ".head@" + DOMAIN,
                        ContactRole.HEAD));
            }
        }
        contacts.saveAll(demo);
        log.info("Demo contacts created for {} agencies", demo.size() / 2);
    }
}
