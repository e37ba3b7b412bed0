package io.plancycle.cycle;

import io.plancycle.plan.Agency;
import io.plancycle.plan.AgencyRepository;
import io.plancycle.plan.PlanRepository;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import io.plancycle.step.Stage;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Opening a year's cycle, watching it, consolidating it and its final approval. */
@Service
public class CycleService {

    /** Due dates are plausible office days, not typing slips such as 0021 or 9999. */
    private static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private final CycleRepository cycles;
    private final ApprovalRepository approvals;
    private final AgencyRepository agencies;
    private final PlanRepository plans;
    private final CycleAgencies cycleAgencies;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Deadlines deadlines;
    private final OpeningCheck openingCheck;
    private final ApproverReturns approverReturns;

    CycleService(CycleRepository cycles, ApprovalRepository approvals, AgencyRepository agencies, PlanRepository plans,
                 CycleAgencies cycleAgencies, RuntimeService runtimeService, TaskService taskService, Deadlines deadlines,
                 OpeningCheck openingCheck, ApproverReturns approverReturns) {
        this.cycles = cycles;
        this.approvals = approvals;
        this.agencies = agencies;
        this.plans = plans;
        this.cycleAgencies = cycleAgencies;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.deadlines = deadlines;
        this.openingCheck = openingCheck;
        this.approverReturns = approverReturns;
    }

    /**
     * Opens the cycle: every agency's draft starts from its last approved plan of the year's medium-term plan, else
     * that plan's baseline ({@link io.plancycle.plan.DraftStarter}), and its drafting task is waiting: the first
     * batch of agencies at once, the others in the jobs that follow ({@link AgencySubmissions}). While the cycle
     * before it is not yet approved, the planning office says why it opens anyway; a reason given when the one before
     * is approved has nothing to explain and is not kept. The answer carries the office calendar's warnings about the
     * due dates, which never stop the opening.
     */
    @Transactional
    public CycleView open(OpenCycleRequest request) {
        Problems problems = new Problems();
        List<Agency> taking = openable(request, problems);
        Optional<Integer> unapproved = openingCheck.unapprovedBefore(request.year());
        unapproved.filter(previous -> isBlank(request.reason()))
                .ifPresent(previous -> problems.add("reason", MessageCode.CYCLE_PREVIOUS_UNAPPROVED, previous, request.year()));
        problems.throwIfAny();
        Cycle cycle = cycles.save(new Cycle(request.year(), request.calendar().byStage(), CurrentUser.get().id(),
                unapproved.isPresent() ? request.reason().strip() : null));
        cycleAgencies.keep(cycle.getId(), taking);
        String processInstanceId = runtimeService.startProcessInstanceByKey(ProcessModel.CYCLE_PROCESS,
                String.valueOf(request.year()), Map.of(ProcessModel.VAR_CYCLE_YEAR, request.year())).getId();
        // The first batch's drafts were written at once and the persistence context emptied (DraftStarter).
        cycle = cycles.findById(cycle.getId()).orElseThrow();
        cycle.setProcessInstanceId(processInstanceId);
        return view(cycle).warning(openingCheck.warnings(request.calendar()));
    }

    /**
     * What opening the cycle would do, checked as {@link #open} checks it and with nothing changed: each due date with
     * its warnings, the agencies taking part, and the notices that would go out at once.
     */
    @Transactional(readOnly = true)
    public OpeningPreview preview(OpenCycleRequest request) {
        Problems problems = new Problems();
        List<Agency> taking = openable(request, problems);
        problems.throwIfAny();
        return openingCheck.preview(request, taking);
    }

