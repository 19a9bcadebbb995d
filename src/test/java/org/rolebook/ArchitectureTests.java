package org.rolebook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A few rules beside the module check, each with its reason. */
@AnalyzeClasses(packages = "org.rolebook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainTypesAreFreeOfSpringAndPersistence = noClasses()
            .that()
            .resideInAPackage("org.rolebook.framework")
            .and()
            .haveSimpleNameNotEndingWith("Catalogue")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "jakarta.persistence..")
            .because(
                    "the framework's records are plain values that importers, benchmarks and tests build without a context");

    @ArchTest
    static final ArchRule readersAreFreeOfSpring = noClasses()
            .that()
            .resideInAPackage("org.rolebook.importing.internal")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .because("document readers are pure functions of the text, tested on golden files without a context");

    @ArchTest
    static final ArchRule theMatchingCoreIsFreeOfSpring = noClasses()
            .that()
            .resideInAnyPackage("org.rolebook.matching", "org.rolebook.matching.internal")
            .and()
            .doNotHaveSimpleName("Suggestions")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "jakarta.persistence..", "jakarta.servlet..")
            .because(
                    "grade suggestion is plain Java over the framework's records, so benchmarks and tests call it without a context");

    @ArchTest
    static final ArchRule controllersStayInWebPackages = classes()
            .that()
            .areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .resideInAnyPackage("..web..")
            .andShould()
            .notBePublic()
            .because("pages and API handlers are the inside of a module; other modules call its API types");

    @ArchTest
    static final ArchRule featuresNeverDependOnTheWebShell = noClasses()
            .that()
            .resideOutsideOfPackage("org.rolebook.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.rolebook.web..")
            .because("the web shell depends on features, never the reverse");
}
