package io.plancycle.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Review panel", description = "The review panel (評核委員): members assigned to agencies by the planning "
        + "office write opinions per KPI; the evaluation team reads them side by side before deciding")
@RestController
class PanelController {

    private final PanelAssignments assignments;
    private final PanelOpinions opinions;

    PanelController(PanelAssignments assignments, PanelOpinions opinions) {
        this.assignments = assignments;
        this.opinions = opinions;
    }

    @Operation(operationId = "getReviewPanel", summary = "Read the cycle's panel: every panel member and, per agency "
            + "taking part, the members assigned to it (planning office only)")
    @GetMapping("/api/cycles/{year}/panel")
    PanelAssignments.Board board(@PathVariable int year) {
        return assignments.board(year);
    }

    @Operation(operationId = "assignReviewPanel", summary = "Assign panel members to the agencies named, replacing "
            + "their members (planning office only); a user who is not a panel member is refused")
    @PutMapping("/api/cycles/{year}/panel")
    PanelAssignments.Board assign(@PathVariable int year, @RequestBody PanelRequest request) {
        return assignments.assign(year, request);
    }

    @Operation(operationId = "listMyPanelAgencies", summary = "List the agencies assigned to the signed-in panel member, "
            + "with where each submission stands")
    @GetMapping("/api/panel")
    List<PanelAssignments.Assigned> mine() {
        return assignments.mine();
    }

    @Operation(operationId = "getMyOpinions", summary = "Read the agency's submission and the signed-in panel member's "
            + "opinions on its current round (assigned members only)")
    @GetMapping("/api/cycles/{year}/agencies/{code}/opinions/mine")
    PanelOpinions.Sheet myOpinions(@PathVariable int year, @PathVariable String code) {
        return opinions.mine(year, code);
    }

    @Operation(operationId = "saveMyOpinions", summary = "Save the signed-in panel member's opinions per KPI and overall "
            + "on the round under review, whatever they say (assigned members only)")
    @PutMapping("/api/cycles/{year}/agencies/{code}/opinions/mine")
    PanelOpinions.Sheet saveMyOpinions(@PathVariable int year, @PathVariable String code,
                                       @RequestBody OpinionRequest request) {
        return opinions.save(year, code, request);
    }

    @Operation(operationId = "getPanelOpinions", summary = "Read the panel members' opinions on a round of the agency's "
            + "submission, member by member (evaluation team only; round: the current one when left out)")
    @GetMapping("/api/cycles/{year}/agencies/{code}/opinions")
    PanelOpinions.RoundOpinions roundOpinions(@PathVariable int year, @PathVariable String code,
                                              @RequestParam(required = false) Integer round) {
        return opinions.ofRound(year, code, round);
    }
}
