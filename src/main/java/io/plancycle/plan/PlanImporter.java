package io.plancycle.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.security.Identities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a medium-term plan file (the city's published plan, {@code src/main/resources/demo}) as the agencies and their
 * baseline plans in one {@link MediumTermPlan}. The whole file is checked before anything is written: a malformed or partial file is refused
 * with a message naming the first bad element, and nothing is imported.
 */
@Service
public class PlanImporter {

    private static final Pattern AGENCY_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ObjectMapper json;
    private final AgencyRepository agencies;
    private final PlanRepository plans;
    private final Identities identities;
    private final MediumTermPlanRepository mediumTermPlans;

    PlanImporter(ObjectMapper json, AgencyRepository agencies, PlanRepository plans, Identities identities,
                 MediumTermPlanRepository mediumTermPlans) {
        this.json = json;
        this.agencies = agencies;
        this.plans = plans;
        this.identities = identities;
        this.mediumTermPlans = mediumTermPlans;
    }

    /** The plan file refused: the message names the first bad element, for example {@code agencies[3].goals[0].title}. */
    public static class ImportRefusedException extends RuntimeException {
        ImportRefusedException(String message) {
            super(message);
        }
    }

    /** @return the agencies imported, in the file's order */
    @Transactional
    public List<Agency> importPlan(InputStream in) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new ImportRefusedException("the plan file is not valid JSON: " + e.getMessage());
        }
        validate(root);
        List<Agency> imported = new ArrayList<>();
        JsonNode list = root.get("agencies");
        List<Integer> years = new ArrayList<>();
        root.get("years").forEach(y -> years.add(y.asInt()));
        int firstYear = years.stream().min(Integer::compare).orElseThrow();
        int lastYear = years.stream().max(Integer::compare).orElseThrow();
        MediumTermPlan published = mediumTermPlans.save(new MediumTermPlan(root.get("title").asText(), firstYear, lastYear,
                MediumTermPlan.Source.PUBLISHED, "system"));
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            Agency agency = agencies.save(new Agency(a.get("code").asText(), a.get("name").asText(), text(a, "nameEn"), i + 1));
            identities.ensureAgencyGroup(agency.getCode(), agency.getName());
            Plan plan = new Plan(agency, null, firstYear, lastYear, SubmissionStage.BASELINE);
            plan.setTitle(published.getTitle());
            plan.belongTo(published.getId());
            plan.setSections(text(a, "mission"), paragraphs(a.get("vision")), text(a, "situation"), text(a, "strategies"),
                    paragraphs(a.get("priorities")));
            for (JsonNode g : a.get("goals")) {
                Goal goal = plan.addGoal(g.get("no").asInt(), g.get("title").asText());
                for (JsonNode k : g.get("kpis")) {
                    List<ParsedTarget> parsed = new ArrayList<>();
                    k.get("targets").forEach(t -> parsed.add(TargetParser.parse(t.path("raw").asText(null))));
                    Kpi kpi = goal.addKpi(k.get("no").asInt(), k.get("name").asText(), text(k, "measure"),
                            Direction.infer(k.get("name").asText(), text(k, "measure"), parsed));
                    k.get("targets").fields().forEachRemaining(t -> {
                        String raw = t.getValue().path("raw").asText(null);
                        if (raw != null) {
                            kpi.setTarget(Integer.parseInt(t.getKey()), raw);
                        }
                    });
                }
            }
            plans.save(plan);
            imported.add(agency);
        }
        return imported;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String paragraphs(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            return node.asText();
        }
        List<String> lines = new ArrayList<>();
        node.forEach(p -> lines.add(p.asText()));
        return String.join("\n", lines);
    }

    private void validate(JsonNode root) {
        require(root.isObject(), "the plan file", "must be a JSON object");
        require(root.path("title").isTextual() && !root.path("title").asText().isBlank(), "title", "is missing");
        JsonNode years = root.path("years");
        require(years.isArray() && !years.isEmpty(), "years", "must list the plan's years");
        for (int y = 0; y < years.size(); y++) {
            require(years.get(y).isInt(), "years[" + y + "]", "must be a ROC year");
        }
        JsonNode list = root.path("agencies");
        require(list.isArray() && !list.isEmpty(), "agencies", "must list at least one agency");
        Set<String> codes = new HashSet<>();
        Set<String> existing = new HashSet<>();
        agencies.findAll().forEach(a -> existing.add(a.getCode()));
        for (int i = 0; i < list.size(); i++) {
            String at = "agencies[" + i + "]";
            JsonNode a = list.get(i);
            String code = a.path("code").asText("");
            require(AGENCY_CODE.matcher(code).matches(), at + ".code", "must be lower-case letters, digits and hyphens");
            require(codes.add(code), at + ".code", code + " appears twice");
            require(!existing.contains(code), at + ".code", code + " exists already");
            requireText(a, "name", at);
            JsonNode goals = a.path("goals");
            require(goals.isArray(), at + ".goals", "is missing");
            for (int g = 0; g < goals.size(); g++) {
                String goalAt = at + ".goals[" + g + "]";
                JsonNode goal = goals.get(g);
                require(goal.path("no").isInt(), goalAt + ".no", "must be a number");
                requireText(goal, "title", goalAt);
                JsonNode kpis = goal.path("kpis");
                require(kpis.isArray(), goalAt + ".kpis", "is missing");
                for (int k = 0; k < kpis.size(); k++) {
                    String kpiAt = goalAt + ".kpis[" + k + "]";
                    JsonNode kpi = kpis.get(k);
                    require(kpi.path("no").isInt(), kpiAt + ".no", "must be a number");
                    requireText(kpi, "name", kpiAt);
                    require(kpi.path("targets").isObject(), kpiAt + ".targets", "is missing");
                    kpi.path("targets").fields().forEachRemaining(t -> {
                        require(t.getKey().matches("\\d{2,3}"), kpiAt + ".targets." + t.getKey(), "is not a ROC year");
                        JsonNode raw = t.getValue().path("raw");
                        require(raw.isTextual() || raw.isNull(), kpiAt + ".targets." + t.getKey() + ".raw",
                                "must be the target as written");
                    });
                }
            }
        }
    }

    private static void requireText(JsonNode node, String field, String at) {
        require(node.path(field).isTextual() && !node.path(field).asText().isBlank(), at + "." + field, "is missing");
    }

    private static void require(boolean ok, String element, String message) {
        if (!ok) {
            throw new ImportRefusedException("the plan file was not imported: " + element + " " + message);
        }
    }
}
