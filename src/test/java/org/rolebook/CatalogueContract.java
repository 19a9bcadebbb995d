package org.rolebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.Grade;
import org.rolebook.importing.FrameworkImporter;
import org.rolebook.importing.ImportReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the catalogue promises on any database: the seed framework loaded once at first start,
 * documents stored whole or not at all, and the JSON API over it. Run on the embedded database
 * by {@link CatalogueIntegrationTests} and on PostgreSQL by {@link CataloguePostgresIntegrationTests}.
 */
abstract class CatalogueContract {

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    FrameworkImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theSeedFrameworkIsLoadedAtFirstStart() {
        var framework = catalogue.framework().orElseThrow();
        assertThat(framework.name()).isEqualTo("Implementation of Single Status in Schools – 2014");
        assertThat(framework.publisher()).isEqualTo("Lancashire County Council");
        assertThat(framework.effectiveYear()).isEqualTo(2014);
        assertThat(catalogue.families()).singleElement().satisfies(family -> {
            assertThat(family.name()).isEqualTo("Student Support Services");
            assertThat(family.grades()).extracting(Grade::number).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
            assertThat(family.level(Grade.of(6)).orElseThrow().exampleTitles())
                    .containsExactly("Art & Design Technician", "ICT Technician", "Sports Technician");
            assertThat(family.level(Grade.of(5)).orElseThrow().typicalTasks()).hasSize(7);
        });
        assertThat(catalogue.gradeProfile(Grade.of(5)).orElseThrow().title()).isEqualTo("Operative / Support");
        assertThat(catalogue.statements()).hasSize(6);
    }

    @Test
    void aRestartNeverLoadsTheSeedTwice() {
        long documents = count("source_document");
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        ImportReport again = importer.importBytes("again.txt", SeedFiles.bytes(SeedFiles.FAMILY_SUMMARY), false);

        assertThat(again.ok()).isTrue();
        assertThat(again.outcome()).contains("imported before; nothing changed");
        assertThat(count("source_document")).isEqualTo(documents);
        assertThat(count("job_family")).isEqualTo(1);
        assertThat(count("family_level")).isEqualTo(9);
    }

