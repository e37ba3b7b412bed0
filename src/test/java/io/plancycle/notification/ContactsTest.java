package io.plancycle.notification;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who is told: the agencies' contacts the planning office keeps, and the members of the engine's role groups. */
@MailTestContext
class ContactsTest {

    @Autowired
    Contacts contacts;
    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":plancycle").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDemoDataGivesEveryAgencyAClerkAndAHead() {
        assertThat(contacts.contactsOf("civil-affairs"))
                .containsExactly(new Recipient("民政處承辦人", "civil-affairs.contact@plancycle.test"));
        assertThat(contacts.headsOf("civil-affairs")).containsExactly(new Recipient("民政處主管", "civil-affairs.head@plancycle.test"));
        assertThat(contacts.contactsOf("no-such-agency")).isEmpty();
    }

    @Test
    void membersOfARoleGroupWithAnEmailAddress() {
        assertThat(contacts.membersOf("evaluation-team")).extracting(Recipient::email).containsExactly("reviewer@plancycle.test");
        assertThat(contacts.membersOf("evaluation-team")).extracting(Recipient::name).containsExactly("評估小組委員");
        assertThat(contacts.membersOf("administrators")).extracting(Recipient::email).contains("admin@plancycle.test");
        assertThat(contacts.membersOf("approvers")).extracting(Recipient::email).containsExactly("approver@plancycle.test");
        assertThat(contacts.membersOf("no-such-group")).isEmpty();
    }

    @Test
    void membersAreFoundAlsoWhenAnAgencyUserIsSignedInToTheEngine() {
        // As in a task listener after an agency completed its task in Tasklist: the engine checks authorizations.
        identityService.setAuthentication("police", java.util.List.of("police"));
        try {
            assertThat(contacts.membersOf("evaluation-team")).extracting(Recipient::email)
                    .containsExactly("reviewer@plancycle.test");
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void anAgencyReadsItsOwnContactsButNoOtherAgencysAndNeitherDoesTheEvaluationTeam() throws Exception {
        mvc.perform(get("/api/agencies/police/contacts").header("Authorization", basic("police")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].name").value("警察局承辦人"))
                .andExpect(jsonPath("$[0].email").value("police.contact@plancycle.test"))
                .andExpect(jsonPath("$[0].role").value("CONTACT"))
                .andExpect(jsonPath("$[1].role").value("HEAD"));
        mvc.perform(get("/api/agencies/fire/contacts").header("Authorization", basic("police")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/agencies/police/contacts").header("Authorization", basic("reviewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/agencies/police/contacts").header("Authorization", basic("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/agencies/no-such-agency/contacts").header("Authorization", basic("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePlanningOfficeReplacesAnAgencysContacts() throws Exception {
        mvc.perform(put("/api/agencies/education/contacts").header("Authorization", basic("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"name":"王小明","email":"wang@ms1.city.gov.tw","role":"CONTACT"},
                                 {"name":"李大同","email":"lee@ms1.city.gov.tw","role":"CONTACT"},
                                 {"name":"陳處長","email":"chen@ms1.city.gov.tw","role":"HEAD"}]"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        assertThat(contacts.contactsOf("education")).extracting(Recipient::email)
                .containsExactly("wang@ms1.city.gov.tw", "lee@ms1.city.gov.tw");
        assertThat(contacts.headsOf("education")).containsExactly(new Recipient("陳處長", "chen@ms1.city.gov.tw"));

        mvc.perform(put("/api/agencies/education/contacts").header("Authorization", basic("education"))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isForbidden());
        assertThat(contacts.contactsOf("education")).hasSize(2);
    }

    @Test
    void aBadListIsRefusedWholeNamingEachField() throws Exception {
        mvc.perform(put("/api/agencies/construction/contacts").header("Authorization", basic("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"name":"王小明","email":"wang@ms1.city.gov.tw","role":"CONTACT"},
                                 {"name":"李大同","email":"lee@ms1.city.gov.tw","role":"BOSS"},
                                 {"name":"陳處長","email":"chen at city","role":"HEAD"},
                                 {"name":" ","email":"WANG@ms1.city.gov.tw","role":"CONTACT"}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '[1].role')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == '[2].email')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == '[3].name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == '[3].email')].message").value("is listed twice as CONTACT"))
                .andExpect(jsonPath("$.errors.length()").value(4));
        assertThat(contacts.contactsOf("construction")).as("nothing half-saved")
                .containsExactly(new Recipient("建設處承辦人", "construction.contact@plancycle.test"));
        assertThat(contacts.headsOf("construction")).hasSize(1);

        mvc.perform(put("/api/agencies/construction/contacts").header("Authorization", basic("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"not a list\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/agencies/no-such-agency/contacts").header("Authorization", basic("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isNotFound());
    }
}
