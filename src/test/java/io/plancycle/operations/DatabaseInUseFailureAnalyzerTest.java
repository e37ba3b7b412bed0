package io.plancycle.operations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The clear message for a database file in use; FaultsIT sees it printed by a real second process. */
class DatabaseInUseFailureAnalyzerTest {

    private final DatabaseInUseFailureAnalyzer analyzer =
            new DatabaseInUseFailureAnalyzer(new MockEnvironment().withProperty("plancycle.data-dir", "/srv/plancycle"));

    @Test
    void namesTheFileH2NamesAndWhatToDo() {
        SQLException inUse = new SQLException("Database may be already in use: \"/srv/plancycle/plancycle.mv.db\". "
                + "Possible solutions: close all other connection(s); use the server mode [90020-232]", "90020", 90020,
                new IllegalStateException("The file is locked: /srv/plancycle/plancycle.mv.db [2.3.232/7]"));
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("flywayInitializer",
                new RuntimeException("Failed to initialize pool", inUse)));

        assertThat(analysis.getDescription()).isEqualTo("PlanCycle cannot open its database /srv/plancycle/plancycle.mv.db: "
                + "another PlanCycle (or another program) is using it.");
        assertThat(analysis.getAction()).isEqualTo("Stop it, or set plancycle.data-dir to another folder.");
    }

    @Test
    void fallsBackToTheConfiguredFolder() {
        FailureAnalysis analysis = analyzer.analyze(new RuntimeException("wrapped",
                new SQLException("Database may be already in use", "90020", 90020)));

        assertThat(analysis.getDescription()).contains(Path.of("/srv/plancycle/plancycle.mv.db").toString());
    }

    @Test
    void leavesOtherFailuresToSpringBoot() {
        assertThat(analyzer.analyze(new BeanCreationException("x", new SQLException("Wrong user name or password", "28000", 28000))))
                .isNull();
        assertThat(analyzer.analyze(new IllegalStateException("no cause"))).isNull();
    }
}
