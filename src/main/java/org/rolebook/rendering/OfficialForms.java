package org.rolebook.rendering;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.Framework;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.Grade;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.StandardStatement;
import org.rolebook.importing.FrameworkImporter;
import org.rolebook.importing.ImportReport;
import org.rolebook.importing.Problem;
import org.rolebook.importing.RoleProfileForm;
import org.rolebook.importing.RoleProfileFormReading;
import org.rolebook.roleprofile.ProfileContent;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.springframework.stereotype.Service;

/**
 * Official forms of stored role profiles and of role profile form files: the post's fields as
 * written, with the standard statements and the grade profile of its grade from the catalogue (for
 * a file, its own when the catalogue has none). A date that does not exist (31/02/23) is shown as
 * written.
 */
@Service
public class OfficialForms {

    /** The most text of a post's own fields that is rendered: the seed form holds about 4,000. */
    static final int MAX_FORM_CHARACTERS = 200_000;

    private final FrameworkImporter importer;
    private final FrameworkCatalogue catalogue;
    private final RoleProfiles profiles;

    OfficialForms(FrameworkImporter importer, FrameworkCatalogue catalogue, RoleProfiles profiles) {
        this.importer = importer;
        this.catalogue = catalogue;
        this.profiles = profiles;
    }

    /**
     * The form of a stored role profile at its current version, when the signed-in user may see it; the employer is the framework's
     * publisher, or the school when the framework names none. An unknown id is a problem naming it.
     */
    public OfficialForm stored(long id) {
        RoleProfile profile = profiles.getVisible(id);
        ProfileContent content = profile.content();
        Grade grade = FieldProblem.grade("grade", content.grade());
        String employer = catalogue
                .framework()
                .map(Framework::publisher)
                .orElse(profile.school().name());
        return new OfficialForm(
                employer,
                content.postTitle(),
                grade.label(),
                content.staffResponsibility(),
                content.essentialCarUser(),
                content.scope(),
                content.accountabilities(),
                content.optionalDuties(),
                content.additionalInformation(),
                content.preparedBy(),
                content.dateAsWritten(),
                catalogue.guidance().orElse(""),
                catalogue.statements(),
                catalogue.gradeProfile(grade).orElse(null));
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
        int length = lengthOf(form);
        if (length > MAX_FORM_CHARACTERS) {
            throw new FieldProblem(
                    "file",
                    "the post's fields hold %d characters; a form renders at most %d (about 60 pages)"
                            .formatted(length, MAX_FORM_CHARACTERS));
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

    private static int lengthOf(RoleProfileForm form) {
        int length = form.postTitle().length()
                + form.scope().length()
                + form.disclaimer().length();
        for (List<String> items :
                List.of(form.accountabilities(), form.optionalDuties(), form.additionalInformation())) {
            length += items.stream().mapToInt(String::length).sum();
        }
        return length;
    }

    private static FieldProblem unrenderable(ImportReport report) {
        Problem first = report.errors().isEmpty()
                ? Problem.of("file", "holds no role profile form")
                : report.errors().getFirst();
        String written = first.value() == null ? "" : " (\"" + first.value() + "\")";
        return new FieldProblem(first.field(), first.message() + written + "; nothing to render");
    }
}
