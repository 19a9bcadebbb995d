package org.rolebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.importing.FrameworkImporter;
import org.rolebook.importing.ImportOptions;
import org.rolebook.importing.ImportReport;
import org.rolebook.rendering.DocumentFormat;
import org.rolebook.rendering.OfficialDocuments;
import org.rolebook.rendering.OfficialForms;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileSort;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seed form, stored, written as DOCX and imported again, gives the same post; bad DOCX files are named. */
@SpringBootTest
@Import(CleanDatabase.class)
class DocxRoundTripIntegrationTests {

    @Autowired
    FrameworkImporter importer;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    OfficialForms forms;

    @Autowired
    OfficialDocuments documents;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        schools.add(Fixtures.oakfieldPrimary());
    }

    @Test
    void theSeedFormSurvivesStoreDocxAndImport() {
        ImportReport first = importer.importBytes(
                "004.txt", SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), new ImportOptions(false, "119876", null));
        assertThat(first.stored()).as(first.toString()).isTrue();
        RoleProfile stored = profiles.list(ProfileQuery.all()).profiles().getFirst();

        byte[] docx = documents.form(forms.stored(stored.id()), DocumentFormat.DOCX);
        assertThat(((org.rolebook.importing.internal.DocumentText.Text)
                                org.rolebook.importing.internal.DocxText.extract(docx))
                        .text())
                .as("the stored profile's form carries the employer's guidance disclaimer")
                .contains("The above form sets out the area of work");
        ImportReport again = importer.importBytes("004.docx", docx, new ImportOptions(false, "119876", null));

        assertThat(again.stored()).as(again.toString()).isTrue();
        assertThat(again.errors()).extracting(e -> e.field()).containsExactly("date");
        var both = profiles.list(new ProfileQuery(null, null, null, null, null, ProfileSort.UPDATED, 0, 10))
                .profiles();
        assertThat(both).hasSize(2);
        assertThat(both.get(0).content()).isEqualTo(both.get(1).content());
        assertThat(both.get(0).content().accountabilities()).hasSize(13);
        assertThat(both.get(0).content().dateAsWritten()).isEqualTo("31/02/23");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefusedByName() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }

        ImportReport report = importer.importBytes("form.docx", bytes.toByteArray(), ImportOptions.storeAll());

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.message()).startsWith("not a Word document (DOCX) that can be read");
        });
    }
}