    @Test
    void aFileWithErrorsChangesNothing() {
        long revision = count("source_document");
        String truncated =
                "NEW FRAMEWORK 2031\tJob Family Profile Summary\nNEW FAMILY\n\tGRADE 1\tGRADE 2\nTypical Level Purpose\tonly one cell\n";

        ImportReport report = importer.importBytes("truncated.txt", truncated.getBytes(StandardCharsets.UTF_8), false);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors())
                .anySatisfy(error -> assertThat(error.field()).isEqualTo("table"));
        assertThat(count("source_document")).isEqualTo(revision);
        assertThat(count("framework")).isEqualTo(1);
    }

    @Test
    void aDocumentTheDatabaseRefusesHalfwayLeavesNoTrace() {
        long documents = count("source_document");
        String longName = "X".repeat(400);
        String summary = "ANOTHER FRAMEWORK 2032\tJob Family Profile Summary\n" + longName
                + "\n\tGRADE 1\nTypical Level Purpose\tTo do things.\n";

        ImportReport report = importer.importBytes("too-long.txt", summary.getBytes(StandardCharsets.UTF_8), false);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors())
                .anySatisfy(error -> assertThat(error.message()).contains("nothing was stored"));
        assertThat(count("framework")).isEqualTo(1);
        assertThat(count("source_document")).isEqualTo(documents);
    }

    @Test
    void aSecondFamilyIsStoredBesideTheFirst() {
        String summary =
                "IMPLEMENTATION OF SINGLE STATUS IN SCHOOLS – 2014\tJob Family Profile Summary\nADMINISTRATION\n"
                        + "\tGRADE 2\tGRADE 3\nExample Job Titles\tOffice Junior\tAdministrative Assistant; Receptionist\n";

        ImportReport report = importer.importBytes("admin.txt", summary.getBytes(StandardCharsets.UTF_8), false);

        assertThat(report.ok()).isTrue();
        assertThat(catalogue.family("administration")).isPresent();
        assertThat(catalogue.lookupTitle("receptionist").matches().getFirst().familyName())
                .isEqualTo("Administration");
        jdbc.sql("delete from level_text where level_id in (select id from family_level where family_id in "
                        + "(select id from job_family where slug = 'administration'))")
                .update();
        jdbc.sql(
                        "delete from family_level where family_id in (select id from job_family where slug = 'administration')")
                .update();
        jdbc.sql("delete from job_family where slug = 'administration'").update();
        jdbc.sql("delete from source_document where file_name = 'admin.txt'").update();
    }

    @Test
    void theApiListsFamiliesAndLevels() throws Exception {
        mvc.perform(get("/api/families"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").value("student-support-services"))
                .andExpect(jsonPath("$[0].grades.length()").value(9));
        mvc.perform(get("/api/families/student-support-services/levels/6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exampleTitles[1]").value("ICT Technician"))
                .andExpect(
                        jsonPath("$.dimensions.PURPOSE.asWritten")
                                .value(
                                        "To provide practical technical support and equipment for a curriculum area such as Art and Design or school-wide ICT support."));
        mvc.perform(get("/api/families/student-support-services"))
                .andExpect(jsonPath("$.levels.length()").value(9))
                .andExpect(jsonPath("$.levels[7].dimensions.WORK_ELEMENTS.none").value(true));
        mvc.perform(get("/api/grade-profiles/5"))
                .andExpect(jsonPath("$.levelName").value("Level Five"));
        mvc.perform(get("/api/framework")).andExpect(jsonPath("$.publisher").value("Lancashire County Council"));
    }

    @ParameterizedTest
    @CsvSource({
        "ICT Technician, 6, ICT Technician",
        "Network Manager, 9, Network Manager",
        "ICT Network Manager, 11, ICT Network Manager",
        "midday supervisor, 3, Midday Supervisor (Primary / Secondary)",
        "ict technitian, 6, ICT Technician",
    })
    void theApiLooksUpJobTitles(String query, int grade, String title) throws Exception {
        mvc.perform(get("/api/titles").param("q", query))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches[0].grade").value(grade))
                .andExpect(jsonPath("$.matches[0].title").value(title))
                .andExpect(jsonPath("$.matches[0].familyName").value("Student Support Services"));
    }

    @Test
    void theApiComparesAndSearches() throws Exception {
        mvc.perform(get("/api/compare")
                        .param("family", "student-support-services")
                        .param("from", "5")
                        .param("to", "6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(8))
                .andExpect(jsonPath("$.rows[0].items[?(@.text == 'ICT Technician')].mark")
                        .value("ADDED"));
        mvc.perform(get("/api/search").param("q", "Frist Aid"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].grade").value(5));
    }

    @Test
    void theApiNamesTheFieldAtFault() throws Exception {
        mvc.perform(get("/api/families/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("family"));
        mvc.perform(get("/api/families/student-support-services/levels/2"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("grade"));
        mvc.perform(get("/api/compare")
                        .param("family", "student-support-services")
                        .param("from", "5")
                        .param("to", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(get("/api/compare")
                        .param("family", "student-support-services")
                        .param("from", "0")
                        .param("to", "6"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/titles"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
        mvc.perform(get("/api/titles").param("q", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
    }

    @Test
    void theOpenApiDescriptionAndHealthAreServed() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/titles']").exists())
                .andExpect(jsonPath("$.paths['/api/compare']").exists())
                .andExpect(jsonPath("$.info.title").value("Rolebook API"))
                .andExpect(
                        jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/role-profiles'].post.responses['201']")
                        .exists())
                .andExpect(
                        jsonPath("$.paths['/api/role-profiles/{id}'].put.parameters[?(@.name == 'If-Match')].required")
                                .value(org.hamcrest.Matchers.contains(true)));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
