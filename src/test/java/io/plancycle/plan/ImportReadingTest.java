package io.plancycle.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.plancycle.document.Document;
import io.plancycle.document.Spreadsheet;
import io.plancycle.plan.TargetParserTest.RealPlan;
import io.plancycle.problem.InvalidInputException.FieldError;
import io.plancycle.problem.MessageCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 民政處's plan book of the city's real plan, as an agency sends it back: unchanged it changes nothing, each edited
 * cell is a change named by its cell, and every problem is named by its cell too. And the rule for a target nobody
 * can read holds none of the targets the city published.
 */
class ImportReadingTest {

    private static final List<String> OTHER_AGENCIES = List.of("教育處", "警察局");
    private static final PlanView PLAN = plan("civil-affairs", 116);

    @Test
    void noTargetTheCityPublishedIsTakenForAnUnreadableOne() {
        assertThat(RealPlan.targets()).hasSizeGreaterThan(700)
                .filteredOn(t -> t.raw() != null && ImportReading.unreadable(t.raw())).isEmpty();
        assertThat(List.of("5O0件", "1OO%", "約500件左右", "3/4/5")).allMatch(ImportReading::unreadable);
        assertThat(List.of("500件", "≧95%", "7/31", "每年1次", "依限完成", "-", "6A 84B 45C"))
                .noneMatch(ImportReading::unreadable);
    }

    @Test
    void thePlanBookAsDownloadedChangesNothing() {
        ImportReading reading = read(book(rows -> { }));
        assertThat(reading.problems().errors()).isEmpty();
        assertThat(reading.changes()).isEmpty();
    }

    @Test
    void linesAndSpacesASpreadsheetProgramMovedAreNoChange() {
        ImportReading reading = read(book(rows -> {
            rows.get(2).set(2, " 每場次  參與人數\n");
            rows.get(2).set(1, "1.提高市民參加原住民歲時祭儀及\n客家節慶活動之參與度");
            rows.get(2).set(3, "500.0");
        }));
        assertThat(reading.problems().errors()).isEmpty();
        assertThat(reading.changes()).isEmpty();
    }

    @Test
    void eachEditedCellIsAChangeNamedByItsCell() {
        PlanView.KpiView first = PLAN.goals().get(0).kpis().get(0);
        PlanView.KpiView second = PLAN.goals().get(1).kpis().get(1);
        ImportReading reading = read(book(rows -> {
            rows.get(2).set(5, "620");
            rows.get(4).set(2, "每年至少4項活動");
            rows.get(4).set(0, ""); // the goal's cells merged down: the row is under the goal above
        }));
        assertThat(reading.problems().errors()).isEmpty();
        assertThat(reading.changes()).extracting(c -> c.cell(), c -> c.kpi().id(), c -> c.column().header(),
                        ImportReading.ChangedCell::before, ImportReading.ChangedCell::after)
                .containsExactly(tuple("民政處!F3", first.id(), "110年度目標值", first.targets().get(110).raw(), "620"),
                        tuple("民政處!C5", second.id(), "衡量標準", second.measure(), "每年至少4項活動"));
    }

    @Test
    void everyProblemIsNamedByItsCell() {
        PlanView.GoalView goal = PLAN.goals().get(1);
        ImportReading reading = read(book(rows -> {
            rows.get(1).add("120年度目標值");
            rows.get(2).set(1, "1. 改過的名稱");
            rows.get(2).set(4, "5O0件");
            rows.add(new ArrayList<>(List.of(Numbering.goalTitle(goal.no(), goal.title()), "9. 新指標", "新的衡量標準")));
            rows.add(new ArrayList<>(List.of("", "", "", "", "", "", "700")));
            rows.add(new ArrayList<>(List.of("目標", "1. " + PLAN.goals().get(0).kpis().get(0).name())));
        }));
        int last = PLAN.goals().stream().mapToInt(g -> g.kpis().size()).sum() + 2;
        assertThat(reading.problems().errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("民政處!H2", MessageCode.IMPORT_YEAR_OUTSIDE),
                tuple("民政處!B3", MessageCode.IMPORT_RENAMED),
                tuple("民政處!E3", MessageCode.IMPORT_TARGET_UNREADABLE),
                tuple("民政處!B" + (last + 1), MessageCode.IMPORT_KPI_UNKNOWN),
                tuple("民政處!B" + (last + 2), MessageCode.IMPORT_KPI_UNNUMBERED),
                tuple("民政處!A" + (last + 3), MessageCode.IMPORT_KPI_UNNUMBERED));
        assertThat(reading.problems().errors().get(3).args()).containsExactly("二-9");
    }

