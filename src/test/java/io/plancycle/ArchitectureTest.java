package io.plancycle;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages of io.plancycle are layers that only point down. From the top:
 * <pre>
 * web, demo            the pages and the demo data: may use every feature
 * review, report       the evaluation team's desk; the agencies' performance reports
 * cycle                the year's cycle: its processes, calendar, submissions, notices due, approval
 * revision, audit      rolling revision and its summary; the audit trail
 * notification         contacts, mail and the in-app notices
 * plan, operations     plans, KPIs and the achievement-rate rule, plan snapshots; backups
 * ui                   what every feature's pages share: the signed-in user, field errors, saving a form
 * security             users, roles, access rules
 * problem              the error types every layer raises (Problems, InvalidInputException, ...)
 * </pre>
 * A package uses only those below it ({@link #layersOnlyPointDown}). The other rules say the same in the words of
 * the design: no cycle between feature packages, nothing but the pages and the demo depends on the web layer, the
 * problem types depend on no other package, and the controllers reach data and the process engine through a
 * feature's service.
 */
@AnalyzeClasses(packages = "io.plancycle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersOnlyPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("pages").definedBy("io.plancycle.web..", "io.plancycle.demo..")
            .layer("review, report").definedBy("io.plancycle.review..", "io.plancycle.report..")
            .layer("cycle").definedBy("io.plancycle.cycle..")
            .layer("revision, audit").definedBy("io.plancycle.revision..", "io.plancycle.audit..")
            .layer("notification").definedBy("io.plancycle.notification..")
            .layer("plan, operations").definedBy("io.plancycle.plan..", "io.plancycle.operations..")
            .layer("ui").definedBy("io.plancycle.ui..")
            .layer("security").definedBy("io.plancycle.security..")
            .layer("problem").definedBy("io.plancycle.problem..")
            .whereLayer("pages").mayNotBeAccessedByAnyLayer()
            .whereLayer("review, report").mayOnlyBeAccessedByLayers("pages")
            .whereLayer("cycle").mayOnlyBeAccessedByLayers("pages", "review, report")
            .whereLayer("revision, audit").mayOnlyBeAccessedByLayers("pages", "review, report", "cycle")
            .whereLayer("notification").mayOnlyBeAccessedByLayers("pages", "review, report", "cycle", "revision, audit")
            .whereLayer("plan, operations").mayOnlyBeAccessedByLayers("pages", "review, report", "cycle",
                    "revision, audit", "notification")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("pages", "review, report", "cycle", "revision, audit",
                    "notification", "plan, operations")
            .whereLayer("security").mayOnlyBeAccessedByLayers("pages", "review, report", "cycle", "revision, audit",
                    "notification", "plan, operations", "ui");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("io.plancycle.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyThePagesAndTheDemoDependOnTheWebLayer =
            noClasses().that().resideOutsideOfPackages("io.plancycle.web..", "io.plancycle.demo..")
                    .should().dependOnClassesThat().resideInAPackage("io.plancycle.web..");

    @ArchTest
    static final ArchRule theProblemTypesDependOnNoOtherPackage =
            classes().that().resideInAPackage("io.plancycle.problem..")
                    .should().onlyDependOnClassesThat(resideInAPackage("io.plancycle.problem..")
                            .or(not(resideInAPackage("io.plancycle.."))));

    @ArchTest
    static final ArchRule controllersUseServicesNotRepositoriesOrTheEngine =
            noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                    .should().dependOnClassesThat().areAssignableTo(Repository.class)
                    .orShould().dependOnClassesThat().areAssignableTo(TaskService.class)
                    .orShould().dependOnClassesThat().areAssignableTo(RuntimeService.class);
}
