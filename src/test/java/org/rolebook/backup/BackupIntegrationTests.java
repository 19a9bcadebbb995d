package org.rolebook.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.PostgresServer;
import org.rolebook.RolebookApplication;
import org.rolebook.framework.CatalogueConflict;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Export, then restore into an empty database, gives back the same data: on H2 and on PostgreSQL. */
@SpringBootTest
@Import(CleanDatabase.class)
public class BackupIntegrationTests {

    @Autowired
    Backup backup;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableIsInTheExport() {
        var tables = jdbc.sql(
                        "select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'"
                                + " and lower(table_name) <> 'flyway_schema_history'")
                .query(String.class)
                .list();
        assertThat(Backup.TABLES).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void anExportRestoredIntoAnEmptyDatabaseGivesBackTheSameData() throws Exception {
        var school = schools.all().stream()
                .filter(s -> s.urn().equals("119876"))
                .findFirst()
                .orElseGet(() -> schools.add(Fixtures.oakfieldPrimary()));
        RoleProfile profile = profiles.create(school.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("editor"));
        profile = profiles.update(
                profile.id(),
                profile.lockVersion(),
                Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Senior <b>Worker</b>"),
                new Actor("editor"));
        RoleProfile submitted = profiles.submit(profile.id(), profile.lockVersion(), new Actor("editor"));
        profiles.approve(submitted.id(), submitted.lockVersion(), new Actor("hr"), null, Fixtures.RATIONALE);
        byte[] exported = export(backup);

        String h2 = "jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThat(roundTrip(exported, "--spring.datasource.url=" + h2)).isEqualTo(tables(exported));

        PostgresServer.requireOrSkip();
        assertThat(roundTrip(
                        exported,
                        "--spring.datasource.url=" + PostgresServer.URL,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.flyway.schemas=rolebook_test",
                        "--spring.flyway.create-schemas=true",
                        "--spring.flyway.clean-disabled=false"))
                .isEqualTo(tables(exported));
    }

    @Test
    void anExportFromBeforeProfilesKeptTheirApprovedValuesIsRestoredWithThemWorkedOut() throws Exception {
        var school = schools.add(new org.rolebook.roleprofile.NewSchool(
                "131313", "Brookside Academy", org.rolebook.roleprofile.Phase.SECONDARY, null));
        RoleProfile profile = profiles.create(school.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("editor"));
        RoleProfile submitted = profiles.submit(profile.id(), profile.lockVersion(), new Actor("editor"));
        RoleProfile approved =
                profiles.approve(submitted.id(), submitted.lockVersion(), new Actor("hr"), null, Fixtures.RATIONALE);
        profiles.update(
                approved.id(),
                approved.lockVersion(),
                Fixtures.withGrade(Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Family Worker"), 6),
                new Actor("editor"));
        byte[] exported = export(backup);
        ObjectNode older = (ObjectNode) JsonMapper.shared().readTree(exported);
        for (var row : older.path("tables").path("role_profile")) {
            for (String column : java.util.List.of(
                    "approved_family_slug",
                    "approved_grade",
                    "approved_post_title",
                    "approved_search_text",
                    "approved_at")) {
                assertThat(row.has(column)).as(column).isTrue();
                ((ObjectNode) row).remove(column);
            }
        }

        String h2 = "jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThat(roundTrip(JsonMapper.shared().writeValueAsBytes(older), "--spring.datasource.url=" + h2))
                .isEqualTo(tables(exported));
    }

    @Test
    void aRowTheDatabaseWouldRefuseIsNamedByItsColumnAndValueNotInTheDatabasesWords() throws Exception {
        var school = schools.add(new org.rolebook.roleprofile.NewSchool(
                "141414", "Millbrook Infants", org.rolebook.roleprofile.Phase.PRIMARY, 90));
        profiles.create(school.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("editor"));
        byte[] exported = export(backup);
        ObjectNode tables = tables(exported);
        int schoolRows = tables.path("school").size();

        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        java.util.List<byte[]> variants = new java.util.ArrayList<>();
        variants.add(variant(exported, t -> ((ObjectNode) t.path("school").get(0)).put("phase", "BOGUS")));
        expected.put(
                "phase",
                "row 1 of school cannot be restored: school.phase \"BOGUS\" is not a value this column"
                        + " takes (school_phase_known)");
        variants.add(variant(exported, t -> ((ObjectNode) t.path("school").get(0)).remove("name")));
        expected.put("no name", "school.name of row 1 has no value; this column needs one");
        variants.add(variant(exported, t -> ((ObjectNode) t.path("school").get(0)).put("name", "N".repeat(400))));
        expected.put("long name", "school.name of row 1 is 400 characters long; this column takes at most 300");
        variants.add(variant(exported, t -> {
            ObjectNode copy = ((ObjectNode) t.path("school").get(0)).deepCopy();
            copy.put("id", 999_999);
            ((tools.jackson.databind.node.ArrayNode) t.path("school")).add(copy);
        }));
        expected.put(
                "same urn",
                "row %d of school cannot be restored: school.urn \"%s\" is already the value of another row, and must"
                        .formatted(
                                schoolRows + 1,
                                tables.path("school").get(0).path("urn").asString()));
        variants.add(variant(exported, t -> ((ObjectNode) t.path("role_profile").get(0)).put("school_id", 999_999)));
        expected.put(
                "no such school",
                "row 1 of role_profile cannot be restored: role_profile.school_id 999999 names a row that the export"
                        + " does not have");

        String h2 = "jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        expectations(refusals(variants, "--spring.datasource.url=" + h2), expected);
        PostgresServer.requireOrSkip();
        expectations(
                refusals(
                        variants,
                        "--spring.datasource.url=" + PostgresServer.URL,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.flyway.schemas=rolebook_test",
                        "--spring.flyway.create-schemas=true",
                        "--spring.flyway.clean-disabled=false"),
                expected);
    }

    private static void expectations(java.util.List<String> said, java.util.Map<String, String> expected) {
        var cases = java.util.List.copyOf(expected.entrySet());
        assertThat(said).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            assertThat(said.get(i))
                    .as(cases.get(i).getKey())
                    .contains(cases.get(i).getValue())
                    .doesNotContainIgnoringCase("SQL")
                    .doesNotContainIgnoringCase("insert into")
                    .doesNotContain("PUBLIC.", "ERROR:");
        }
    }

    private static byte[] variant(byte[] exported, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode document = (ObjectNode) JsonMapper.shared().readTree(exported);
        change.accept((ObjectNode) document.get("tables"));
        return JsonMapper.shared().writeValueAsBytes(document);
    }

    /** What a fresh database started with these settings says to each export; each is refused, and leaves it empty. */
    private static java.util.List<String> refusals(java.util.List<byte[]> exports, String... settings) {
        return inAnEmptyDatabase(settings, restoring -> {
            java.util.List<String> said = new java.util.ArrayList<>();
            for (byte[] export : exports) {
                try {
                    restoring.restore(new ByteArrayInputStream(export));
                    said.add("restored");
                } catch (FieldProblem problem) {
                    said.add(problem.getMessage());
                }
            }
            return said;
        });
    }

    @Test
    void restoreRefusesADatabaseWithDataAndAFileThatIsNotAnExport() {
        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream("{\"format\":1,\"tables\":{}}".getBytes())))
                .isInstanceOf(CatalogueConflict.class)
                .hasMessageContaining("the database is not empty");
        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream("not json".getBytes())))
                .isInstanceOfSatisfying(
                        FieldProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("file"));
    }

    /** Restores into a fresh database started with these settings, and exports it again. */
    private static ObjectNode roundTrip(byte[] exported, String... settings) {
        return inAnEmptyDatabase(settings, restoring -> {
            restoring.restore(new ByteArrayInputStream(exported));
            return withoutTheRestore(tables(export(restoring)));
        });
    }

    /** What the work gives with the backup of a fresh database, started with these settings and no seed. */
    private static <T> T inAnEmptyDatabase(String[] settings, java.util.function.Function<Backup, T> work) {
        String[] args = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(settings),
                        java.util.stream.Stream.of("--rolebook.seed.enabled=false"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(
                        RolebookApplication.class, CleanDatabase.class)
                .web(WebApplicationType.NONE)
                .run(args)) {
            return work.apply(empty.getBean(Backup.class));
        }
    }

    /** The tables, less the audit entry the restore itself added (checked to be there, and last). */
    public static ObjectNode withoutTheRestore(ObjectNode tables) {
        var audit = (tools.jackson.databind.node.ArrayNode) tables.get("audit_entry");
        assertThat(audit.get(audit.size() - 1).get("action").asString()).isEqualTo("restored from an export");
        audit.remove(audit.size() - 1);
        return tables;
    }

    private static byte[] export(Backup backup) {
        var out = new ByteArrayOutputStream();
        try {
            backup.export(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ObjectNode tables(byte[] export) {
        return (ObjectNode) JsonMapper.shared().readTree(export).get("tables");
    }
}
