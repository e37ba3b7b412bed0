package io.plancycle.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published plan is loaded whole on first start; a broken plan file is refused whole, naming what is wrong. */
@SpringBootTest
@ActiveProfiles("test")
class PlanImporterTest {

    @Autowired
    PlanImporter importer;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    PlanRepository plans;
    @Autowired
    ObjectMapper json;

    @Test
    @Transactional
    void theCityPlanIsLoadedOnFirstStartWithEveryGoalKpiAndTarget() {
        assertThat(agencies.findAllByOrderBySortOrder()).extracting(Agency::getCode).hasSize(20)
                .startsWith("civil-affairs", "construction", "education").endsWith("police", "fire");
        var baselines = plans.findBaselines();
        assertThat(baselines).hasSize(20);
        Plan civilAffairs = baselines.get(0);
        assertThat(civilAffairs.getFirstYear()).isEqualTo(108);
        assertThat(civilAffairs.getLastYear()).isEqualTo(111);
        assertThat(civilAffairs.getMission()).startsWith("民政為庶政的基礎");
        Kpi first = civilAffairs.liveKpis().get(0);
        assertThat(first.getName()).isEqualTo("提高市民參加原住民歲時祭儀及客家節慶活動之參與度");
        assertThat(first.target(110)).get().extracting(Target::getRaw).isEqualTo("600");
        assertThat(baselines.stream().mapToLong(p -> p.liveGoals().size()).sum()).isEqualTo(130);
        assertThat(baselines.stream().mapToLong(p -> p.liveKpis().size()).sum()).isEqualTo(197);
    }

    @Test
    void aPlanFileWithAMissingKpiNameIsRefusedWholeNamingTheElement() throws IOException {
        ObjectNode file = newAgencies();
        ((ObjectNode) file.at("/agencies/1/goals/0/kpis/0")).remove("name");

        assertThatThrownBy(() -> importer.importPlan(stream(file)))
                .isInstanceOf(PlanImporter.ImportRefusedException.class)
                .hasMessageContaining("agencies[1].goals[0].kpis[0].name is missing");
        assertThat(agencies.findByCode("new-agency-0")).as("the valid agency before the bad one").isEmpty();
        assertThat(agencies.count()).isEqualTo(20);
    }

    @Test
    void aTruncatedPlanFileIsRefused() throws IOException {
        byte[] whole = json.writeValueAsBytes(newAgencies());
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> importer.importPlan(new ByteArrayInputStream(half)))
                .isInstanceOf(PlanImporter.ImportRefusedException.class)
                .hasMessageContaining("not valid JSON");
        assertThat(agencies.count()).isEqualTo(20);
    }

    @Test
    void anAgencyThatExistsAlreadyIsRefusedAndNothingOfTheFileIsImported() throws IOException {
        ObjectNode file = newAgencies();
        ((ObjectNode) file.at("/agencies/1")).put("code", "police");

        assertThatThrownBy(() -> importer.importPlan(stream(file)))
                .hasMessageContaining("agencies[1].code police exists already");
        assertThat(agencies.findByCode("new-agency-0")).isEmpty();
        assertThat(agencies.count()).isEqualTo(20);
    }

    /** The real plan file with its first two agencies renamed, so that it could be imported beside the real one. */
    private ObjectNode newAgencies() throws IOException {
        ObjectNode file;
        try (InputStream in = getClass().getResourceAsStream("/demo/chiayi-108-111-plan.json")) {
            file = (ObjectNode) json.readTree(in);
        }
        ArrayNode list = (ArrayNode) file.get("agencies");
        while (list.size() > 2) {
            list.remove(2);
        }
        for (int i = 0; i < 2; i++) {
            ((ObjectNode) list.get(i)).put("code", "new-agency-" + i);
        }
        return file;
    }

    private InputStream stream(ObjectNode file) throws IOException {
        return new ByteArrayInputStream(json.writeValueAsString(file).getBytes(StandardCharsets.UTF_8));
    }
}