    /**
     * The agencies the cycle would open for, with what is wrong in the request added to {@code problems}; a year
     * opened already is refused at once.
     */
    private List<Agency> openable(OpenCycleRequest request, Problems problems) {
        CurrentUser.require(Role.ADMIN);
        List<Agency> taking = participants(request, problems);
        if (problems.isEmpty() && cycles.existsByYear(request.year())) {
            throw new ConflictException(MessageCode.CYCLE_EXISTS, request.year());
        }
        return taking;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private List<Agency> participants(OpenCycleRequest request, Problems problems) {
        request.calendar().byStage().forEach((stage, date) -> {
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
                problems.add("calendar." + stage.name().toLowerCase(), MessageCode.CYCLE_DATE_OUT_OF_RANGE, date);
            }
        });
        List<LocalDate> dates = List.copyOf(request.calendar().byStage().values());
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isBefore(dates.get(i - 1))) {
                Stage stage = Stage.values()[i];
                problems.add("calendar." + stage.name().toLowerCase(), MessageCode.CYCLE_DATE_OUT_OF_ORDER,
                        new Term("admin.calendar." + stage.name()), new Term("admin.calendar." + Stage.values()[i - 1].name()));
            }
        }
        List<Agency> all = agencies.findAllByOrderBySortOrder();
        if (request.agencies() == null) {
            return all.stream().filter(a -> a.activeIn(request.year())).toList();
        }
        Map<String, Agency> byCode = all.stream().collect(Collectors.toMap(Agency::getCode, Function.identity()));
        Set<String> seen = NamedAgencies.checked(request.agencies(), byCode.keySet(), MessageCode.AGENCY_UNKNOWN,
                problems);
        for (int i = 0; i < request.agencies().size(); i++) {
            Agency named = byCode.get(request.agencies().get(i));
            if (named != null && !named.activeIn(request.year())) {
                problems.add("agencies[" + i + "]", MessageCode.CYCLE_AGENCY_NOT_IN_YEAR, named.getName(),
                        request.year());
            }
        }
        if (seen.isEmpty()) {
            problems.add("agencies", MessageCode.CYCLE_AGENCIES_MISSING);
        }
        return all.stream().filter(a -> seen.contains(a.getCode())).toList();
    }

    public Cycle cycle(int year) {
        return cycles.findByYear(year).orElseThrow(() -> new NotFoundException(MessageCode.CYCLE_NOT_FOUND, year));
    }

    @Transactional(readOnly = true)
    public CycleView read(int year) {
        CurrentUser.requireOversight("the cycle's progress is for the planning office, the evaluation team and the approver");
        return view(cycle(year));
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        CurrentUser.get();
        return cycles.findAllByOrderByYearDesc().stream().map(Cycle::getYear).toList();
    }

    /**
     * Every cycle, newest first, with how its agencies stand: for the planning office's list of cycles. Two queries,
     * whatever the number of cycles.
     */
    @Transactional(readOnly = true)
    public List<CycleSummary> summaries() {
        CurrentUser.require(Role.ADMIN);
        Map<Long, Object[]> progress = plans.progressByCycle(deadlines.today()).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
        return cycles.findAllByOrderByYearDesc().stream().map(cycle -> {
            Object[] row = progress.get(cycle.getId());
            return new CycleSummary(cycle.getYear(), cycle.getStage(), cycle.getDeadlines(), cycle.getOpenedBy(),
                    cycle.getOpenedAt(), cycle.getApprovedAt(), count(row, 1), count(row, 2), count(row, 3));
        }).toList();
    }

    private static int count(Object[] row, int column) {
        return row == null || row[column] == null ? 0 : ((Number) row[column]).intValue();
    }

    private CycleView view(Cycle cycle) {
        return CycleView.of(cycle, plans.findByCycle(cycle.getId()), approvals.findByCycleIdOrderByDecidedAt(cycle.getId()),
                deadlines.today());
    }

    /** The administrator has consolidated every agency's plan and report and sends them for approval. */
    @Transactional
    public CycleView consolidate(int year) {
        CurrentUser.require(Role.ADMIN);
        Cycle cycle = cycle(year);
        taskService.complete(cycleTask(cycle, CycleStage.CONSOLIDATION).getId());
        return view(cycle);
    }

    /**
     * The approver approves the consolidated plan and report, or returns them with a reason to the agencies named
     * (none named: every agency), each of which revises its plan before the cycle is consolidated again: the final
     * approval task is completed with all three ({@link FinalApproval} records the decision).
     */
    @Transactional
    public CycleView decide(int year, DecisionRequest request) {
        CurrentUser.require(Role.APPROVER);
        Cycle cycle = cycle(year);
        Problems problems = new Problems();
        Decision decision = Decision.of(Objects.toString(request.decision(), null), problems);
        Decision.requireWhy(decision, "reason", request.reason(), problems);
        if (decision == Decision.RETURN) {
            approverReturns.chosen(year, request.agencies(), problems);
        } else if (request.agencies() != null && !request.agencies().isEmpty()) {
            problems.add("agencies", MessageCode.APPROVAL_AGENCIES_ONLY_ON_RETURN);
        }
        problems.throwIfAny();
        Task task = cycleTask(cycle, CycleStage.APPROVAL);
        Map<String, Object> completion = new HashMap<>();
        completion.put(ProcessModel.VAR_APPROVAL_DECISION, decision.name());
        completion.put(ProcessModel.VAR_APPROVAL_REASON, request.reason());
        completion.put(ProcessModel.VAR_RETURNED_AGENCIES, ApproverReturns.asValue(request.agencies()));
        try {
            taskService.complete(task.getId(), completion);
        } catch (ProcessEngineException refusedOrFailed) {
            throw ListenerFailures.unwrap(refusedOrFailed);
        }
        return view(cycle);
    }

    private Task cycleTask(Cycle cycle, CycleStage expected) {
        Task task = cycle.getStage() != expected ? null : taskService.createTaskQuery()
                .processInstanceId(cycle.getProcessInstanceId()).taskDefinitionKey(expected.step().orElseThrow().taskId()).singleResult();
        if (task == null) {
            throw new WrongStageException(cycle.getStage().name(), MessageCode.CYCLE_WRONG_STAGE, cycle.getYear(),
                    new Term("stage." + cycle.getStage().name()), new Term("stage." + expected.name()));
        }
        return task;
    }

    /** Called by the cycle process as it moves on: {@code ${cycleService.enter(cycleYear, 'SUBMISSIONS')}} too. */
    @Transactional
    public void enter(int year, CycleStage stage) {
        cycle(year).enter(stage);
    }
}
