package io.plancycle.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review panel's steps (評核委員), each as its user takes it: the planning office assigns panel members to an
 * agency through the API, and a member writes opinions on their own page in the browser. The demo panel members are
 * {@value #WANG} (王委員) and {@value #LIN} (林委員).
 */
public final class PanelSteps {

    public static final String WANG = "panel1";
    public static final String LIN = "panel2";

    private final PlanCycleApi api;
    private final int year;

    public PanelSteps(PlanCycleApi api, int year) {
        this.api = api;
        this.year = year;
    }

    /** The planning office assigns these members to the agency (none: nobody), replacing its members before. */
    public JsonNode assign(String agency, String... members) {
        JsonNode board = api.as("admin").request(HttpMethod.PUT, "/api/cycles/" + year + "/panel",
                Map.of("assignments", List.of(Map.of("agency", agency, "members", List.of(members)))),
                MediaType.APPLICATION_JSON).ok();
        List<String> assigned = new ArrayList<>();
        board.path("agencies").forEach(a -> {
            if (a.path("agency").asText().equals(agency)) {
                a.path("members").forEach(m -> assigned.add(m.path("id").asText()));
            }
        });
        assertThat(assigned).as("%s's panel", agency).containsExactlyInAnyOrder(members);
        return board;
    }

    /**
     * The member signs in, opens the agency from their list of agencies, types an opinion per KPI id and an overall one
     * (null: left as it is) and saves; the page says they are saved and shows them again.
     */
    public void writeOpinions(Browser b, String member, String agency, Map<Long, String> opinions, String overall) {
        b.signIn(member);
        assertThat(b.path()).isEqualTo("/panel");
        b.follow("#panel-agencies tr[data-agency='" + agency + "'][data-year='" + year + "'] a");
        opinions.forEach((kpiId, text) -> b.type("#opinion-" + kpiId, text));
        if (overall != null) {
            b.type("#overall", overall);
        }
        b.follow("#opinions-save");
        assertThat(b.text("#opinions-saved")).startsWith("已儲存您的意見");
        opinions.forEach((kpiId, text) -> assertThat(b.value("#opinion-" + kpiId)).isEqualTo(text));
    }
}
