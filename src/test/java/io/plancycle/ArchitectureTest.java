package io.plancycle;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
 * web, demo            the app-wide web pieces (sign-in, home, error pages, API errors) and the demo data
 * review, report       the evaluation team's desk; the agencies' performance reports
 * cycle                the year's cycle: its processes, calendar, submissions, notices due, approval
 * revision, audit,     rolling revision and its summary; the audit trail; the users and their roles, managed by
 *   people             the planning office
 * notification         contacts, mail and the in-app notices
 * plan, operations     plans, KPIs and the achievement-rate rule, plan snapshots; backups; the evidence behind actuals
 * step                 the steps of the cycle: each user task with its due date, who is reminded, its page
 * ui, document         what every feature's pages share: the signed-in user, field errors, saving a form; and
 *                      the documents given out (ODF, XLSX, PDF, CSV), written from a format-free model
 * security             users, roles, access rules
 * problem              the error types every layer raises (Problems, InvalidInputException, ...)
 * </pre>
 * A package uses only those below it ({@link #layersOnlyPointDown}). Each page controller lives in the highest feature
 * package it uses (the plan editor shows the review comments, so it lives in review), so the pages keep the layers
 * pointing down too. The other rules say the same in the words of the design: no cycle between feature packages, no
 * feature depends on the web layer, page controllers live with their feature, the problem types depend on no other
 * package, and the controllers reach data and the process engine through a feature's service, with a few
 * collaborators each.
 */
@AnalyzeClasses(packages = "io.plancycle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersOnlyPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("web, demo").definedBy("io.plancycle.web..", "io.plancycle.demo..")
            .layer("review, report").definedBy("io.plancycle.review..", "io.plancycle.report..")
            .layer("cycle").definedBy("io.plancycle.cycle..")
            .layer("revision, audit").definedBy("io.plancycle.revision..", "io.plancycle.audit..", "io.plancycle.people..")
            .layer("notification").definedBy("io.plancycle.notification..")
            .layer("plan, operations").definedBy("io.plancycle.plan..", "io.plancycle.operations..",
                    "io.plancycle.evidence..")
            .layer("step").definedBy("io.plancycle.step..")
            .layer("ui, document").definedBy("io.plancycle.ui..", "io.plancycle.document..")
            .layer("security").definedBy("io.plancycle.security..")
            .layer("problem").definedBy("io.plancycle.problem..")
            .whereLayer("web, demo").mayNotBeAccessedByAnyLayer()
            .whereLayer("review, report").mayOnlyBeAccessedByLayers("web, demo")
            .whereLayer("cycle").mayOnlyBeAccessedByLayers("web, demo", "review, report")
            .whereLayer("revision, audit").mayOnlyBeAccessedByLayers("web, demo", "review, report", "cycle")
            .whereLayer("notification").mayOnlyBeAccessedByLayers("web, demo", "review, report", "cycle", "revision, audit")
            .whereLayer("plan, operations").mayOnlyBeAccessedByLayers("web, demo", "review, report", "cycle",
                    "revision, audit", "notification")
            .whereLayer("step").mayOnlyBeAccessedByLayers("web, demo", "review, report", "cycle", "revision, audit",
                    "notification", "plan, operations")
            .whereLayer("ui, document").mayOnlyBeAccessedByLayers("web, demo", "review, report", "cycle", "revision, audit",
                    "notification", "plan, operations", "step")
            .whereLayer("security").mayOnlyBeAccessedByLayers("web, demo", "review, report", "cycle", "revision, audit",
                    "notification", "plan, operations", "step", "ui, document");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("io.plancycle.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFeatureDependsOnTheWebLayer =
            noClasses().that().resideOutsideOfPackages("io.plancycle.web..", "io.plancycle.demo..")
                    .should().dependOnClassesThat().resideInAPackage("io.plancycle.web..");

    @ArchTest
    static final ArchRule pageControllersLiveWithTheirFeature =
            classes().that().areAnnotatedWith(Controller.class).and().doNotHaveSimpleName("HomeController")
                    .should().resideOutsideOfPackage("io.plancycle.web..")
                    .because("the web layer keeps only the app-wide pages: sign-in, each role's home, the inbox");

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

    @ArchTest
    static final ArchRule controllersHaveAtMostFiveCollaborators =
            classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                    .should(haveAtMostCollaborators(5));

    /** A class's collaborators are what its constructors take (every bean here is built by its constructor). */
    private static ArchCondition<JavaClass> haveAtMostCollaborators(int most) {
        return new ArchCondition<>("have at most " + most + " collaborators") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (JavaConstructor constructor : controller.getConstructors()) {
                    int count = constructor.getRawParameterTypes().size();
                    if (count > most) {
                        events.add(SimpleConditionEvent.violated(controller,
                                controller.getName() + " has " + count + " collaborators, more than " + most));
                    }
                }
            }
        };
    }
}
