package io.plancycle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plancycle.plan.Agency;
import io.plancycle.plan.PlanImporter;
import io.plancycle.notification.DemoContacts;
import io.plancycle.security.Identities;
import io.plancycle.support.PlanCycleApi;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * As many agencies as a benchmark needs, each a clone of a real Chiayi agency of the demo data (clone {@code i} copies
 * agency {@code i % 20}: its sections, goals, KPIs and 108–111 targets), imported by {@link PlanImporter} as a plan file
 * is, with a demo user (password {@value PlanCycleApi#PASSWORD}) and demo contacts as the real agencies get them.
 * Imported in files of {@value #PER_FILE} agencies, the clones of one call still belong to one medium-term plan, the
 * latest, from which a cycle opened next copies every clone's draft.
 */
final class SyntheticAgencies {

    /**
     * The first year of a benchmark's cycles: the clones' medium-term plan is Chiayi's of 108–111, so cycles from 110
     * on draft in the plan's own years or just after them, as the city's cycles do (110 rather than 109: one KPI has
     * no target written for 109, which its agency would have to add first). A cycle decades after the plan's last
     * year would run every KPI's target on to it, some fifty targets per KPI, and measure that instead.
     */
    static final int FIRST_CYCLE_YEAR = 110;

    /** The importer checks and writes a whole file in one transaction; clones go in files of this many agencies. */
    private static final int PER_FILE = 100;

    private final PlanImporter importer;
    private final Identities identities;
    private final DemoContacts contacts;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final JsonNode demoPlan;

    SyntheticAgencies(PlanImporter importer, Identities identities, DemoContacts contacts, TransactionTemplate transaction,
                      JdbcTemplate jdbc) {
        this.importer = importer;
        this.identities = identities;
        this.contacts = contacts;
        this.transaction = transaction;
        this.jdbc = jdbc;
        try (InputStream in = new ClassPathResource("demo/chiayi-108-111-plan.json").getInputStream()) {
            this.demoPlan = PlanCycleApi.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of real agencies the clones are made from. */
    int templates() {
        return demoPlan.path("agencies").size();
    }

    /** Imports {@code count} clones coded {@code <real code>-<tag><i>}; answers their codes, in order. */
    List<String> add(String tag, int count) {
        List<String> codes = new ArrayList<>();
        Long mediumTermPlan = null;
        for (int from = 0; from < count; from += PER_FILE) {
            ObjectNode file = demoPlan.deepCopy();
            ArrayNode clones = file.putArray("agencies");
            for (int i = from; i < Math.min(count, from + PER_FILE); i++) {
                ObjectNode clone = demoPlan.path("agencies").get(i % templates()).deepCopy();
                clone.put("code", clone.path("code").asText() + "-" + tag + i);
                clone.put("name", clone.path("name").asText() + tag + i);
                clones.add(clone);
            }
            List<Agency> imported = importer.importPlan(new ByteArrayInputStream(bytes(file)));
            mediumTermPlan = joinFirstFile(mediumTermPlan);
            transaction.executeWithoutResult(status -> imported.forEach(agency -> identities.ensureUser(agency.getCode(),
                    agency.getName() + "承辦人", agency.getCode() + "@plancycle.test", PlanCycleApi.PASSWORD,
                    agency.getCode())));
            contacts.addFor(imported);
            imported.forEach(agency -> codes.add(agency.getCode()));
        }
        return codes;
    }

    /**
     * Each file imported is a medium-term plan of its own: the baselines of the latest one join the first file's, so
     * that all of this call's clones are in the latest medium-term plan. Answers the first file's medium-term plan.
     */
    private Long joinFirstFile(Long first) {
        Long latest = jdbc.queryForObject("select max(id) from medium_term_plan", Long.class);
        if (first == null) {
            return latest;
        }
        jdbc.update("update plan set medium_term_plan_id = ? where medium_term_plan_id = ?", first, latest);
        jdbc.update("delete from medium_term_plan where id = ?", latest);
        return first;
    }

    private static byte[] bytes(JsonNode file) {
        try {
            return PlanCycleApi.JSON.writeValueAsBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
