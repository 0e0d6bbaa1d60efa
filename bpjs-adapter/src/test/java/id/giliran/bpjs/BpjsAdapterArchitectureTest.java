package id.giliran.bpjs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The client core is plain Java that any wiring can construct; the sandbox (and with it
 * WireMock) sits beside it, never inside it.
 */
@AnalyzeClasses(packages = "id.giliran.bpjs", importOptions = ImportOption.DoNotIncludeTests.class)
class BpjsAdapterArchitectureTest {

    @ArchTest
    static final ArchRule clientCoreIsPlainJava = noClasses()
            .that().resideInAnyPackage("id.giliran.bpjs.pcare..", "id.giliran.bpjs.lzstring..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.axonframework..", "com.github.tomakehurst..", "wiremock..",
                    "id.giliran.bpjs.sandbox..")
            .because("the PCare client is wired later by constructor; the sandbox is only one of its peers");

    @ArchTest
    static final ArchRule lzStringStandsAlone = noClasses()
            .that().resideInAPackage("id.giliran.bpjs.lzstring..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.giliran.bpjs.pcare..", "id.giliran.bpjs.sandbox..", "id.giliran.api..", "com.fasterxml..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("id.giliran.bpjs.(*)..").should().beFreeOfCycles();
}
