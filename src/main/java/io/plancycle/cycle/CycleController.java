package io.plancycle.cycle;

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

import java.util.List;

@RestController
class CycleController {

    private final CycleService cycleService;
    private final SubmissionService submissionService;
    private final DeadlineMover deadlineMover;

    CycleController(CycleService cycleService, SubmissionService submissionService, DeadlineMover deadlineMover) {
        this.cycleService = cycleService;
        this.submissionService = submissionService;
        this.deadlineMover = deadlineMover;
    }

    @PostMapping("/api/cycles/{year}/agencies/{code}/submission")
    PlanView submit(@PathVariable int year, @PathVariable String code) {
        return submissionService.submit(year, code);
    }

    @PostMapping("/api/cycles")
    @ResponseStatus(HttpStatus.CREATED)
    CycleView open(@Valid @RequestBody OpenCycleRequest request) {
        return cycleService.open(request);
    }

    @GetMapping("/api/cycles")
    List<Integer> years() {
        return cycleService.years();
    }

    @GetMapping("/api/cycles/{year}")
    CycleView read(@PathVariable int year) {
        return cycleService.read(year);
    }

    @PostMapping("/api/cycles/{year}/consolidation")
    CycleView consolidate(@PathVariable int year) {
        return cycleService.consolidate(year);
    }

    @PostMapping("/api/cycles/{year}/approval")
    CycleView decide(@PathVariable int year, @Valid @RequestBody DecisionRequest request) {
        return cycleService.decide(year, request);
    }

    /** Moves a step's due date (drafting, review, revision, report, approval); open tasks and their notices follow. */
    @PutMapping("/api/cycles/{year}/calendar/{stage}")
    CycleView moveDeadline(@PathVariable int year, @PathVariable String stage, @Valid @RequestBody MoveDeadlineRequest request) {
        return deadlineMover.move(year, Stage.parse(stage), request);
    }

    @GetMapping("/api/cycles/{year}/calendar/changes")
    List<DeadlineChangeView> deadlineChanges(@PathVariable int year) {
        return deadlineMover.changes(year);
    }

    @GetMapping("/api/tasks")
    List<TaskView> tasks() {
        return cycleService.myTasks();
    }
}
