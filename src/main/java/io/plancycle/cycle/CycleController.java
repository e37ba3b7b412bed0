package io.plancycle.cycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.plancycle.plan.PlanView;
import io.plancycle.step.Stage;

import java.util.List;

@Tag(name = "Cycles", description = "The annual cycle (年度作業): opening it, its calendar, submissions, consolidation, final approval and tasks")
@RestController
class CycleController {

    private final CycleService cycleService;
    private final SubmissionService submissionService;
    private final DeadlineMover deadlineMover;
    private final Inbox inbox;
    private final SignOffs signOffs;

    CycleController(CycleService cycleService, SubmissionService submissionService, DeadlineMover deadlineMover,
                    Inbox inbox, SignOffs signOffs) {
        this.cycleService = cycleService;
        this.submissionService = submissionService;
        this.deadlineMover = deadlineMover;
        this.inbox = inbox;
        this.signOffs = signOffs;
    }

    @Operation(operationId = "submitPlan", summary = "Submit the agency's plan to the evaluation team")
    @PostMapping("/api/cycles/{year}/agencies/{code}/submission")
    PlanView submit(@PathVariable int year, @PathVariable String code) {
        return submissionService.submit(year, code);
    }

    @Operation(operationId = "signOff", summary = "Sign off, as the agency's head, what its clerk sent, or send it back with a note")
    @PostMapping("/api/cycles/{year}/agencies/{code}/sign-off")
    PlanView signOff(@PathVariable int year, @PathVariable String code, @RequestBody @Valid SignOffRequest request) {
        return signOffs.decide(year, code, request);
    }

    @Operation(operationId = "listSignOffs", summary = "List the head's sign-offs of the agency's work in the cycle, oldest first")
    @GetMapping("/api/cycles/{year}/agencies/{code}/sign-offs")
    List<SignOffView> signOffs(@PathVariable int year, @PathVariable String code) {
        return signOffs.history(year, code).stream().map(SignOffView::of).toList();
    }

    @Operation(operationId = "openCycle", summary = "Open a year's cycle with its calendar of due dates")
    @PostMapping("/api/cycles")
    @ResponseStatus(HttpStatus.CREATED)
    CycleView open(@Valid @RequestBody OpenCycleRequest request) {
        return cycleService.open(request);
    }

    @Operation(operationId = "listCycles", summary = "List the years that have a cycle")
    @GetMapping("/api/cycles")
    List<Integer> years() {
        return cycleService.years();
    }

    @Operation(operationId = "getCycle", summary = "Read a cycle's progress: each agency's step, due date and whether it is overdue")
    @GetMapping("/api/cycles/{year}")
    CycleView read(@PathVariable int year) {
        return cycleService.read(year);
    }

    @Operation(operationId = "consolidateCycle", summary = "Consolidate the cycle once every agency is done, for final approval")
    @PostMapping("/api/cycles/{year}/consolidation")
    CycleView consolidate(@PathVariable int year) {
        return cycleService.consolidate(year);
    }

    @Operation(operationId = "decideFinalApproval", summary = "Approve the consolidated cycle, or return it with a reason")
    @PostMapping("/api/cycles/{year}/approval")
    CycleView decide(@PathVariable int year, @Valid @RequestBody DecisionRequest request) {
        return cycleService.decide(year, request);
    }

    /** Moves a step's due date (drafting, review, revision, report, approval); open tasks and their notices follow. */
    @Operation(operationId = "moveDueDate", summary = "Move a step's due date with a reason; open tasks and their notices follow")
    @PutMapping("/api/cycles/{year}/calendar/{stage}")
    CycleView moveDeadline(@PathVariable int year, @PathVariable String stage, @Valid @RequestBody MoveDeadlineRequest request) {
        return deadlineMover.move(year, Stage.parse(stage), request);
    }

    @Operation(operationId = "listDueDateChanges", summary = "List the changes of the cycle's due dates")
    @GetMapping("/api/cycles/{year}/calendar/changes")
    List<DeadlineChangeView> deadlineChanges(@PathVariable int year) {
        return deadlineMover.changes(year);
    }

    @Operation(operationId = "listMyTasks", summary = "List the signed-in user's open tasks")
    @GetMapping("/api/tasks")
    List<TaskView> tasks() {
        return inbox.myTasks();
    }
}
