package org.rolebook.rendering;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.StandardStatement;
import org.rolebook.importing.FrameworkImporter;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.Problem;
import org.rolebook.importing.RoleProfileForm;
import org.rolebook.importing.RoleProfileFormReading;
import org.springframework.stereotype.Service;

/**
 * Official forms from role profile form files: the post's fields as the file states them, with
 * the standard statements and the grade profile of its grade from the catalogue, or the file's
 * own when the catalogue has none. A date that does not exist (31/02/23) is shown as written.
 */
@Service
public class OfficialForms {

    private final FrameworkImporter importer;
    private final FrameworkCatalogue catalogue;

    OfficialForms(FrameworkImporter importer, FrameworkCatalogue catalogue) {
        this.importer = importer;
        this.catalogue = catalogue;
    }

    /** The form of a file, or a problem naming the field that keeps it from being rendered. */
    public OfficialForm read(Path file) {
        return formOf(importer.readRoleProfileForm(file));
    }

    /** The form of an uploaded file, or a problem naming the field that keeps it from being rendered. */
    public OfficialForm read(String fileName, byte[] bytes) {
        return formOf(importer.readRoleProfileForm(fileName, bytes));
    }

    private OfficialForm formOf(RoleProfileFormReading reading) {
        RoleProfileForm form = reading.form();
        if (form == null) {
            throw unrenderable(reading.report());
        }
        List<StandardStatement> statements = catalogue.statements();
        GradeProfile profile = form.grade() == null
                ? null
                : catalogue.gradeProfile(form.grade()).orElse(null);
        GradeProfile ownProfile = reading.gradeProfile();
        if (profile == null && ownProfile != null && Objects.equals(ownProfile.grade(), form.grade())) {
            profile = ownProfile;
        }
        return of(form, statements.isEmpty() ? reading.statements() : statements, profile);
    }

    /** The official form of a post's fields with the framework's statements and grade profile. */
    public static OfficialForm of(
            RoleProfileForm form, List<StandardStatement> statements, @Nullable GradeProfile gradeProfile) {
        return new OfficialForm(
                form.employer(),
                form.postTitle(),
                form.gradeAsWritten(),
                form.staffResponsibility(),
                form.essentialCarUser(),
                form.scope(),
                form.accountabilities(),
                form.optionalDuties(),
                form.additionalInformation(),
                form.preparedBy(),
                form.date().asWritten(),
                form.disclaimer(),
                statements,
                gradeProfile);
    }

    private static FieldProblem unrenderable(ImportReport report) {
        Problem first = report.errors().isEmpty()
                ? Problem.of("file", "holds no role profile form")
                : report.errors().getFirst();
        String written = first.value() == null ? "" : " (\"" + first.value() + "\")";
        return new FieldProblem(first.field(), first.message() + written + "; nothing to render");
    }
}