    @Test
    void aSheetOfAnotherAgencyOrAFileWithoutThePlansColumnsIsRefused() {
        Spreadsheet police = new Spreadsheet(List.of(new Spreadsheet.Sheet("警察局", book(rows -> { }).sheets().get(0).rows())));
        assertThat(read(police).problems().errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("警察局!A1", MessageCode.IMPORT_OTHER_AGENCY));
        Spreadsheet notes = new Spreadsheet(List.of(new Spreadsheet.Sheet("備註", List.of(new Spreadsheet.Row(1, List.of("說明"))))));
        assertThat(read(notes).problems().errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("file", MessageCode.IMPORT_NO_PLAN_SHEET));
    }

    private static ImportReading read(Spreadsheet file) {
        return ImportReading.of(file, PLAN, OTHER_AGENCIES);
    }

    /** The plan book's sheet as a spreadsheet shows it, title and headers first, after {@code edit} of its rows. */
    private static Spreadsheet book(Consumer<List<List<String>>> edit) {
        Document.Table table = PlanBooks.kpiTable(PLAN);
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("嘉義市政府民政處中程(108至111年度)施政計畫")));
        rows.add(new ArrayList<>(table.columns().stream().map(Document.Column::header).toList()));
        table.rows().forEach(row -> rows.add(new ArrayList<>(row.stream().map(Document.Cell::text).toList())));
        edit.accept(rows);
        List<Spreadsheet.Row> read = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            read.add(new Spreadsheet.Row(r + 1, rows.get(r)));
        }
        return new Spreadsheet(List.of(new Spreadsheet.Sheet(table.name(), read)));
    }

    /** An agency's plan of the city's real plan, drafting in a cycle, with ids as a database would give them. */
    private static PlanView plan(String code, int cycleYear) {
        for (JsonNode agency : RealPlan.root().get("agencies")) {
            if (!agency.get("code").asText().equals(code)) {
                continue;
            }
            long id = 1;
            List<PlanView.GoalView> goals = new ArrayList<>();
            for (JsonNode goal : agency.get("goals")) {
                List<PlanView.KpiView> kpis = new ArrayList<>();
                for (JsonNode kpi : goal.get("kpis")) {
                    Map<Integer, PlanView.TargetView> targets = new TreeMap<>();
                    kpi.get("targets").fields().forEachRemaining(t -> {
                        ParsedTarget p = TargetParser.parse(t.getValue().get("raw").asText());
                        targets.put(Integer.parseInt(t.getKey()), new PlanView.TargetView(p.raw(), p.op(), p.value(),
                                p.unit(), p.kind()));
                    });
                    kpis.add(new PlanView.KpiView(id++, kpi.get("no").asInt(), kpi.get("name").asText(),
                            kpi.get("measure").asText(), null, Direction.HIGHER_IS_BETTER, null, targets, Map.of(), Map.of()));
                }
                goals.add(new PlanView.GoalView(id++, goal.get("no").asInt(), goal.get("title").asText(), kpis));
            }
            return new PlanView(code, agency.get("name").asText(), cycleYear, SubmissionStage.DRAFTING, 0, null, 3,
                    "中程(108至111年度)施政計畫", 108, 111, null, null, null, null, null, goals, List.of());
        }
        throw new IllegalArgumentException(code);
    }
}
