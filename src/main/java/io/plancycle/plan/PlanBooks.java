package io.plancycle.plan;

import io.plancycle.PlanCycleProperties;
import io.plancycle.document.Document;
import io.plancycle.document.Documents;
import io.plancycle.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The plan book (施政計畫) of a year's cycle, as the city publishes it: for each agency 壹 使命與願景, 貳 施政環境分析與策略,
 * 參 施政重點及優先順序 and 肆 its KPI table with a target for every year of the plan; each agency's pages numbered
 * P4-1, P4-2 … after its place in the city's order. Per agency, or the whole city.
 */
@Service
public class PlanBooks {

    private final PlanRepository plans;
    private final PlanService planService;
    private final PlanCycleProperties properties;
    private final AgencyRepository agencies;
    private final Documents documents;

    PlanBooks(PlanRepository plans, PlanService planService, PlanCycleProperties properties, AgencyRepository agencies,
              Documents documents) {
        this.plans = plans;
        this.planService = planService;
        this.properties = properties;
        this.agencies = agencies;
        this.documents = documents;
    }

    /** Every agency's plan in a year's cycle, in the city's order: for the planning office, the team, the approver. */
    @Transactional(readOnly = true)
    public List<PlanView> cityPlans(int year) {
        requireOversight();
        return publishedPlans(year);
    }

    /**
     * The same for the public page: callers have made sure the year is published (an approved year the planning
     * office opened to the public, {@code Publications#requirePublished}).
     */
    @Transactional(readOnly = true)
    public List<PlanView> publishedPlans(int year) {
        return views(plans.findAllInCycle(year), year);
    }

    /** An agency's plan book; the agency reads its own. */
    @Transactional(readOnly = true)
    public Document agency(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        PlanView view = planService.view(plan, year);
        String title = PlanTables.agencyTitle(view, properties.government());
        return new Document(title, title, List.of(section(view, places(year).indexOf(plan.getAgency().getId()) + 1, false)));
    }

    /** The whole city's plan book. */
    @Transactional(readOnly = true)
    public Document city(int year) {
        requireOversight();
        return publishedCity(year);
    }

    /** The same for the public page: callers have made sure the year is published. */
    @Transactional(readOnly = true)
    public Document publishedCity(int year) {
        List<Plan> inCycle = plans.findAllInCycle(year);
        return cityBook(year, inCycle, views(inCycle, year));
    }

    /**
     * Where each KPI of the year's plans stands in the city's plan book as a PDF: the printed number of the page its
     * row begins on (P4-6, the fourth agency's sixth page), by KPI id — the 頁碼 a table citing the book gives.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> kpiPages(int year) {
        List<Plan> inCycle = plans.findAllInCycle(year);
        List<PlanView> views = views(inCycle, year);
        // One section per plan, its one table the KPI table: a row per KPI, goal by goal.
        List<List<String>> rowPages = documents.rowPages(cityBook(year, inCycle, views));
        Map<Long, String> pages = new HashMap<>();
        for (int p = 0; p < views.size(); p++) {
            Iterator<String> rows = rowPages.get(p).iterator();
            views.get(p).goals().forEach(goal -> goal.kpis().forEach(kpi -> pages.put(kpi.id(), rows.next())));
        }
        return pages;
    }

    private List<PlanView> views(List<Plan> inCycle, int year) {
        return inCycle.stream().map(p -> planService.view(p, year)).toList();
    }

    private Document cityBook(int year, List<Plan> inCycle, List<PlanView> views) {
        List<Long> places = places(year);
        List<Document.Section> sections = new ArrayList<>();
        for (int p = 0; p < inCycle.size(); p++) {
            sections.add(section(views.get(p), places.indexOf(inCycle.get(p).getAgency().getId()) + 1, true));
        }
        String title = inCycle.isEmpty() ? properties.government() + year + "年度施政計畫" : inCycle.get(0).getTitle();
        return new Document(title, title + "(" + year + "年度)", sections);
    }

    /**
     * The agencies of the year in the city's order, by id: an agency's pages are numbered after its place among them
     * (P4 for the fourth), so a book of an earlier year keeps its numbers after a reorganisation.
     */
    private List<Long> places(int year) {
        return agencies.findAllByOrderBySortOrder().stream().filter(a -> a.activeIn(year)).map(Agency::getId).toList();
    }

    private static void requireOversight() {
        CurrentUser.requireOversight("the whole city's plans are for the planning office, the evaluation team and the approver");
    }

    /** An agency's part, headed by its title in the city's book (an agency's own book carries it as its title). */
    private Document.Section section(PlanView plan, int agencyNo, boolean headed) {
        List<Document.Block> blocks = new ArrayList<>();
        if (headed) {
            blocks.add(new Document.Heading(1, PlanTables.agencyTitle(plan, properties.government())));
        }
        blocks.add(new Document.Heading(2, "壹、使命與願景"));
        text(blocks, "一、機關任務", plan.mission());
        text(blocks, "二、願景", plan.vision());
        blocks.add(new Document.Heading(2, "貳、施政環境分析與策略"));
        text(blocks, "一、施政環境分析", plan.situation());
        text(blocks, "二、策略", plan.strategies());
        blocks.add(new Document.Heading(2, "參、施政重點及優先順序"));
        text(blocks, null, plan.priorities());
        blocks.add(new Document.Heading(2, "肆、關鍵策略目標及關鍵績效指標"));
        blocks.add(kpiTable(plan));
        return new Document.Section("P" + agencyNo, blocks);
    }

    private static void text(List<Document.Block> blocks, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (heading != null) {
            blocks.add(new Document.Paragraph(heading));
        }
        blocks.add(new Document.Paragraph(text.strip()));
    }

    /** 關鍵策略目標 · 關鍵績效指標 · 衡量標準 · one 年度目標值 per year of the plan. */
    static Document.Table kpiTable(PlanView plan) {
        List<Integer> years = IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList();
        List<Document.Column> columns = new ArrayList<>(PlanTables.kpiColumns());
        years.forEach(y -> columns.add(new Document.Column(PlanTables.targetHeader(y), 8)));
        List<List<Document.Cell>> rows = new ArrayList<>();
        for (PlanView.GoalView goal : plan.goals()) {
            for (PlanView.KpiView kpi : goal.kpis()) {
                List<Document.Cell> row = new ArrayList<>(PlanTables.kpiCells(goal, kpi));
                years.forEach(y -> row.add(PlanTables.target(kpi, y)));
                rows.add(row);
            }
        }
        return new Document.Table(plan.agencyName(), columns, rows);
    }
}
