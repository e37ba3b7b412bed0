package io.plancycle.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.cycle.CycleService;
import io.plancycle.plan.AdminInput;
import io.plancycle.plan.Agencies;
import io.plancycle.ui.PlanningOfficePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The planning office's achievement charts of a cycle: met, missed, over the threshold, and the rates, per agency. */
@Controller
@PlanningOfficePages
@RequestMapping("/admin")
class ChartPages {

    private final CycleService cycleService;
    private final AchievementDistribution achievements;
    private final Agencies agencies;
    private final AdminInput input;
    private final ObjectMapper json;

    ChartPages(CycleService cycleService, AchievementDistribution achievements, Agencies agencies, AdminInput input,
               ObjectMapper json) {
        this.cycleService = cycleService;
        this.achievements = achievements;
        this.agencies = agencies;
        this.input = input;
        this.json = json;
    }

    @GetMapping("/cycles/{year}/charts")
    String charts(@PathVariable int year, Model model, Locale locale) throws JsonProcessingException {
        AchievementDistribution.Distribution distribution = achievements.of(cycleService.cycle(year).getId(), year - 1);
        model.addAttribute("year", year);
        model.addAttribute("distribution", distribution);
        model.addAttribute("chartHeight", Math.max(260, distribution.agencies().size() * 26 + 80));
        Map<String, String> names = AdminInput.agencyNames(agencies.inCityOrder());
        model.addAttribute("agencyNames", names);
        model.addAttribute("chartJson", json.writeValueAsString(chartData(distribution, names, locale)));
        return "pages/admin/charts";
    }

    /** What admin.js draws: the agencies' names, the four counts per agency and the rate bins per agency and in all. */
    private Map<String, Object> chartData(AchievementDistribution.Distribution d, Map<String, String> names,
                                          Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agencies", d.agencies().stream()
                .map(a -> Map.of("code", a.code(), "name", names.getOrDefault(a.code(), a.name()))).toList());
        data.put("series", List.of(
                series("met", text(locale, "admin.charts.met"), d.agencies().stream().map(a -> a.met()).toList()),
                series("notMet", text(locale, "admin.charts.notMet"), d.agencies().stream().map(a -> a.notMet()).toList()),
                series("overThreshold", text(locale, "admin.charts.overThreshold"),
                        d.agencies().stream().map(a -> a.overThreshold()).toList()),
                series("notJudged", text(locale, "admin.charts.notJudged"),
                        d.agencies().stream().map(a -> a.notJudged()).toList())));
        data.put("bins", d.binLabels());
        Map<String, List<Integer>> rates = new LinkedHashMap<>();
        rates.put("", d.total().rateBins());
        d.agencies().forEach(a -> rates.put(a.code(), a.rateBins()));
        data.put("rates", rates);
        data.put("kpisLabel", text(locale, "admin.charts.kpis"));
        data.put("rateLabel", text(locale, "admin.charts.rate"));
        return data;
    }

    private static Map<String, Object> series(String key, String label, List<Integer> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("key", key);
        series.put("label", label);
        series.put("data", values);
        return series;
    }

    private String text(Locale locale, String key, Object... args) {
        return input.text(locale, key, args);
    }
}
