package io.plancycle.review;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Objects;

/** The panel members of the agencies named, each replacing the agency's members (an empty list: nobody). */
public record PanelRequest(List<Assignment> assignments) {

    /** One agency (its code) and the user ids of its panel members. */
    public record Assignment(@Schema(example = "civil-affairs") String agency,
                             @Schema(example = "[\"panel1\", \"panel2\"]") List<String> members) {
        List<String> membersOrNone() {
            return Objects.requireNonNullElse(members, List.<String>of()).stream().filter(Objects::nonNull).toList();
        }
    }
}
