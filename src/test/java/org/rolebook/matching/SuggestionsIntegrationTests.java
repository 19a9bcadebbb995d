package org.rolebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.framework.Grade;
import org.rolebook.importing.FrameworkImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/** Suggestions follow the catalogue: a family imported later is suggested from at once. */
@SpringBootTest
@Import(CleanDatabase.class)
@DirtiesContext
class SuggestionsIntegrationTests {

    @Autowired
    Suggestions suggestions;

    @Autowired
    FrameworkImporter importer;

    @Test
    void aFamilyImportedLaterIsRankedAndSuggested() {
        ProfileText receptionist = new ProfileText(
                "Receptionist",
                null,
                null,
                "Welcome visitors to the school office and answer the telephone",
                List.of("Greet visitors and sign them in", "Answer telephone calls and take messages"),
                List.of(),
                List.of(),
                "");
        assertThat(suggestions.suggest(receptionist).ranking()).hasSize(9);

        String summary =
                "IMPLEMENTATION OF SINGLE STATUS IN SCHOOLS – 2014\tJob Family Profile Summary\nADMINISTRATION\n"
                        + "\tGRADE 2\tGRADE 3\nExample Job Titles\tOffice Junior\tAdministrative Assistant; Receptionist\n"
                        + "Typical Level Purpose\tTo file and copy documents.\tTo welcome visitors, answer the telephone and keep records.\n";
        assertThat(importer.importBytes("admin.txt", summary.getBytes(StandardCharsets.UTF_8), false)
                        .ok())
                .isTrue();

        Suggestion suggestion = suggestions.suggest(receptionist);

        assertThat(suggestion.ranking()).hasSize(11);
        assertThat(suggestion.suggested().familySlug()).isEqualTo("administration");
        assertThat(suggestion.suggested().grade()).isEqualTo(Grade.of(3));
    }
}
