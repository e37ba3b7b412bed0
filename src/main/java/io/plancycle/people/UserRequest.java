package io.plancycle.people;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A user as the planning office creates or changes them. The agency makes them its clerk (承辦人); the role HEAD makes
 * them its head (主管) instead; the other roles stand alone or beside an agency.
 */
@Schema(description = "A user of PlanCycle: who they are, the agency they work for and their roles")
public record UserRequest(
        @Schema(description = "The user id they sign in with: letters, digits and hyphens", example = "wang-xm") String id,
        @Schema(description = "Their name as people read it", example = "王小明") String name,
        @Schema(description = "Their e-mail address, where their tasks and notices go", example = "wang@city.gov.tw") String email,
        @Schema(description = "The first password (creating only; the planning office tells it to the user)") String password,
        @Schema(description = "The code of the agency they work for; none for the evaluation team, the approver…",
                example = "civil-affairs") String agency,
        @Schema(description = "HEAD (the agency's head), REVIEWER (evaluation team), PANEL (review panel member), "
                + "APPROVER, ADMIN (planning office)") List<String> roles) {
}
