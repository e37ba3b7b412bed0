package io.plancycle.revision;

import io.plancycle.PlanCycleProperties;
import io.plancycle.document.Document;
import io.plancycle.plan.Goal;
import io.plancycle.plan.GoalRepository;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.Numbering;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanBooks;
import io.plancycle.plan.PlanRepository;
import io.plancycle.plan.RevisionKind;
import io.plancycle.plan.Target;
import io.plancycle.plan.TargetComparison;
import io.plancycle.plan.TargetParser;
import io.plancycle.plan.Challenge;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.PlanCycleUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds the KPI rolling revision summary table of a cycle: one row per revised KPI (and per goal added, renamed or
 * deleted), in the city's agency order.
 */
@Service
public class RevisionSummary {

    private final PlanRepository plans;
    private final RevisionRepository revisions;
    private final KpiRepository kpis;
    private final GoalRepository goals;
    private final PlanCycleProperties properties;
    private final PlanBooks planBooks;

    RevisionSummary(PlanRepository plans, RevisionRepository revisions, KpiRepository kpis, GoalRepository goals,
                    PlanCycleProperties properties, PlanBooks planBooks) {
        this.plans = plans;
        this.revisions = revisions;
        this.kpis = kpis;
        this.goals = goals;
        this.properties = properties;
        this.planBooks = planBooks;
    }

