package id.giliran;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module and package rules of CONVENTIONS.md, checked on the classes of every module:
 * the api is a plain contract; the command side, the query side and the views never reach into
 * each other; views speak only through gateways and feature services.
 */
@AnalyzeClasses(packages = "id.giliran", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiIsAPlainContract = classes()
            .that().resideInAPackage("id.giliran.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "id.giliran.api..", "java..", "org.axonframework.modelling.command..")
            .because("the api module is the contract between the sides: records, enums and routing annotations");

    @ArchTest
    static final ArchRule everyCommandAndQuerySaysWhoMaySendIt = classes()
            .that().resideInAPackage("id.giliran.api..")
            .and().haveSimpleNameEndingWith("Command").or().haveSimpleNameEndingWith("Query")
            .should().beAnnotatedWith(id.giliran.api.identity.Permitted.class)
            .because("messages are authorised where they are handled, and a message without @Permitted is "
                    + "refused to everybody but the system");

    @ArchTest
    static final ArchRule commandSideKnowsNoReadModel = noClasses()
            .that().resideInAnyPackage("id.giliran.command..", "id.giliran.*.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.giliran.*.query..", "id.giliran.query..", "id.giliran.*.ui..", "id.giliran.ui..",
                    "org.springframework.data..", "com.mongodb..", "com.vaadin..");

    @ArchTest
    static final ArchRule projectionsNeverImportTheCommandSide = noClasses()
            .that().resideInAnyPackage("id.giliran.*.query..", "id.giliran.query..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.giliran.command..", "id.giliran.*.command..", "id.giliran.*.ui..", "id.giliran.ui..",
                    "com.vaadin..");

    @ArchTest
    static final ArchRule viewsSpeakOnlyThroughGateways = noClasses()
            .that().resideInAnyPackage("id.giliran.*.ui..", "id.giliran.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.giliran.*.query..", "id.giliran.query..", "id.giliran.command..", "id.giliran.*.command..",
                    "org.springframework.data..", "com.mongodb..", "de.bwaldvogel..")
            .because("views call feature services over CommandGateway and QueryGateway, never repositories");

    @ArchTest
    static final ArchRule readModelDocumentsStayBesideTheirProjection = classes()
            .that().areAnnotatedWith(org.springframework.data.mongodb.core.mapping.Document.class)
            .should().notBePublic()
            .andShould().resideInAnyPackage("..query..", "id.giliran.identity.security")
            .because("read-model documents stay package-private beside their projection; the credential store "
                    + "keeps its own");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices()
            .matching("id.giliran.(*)..")
            .should().beFreeOfCycles();
}
