package vn.thidua;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, pinned: feature packages depend on each other without cycles (a lower package such as
 * {@code dossier} is plugged into by its owners, it does not know them), {@code common} depends on no feature, and
 * services speak the domain, not HTTP ({@code jakarta.ws.rs} is for resources), and the transition procedure of
 * workflows (open an item for an action, commit its change) is written once, in {@code workflow}.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("vn.thidua.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.thidua.common..")
                .should().dependOnClassesThat(resideInAPackage("vn.thidua..").and(not(resideInAPackage("vn.thidua.common.."))))
                .check(SERVICE);
    }

    @Test
    void theTransitionProcedureIsWrittenOnceInTheWorkflowKernel() {
        noMethods().that().haveName("commit").or().haveName("openForAction")
                .should().beDeclaredInClassesThat().resideOutsideOfPackage("vn.thidua.workflow..")
                .check(SERVICE);
    }

    @Test
    void servicesSpeakTheDomainNotHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(SERVICE);
    }
}