    /**
     * The table; an agency sees only its own rows. The years are every year of the plan, as the city prints it. Every
     * change is listed, those made while drafting too: a row per KPI changed (deleted or merged ones included), a row
     * per goal added, renamed or deleted, its 修正理由 reading what changed in the city's words before each reason. A
     * KPI's 頁碼 is the page its row begins on in the city's plan book of the year as PDF (P4-6); a KPI no longer in
     * the book (deleted or merged) keeps the page it had in the plan it came from.
     */
    @Transactional(readOnly = true)
    public Table table(int year, Long cycleId) {
        PlanCycleUser user = CurrentUser.get();
        boolean seesAll = user.overseesEveryAgency();
        List<Plan> inCycle = plans.findByCycle(cycleId).stream()
                .filter(p -> seesAll || user.belongsTo(p.getAgency().getCode())).toList();
        Map<Long, Plan> planById = inCycle.stream().collect(Collectors.toMap(Plan::getId, Function.identity()));
        List<Revision> all = revisions.findByPlanIdInOrderById(planById.keySet());
        Map<Long, List<Revision>> byKpi = all.stream().filter(r -> r.getKpiId() != null)
                .collect(Collectors.groupingBy(Revision::getKpiId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Revision>> byGoal = all.stream().filter(r -> r.getKpiId() == null && r.getGoalId() != null)
                .collect(Collectors.groupingBy(Revision::getGoalId, LinkedHashMap::new, Collectors.toList()));
        int firstYear = inCycle.stream().mapToInt(Plan::getFirstYear).min().orElse(year);
        int lastYear = inCycle.stream().mapToInt(Plan::getLastYear).max().orElse(year);
        List<Integer> years = IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
        Map<Integer, String> noTargets = new LinkedHashMap<>();
        years.forEach(y -> noTargets.put(y, ""));
        Map<Long, String> pages = byKpi.isEmpty() ? Map.of() : planBooks.kpiPages(year);
        List<Sorted> rows = new ArrayList<>();
        kpis.findAllById(byKpi.keySet()).forEach(kpi -> rows.add(new Sorted(kpi.getGoal(), kpi.getNo(),
                row(kpi, byKpi.get(kpi.getId()), years, pages.getOrDefault(kpi.getId(), kpi.getPageRef())))));
        goals.findAllById(byGoal.keySet()).forEach(goal -> rows.add(new Sorted(goal, 0,
                new SummaryRow(goal.getPlan().getAgencyName(), Numbering.goalTitle(goal.getNo(), goal.getTitle()),
                        "", "", noTargets, reasons(byGoal.get(goal.getId())), "", false))));
        rows.sort(Comparator.comparing((Sorted r) -> r.goal().getPlan().getAgency().getSortOrder())
                .thenComparing(r -> r.goal().getNo()).thenComparing(Sorted::kpiNo));
        return new Table(year, years, rows.stream().map(Sorted::row).toList());
    }

    /** A row with what it is sorted by: its agency and goal, then its KPI's number (0 for the goal's own row). */
    private record Sorted(Goal goal, int kpiNo, SummaryRow row) {
    }

    private static SummaryRow row(Kpi kpi, List<Revision> changes, List<Integer> years, String page) {
        Map<Integer, String> targets = new LinkedHashMap<>();
        for (int y : years) {
            targets.put(y, kpi.isDeleted() ? "" : kpi.target(y).map(Target::getRaw).orElse(""));
        }
        Goal goal = kpi.getGoal();
        boolean judgement = changes.stream().anyMatch(r -> r.getKind() == RevisionKind.TARGET_CHANGE
                && r.getBeforeValue() != null && r.getAfterValue() != null
                && TargetComparison.compare(kpi.getDirection(), TargetParser.parse(r.getBeforeValue()),
                TargetParser.parse(r.getAfterValue())) == Challenge.NEEDS_JUDGEMENT);
        return new SummaryRow(kpi.getPlan().getAgencyName(), Numbering.goalTitle(goal.getNo(), goal.getTitle()),
                Numbering.kpiTitle(kpi.getNo(), kpi.getName()), kpi.getMeasure(), targets, reasons(changes), page,
                judgement);
    }

    /** 修正理由: per reason, the changes it was given for in the city's words (110年度目標值修正、衡量標準修正：…). */
    static String reasons(List<Revision> changes) {
        Map<String, Set<String>> byReason = new LinkedHashMap<>();
        changes.forEach(r -> byReason.computeIfAbsent(r.getReason(), k -> new LinkedHashSet<>())
                .add(r.getKind().describe(r.getYear(), r.getAfterValue())));
        return byReason.entrySet().stream()
                .map(e -> String.join("、", e.getValue()) + "：" + e.getKey())
                .collect(Collectors.joining("；"));
    }

    /**
     * The table as the city publishes it (關鍵績效指標(KPI)滾動修正項目彙總表), in its columns 單位, 關鍵策略目標,
     * 關鍵績效指標, 衡量標準, one 年度目標值(修正後) per year of the plan, 修正理由, 頁碼.
     */
    public Document document(Table table) {
        String government = properties.government();
        List<Document.Column> columns = new ArrayList<>(List.of(new Document.Column("單位", 6),
                new Document.Column("關鍵策略目標", 14), new Document.Column("關鍵績效指標", 16),
                new Document.Column("衡量標準", 14)));
        table.years().forEach(y -> columns.add(new Document.Column(y + "年度目標值(修正後)", 8)));
        columns.addAll(List.of(new Document.Column("修正理由", 18), new Document.Column("頁碼", 5)));
        List<List<Document.Cell>> rows = new ArrayList<>();
        for (SummaryRow row : table.rows()) {
            List<Document.Cell> cells = new ArrayList<>(Stream.of(row.agency(), row.goal(), row.kpi(), row.measure())
                    .map(Document.Cell::text).toList());
            table.years().forEach(y -> cells.add(Document.Cell.text(row.revisedTargets().get(y))));
            cells.add(Document.Cell.text(row.needsJudgement()
                    ? row.reason() + "（" + SummaryRow.JUDGEMENT_NOTE + "）" : row.reason()));
            cells.add(Document.Cell.text(row.page()));
            rows.add(cells);
        }
        String title = government + table.year() + "年度關鍵績效指標(KPI)滾動修正項目彙總表";
        return Document.of(title, government + table.year() + "年度KPI滾動修正彙總表",
                List.of(new Document.Table(table.year() + "年度KPI滾動修正", columns, rows)));
    }

    /** The summary table of a cycle. */
    public record Table(int year, List<Integer> years, List<SummaryRow> rows) {
    }
}
