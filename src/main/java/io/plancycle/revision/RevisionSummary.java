package io.plancycle.revision;

import io.plancycle.plan.Goal;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.Numbering;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.plan.Target;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.PlanCycleUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the KPI rolling revision summary table of a cycle: one row per revised KPI, in the city's agency order. */
@Service
public class RevisionSummary {

    private final PlanRepository plans;
    private final RevisionRepository revisions;
    private final KpiRepository kpis;

    RevisionSummary(PlanRepository plans, RevisionRepository revisions, KpiRepository kpis) {
        this.plans = plans;
        this.revisions = revisions;
        this.kpis = kpis;
    }

    /** The table; an agency sees only its own rows. The years are the cycle's year to the plan's last. */
    @Transactional(readOnly = true)
    public Table table(int year, Long cycleId) {
        PlanCycleUser user = CurrentUser.get();
        boolean seesAll = user.overseesEveryAgency();
        List<Plan> inCycle = plans.findByCycle(cycleId).stream()
                .filter(p -> seesAll || user.belongsTo(p.getAgency().getCode())).toList();
        Map<Long, Plan> planById = inCycle.stream().collect(Collectors.toMap(Plan::getId, Function.identity()));
        Map<Long, List<Revision>> byKpi = revisions.findByPlanIdInOrderById(planById.keySet()).stream()
                .filter(r -> r.getKpiId() != null)
                .collect(Collectors.groupingBy(Revision::getKpiId, LinkedHashMap::new, Collectors.toList()));
        int lastYear = inCycle.stream().mapToInt(Plan::getLastYear).max().orElse(year);
        List<Integer> years = java.util.stream.IntStream.rangeClosed(year, lastYear).boxed().toList();
        List<SummaryRow> rows = kpis.findAllById(byKpi.keySet()).stream()
                .sorted(Comparator.comparing((Kpi k) -> k.getPlan().getAgency().getSortOrder())
                        .thenComparing(k -> k.getGoal().getNo()).thenComparing(Kpi::getNo))
                .map(kpi -> row(kpi, byKpi.get(kpi.getId()), years))
                .toList();
        return new Table(year, years, rows);
    }

    private static SummaryRow row(Kpi kpi, List<Revision> changes, List<Integer> years) {
        Map<Integer, String> targets = new LinkedHashMap<>();
        for (int y : years) {
            targets.put(y, kpi.isDeleted() ? "" : kpi.target(y).map(Target::getRaw).orElse(""));
        }
        String reasons = changes.stream().map(Revision::getReason).collect(Collectors.toCollection(LinkedHashSet::new))
                .stream().collect(Collectors.joining("；"));
        Goal goal = kpi.getGoal();
        return new SummaryRow(kpi.getPlan().getAgency().getName(), Numbering.goal(goal.getNo()) + "、" + goal.getTitle(),
                kpi.getNo() + ". " + kpi.getName(), kpi.getMeasure(), targets, reasons, kpi.getPageRef());
    }

    /**
     * The table as the city publishes it, for a spreadsheet: CSV (Excel's dialect) in its columns 單位, 關鍵策略目標,
     * 關鍵績效指標, 衡量標準, one 年度目標值(修正後) per year, 修正理由, 頁碼; with a byte-order mark so Excel reads Chinese.
     */
    public static String csv(Table table) {
        List<String> header = new ArrayList<>(List.of("單位", "關鍵策略目標", "關鍵績效指標", "衡量標準"));
        table.years().forEach(y -> header.add(y + "年度目標值(修正後)"));
        header.addAll(List.of("修正理由", "頁碼"));
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out,
                CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (SummaryRow row : table.rows()) {
                List<Object> cells = new ArrayList<>(List.of(row.agency(), row.goal(), row.kpi(),
                        nullToEmpty(row.measure())));
                table.years().forEach(y -> cells.add(row.revisedTargets().get(y)));
                cells.add(row.reason());
                cells.add(nullToEmpty(row.page()));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The summary table of a cycle. */
    public record Table(int year, List<Integer> years, List<SummaryRow> rows) {
    }
}
