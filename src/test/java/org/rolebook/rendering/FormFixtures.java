package org.rolebook.rendering;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rolebook.SeedFiles;
import org.rolebook.framework.Framework;
import org.rolebook.framework.GradeProfileDocument;
import org.rolebook.framework.JobFamily;
import org.rolebook.importing.RoleProfileForm;
import org.rolebook.importing.internal.FamilySummaryReader;
import org.rolebook.importing.internal.GradeProfileFormReader;
import org.rolebook.importing.internal.RoleProfileFormReader;

/** Named official forms for tests: the seed form read by the importer's readers, and twins of it. */
final class FormFixtures {

    private FormFixtures() {}

    /** Seed 004 whole: Pupil Support Worker, Grade 5, 13 accountabilities, dated 31/02/23. */
    static OfficialForm pupilSupportWorkerGrade5() {
        String text = new String(SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), StandardCharsets.UTF_8);
        RoleProfileForm post = RoleProfileFormReader.read("004.txt", text).document();
        GradeProfileDocument framework =
                GradeProfileFormReader.read("004.txt", text).document();
        return OfficialForms.of(
                post, framework.statements(), framework.gradeProfiles().getFirst());
    }

    /** The seed form with markup typed into its text fields. */
    static OfficialForm withMarkupInFields() {
        return with(
                "Pupil Support Worker <script>alert('x')</script>",
                "<img src=x onerror=alert(1)> & mentor pupils",
                List.of("Liaise with <b>teaching</b> staff", "<script>steal()</script>"));
    }

    /** The seed form with this post title. */
    static OfficialForm withTitle(String title) {
        OfficialForm seed = pupilSupportWorkerGrade5();
        return with(title, seed.scope(), seed.accountabilities());
    }

    /** The seed form with this title, scope and accountabilities; every other part as the seed has it. */
    private static OfficialForm with(String title, String scope, List<String> accountabilities) {
        OfficialForm seed = pupilSupportWorkerGrade5();
        return new OfficialForm(
                seed.employer(),
                title,
                seed.gradeLabel(),
                seed.staffResponsibility(),
                seed.essentialCarUser(),
                scope,
                accountabilities,
                seed.optionalDuties(),
                seed.additionalInformation(),
                seed.preparedBy(),
                seed.dateAsWritten(),
                seed.disclaimer(),
                seed.statements(),
                seed.gradeProfile());
    }

    /** Seed 000: the Student Support Services family, Grades 3 to 11. */
    static JobFamily studentSupportServices() {
        String text = new String(SeedFiles.bytes(SeedFiles.FAMILY_SUMMARY), StandardCharsets.UTF_8);
        return FamilySummaryReader.read("000.txt", text).document().families().getFirst();
    }

    static Framework singleStatus2014() {
        return new Framework(
                1, "Implementation of Single Status in Schools – 2014", "Lancashire County Council", 2014, 1);
    }
}
