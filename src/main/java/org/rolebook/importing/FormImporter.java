package org.rolebook.importing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.GradeProfileDocument;
import org.rolebook.framework.JobFamily;
import org.rolebook.importing.internal.GradeProfileFormReader;
import org.rolebook.importing.internal.Reading;
import org.rolebook.importing.internal.RoleProfileFormReader;
import org.rolebook.matching.ProfileText;
import org.rolebook.matching.Suggestions;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.ProfileContent;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a role profile form: its framework part (grade profile, standard statements) into the
 * catalogue and, when a school is given, the post itself as a role profile of that school, in one
 * transaction: the file is stored whole or not at all. A post whose fields need putting right
 * (such as the date 31/02/23) is stored as written and marked as needing attention. The report
 * carries the grade suggested for the post beside the grade the form states.
 */
@Component
class FormImporter {

    private final FrameworkCatalogue catalogue;
    private final RoleProfiles profiles;
    private final Schools schools;
    private final TransactionTemplate transaction;
    private final Suggestions suggestions;

    FormImporter(
            FrameworkCatalogue catalogue,
            RoleProfiles profiles,
            Schools schools,
            TransactionTemplate transaction,
            Suggestions suggestions) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.schools = schools;
        this.transaction = transaction;
        this.suggestions = suggestions;
    }

    ImportReport importForm(String fileName, String text, ImportOptions options) {
        Reading<RoleProfileForm> post = RoleProfileFormReader.read(fileName, text);
        Reading<GradeProfileDocument> framework = GradeProfileFormReader.read(fileName, text);
        ImportReport report = post.report().and(framework.report());
        if (post.document() != null) {
            report = report.withSuggestion(suggestion(post.document()));
        }
        List<Problem> blocking = new ArrayList<>();
        School school = null;
        ProfileContent content = null;
        if (options.schoolUrn() != null && post.document() != null) {
            school = school(options.schoolUrn(), blocking);
            content = content(post.document(), options.familySlug(), blocking);
        } else if (options.schoolUrn() == null && post.document() != null) {
            report = report.withWarning(Problem.of(
                    "school",
                    "no school was given: the post is reported, not stored as a role profile"
                            + (options.familySlug() == null ? "" : ", and the family given is not used")));
        }
        for (Problem problem : blocking) {
            report = report.withError(problem);
        }
        if (school != null && content != null) {
            report = sameTitle(report, school, content);
        }
        if (content != null) {
            int before = report.errors().size();
            report = ContentChecks.check(report, content, null);
            if (report.errors().size() > before) {
                blocking.addAll(report.errors().subList(before, report.errors().size()));
            }
        }
        if (options.dryRun() || framework.document() == null || !blocking.isEmpty()) {
            return report;
        }
        ImportReport reported = report;
        School target = school;
        ProfileContent stored = content;
        GradeProfileDocument part = framework.document();
        return transaction.execute(status -> FrameworkImporter.store(reported, () -> {
            var outcome = known(part)
                    ? new org.rolebook.framework.StoreOutcome(true, "nothing new for the catalogue", List.of())
                    : catalogue.store(part);
            if (target == null || stored == null) {
                return outcome;
            }
            RoleProfile profile = profiles.importProfile(target.id(), stored, new Actor(options.by()));
            String attention = profile.needsAttention() ? ", marked as needing attention" : "";
            return new org.rolebook.framework.StoreOutcome(
                    true,
                    outcome.summary() + "; stored the post as role profile " + profile.id() + " of " + target.name()
                            + attention,
                    outcome.notes());
        }));
    }

    /** The grade suggested for the post, from its fields as the form writes them. */
    private ImportReport.PostSuggestion suggestion(RoleProfileForm form) {
        ProfileText text = new ProfileText(
                form.postTitle(),
                form.gradeAsWritten(),
                form.staffResponsibility(),
                form.scope(),
                form.accountabilities(),
                form.optionalDuties(),
                form.additionalInformation(),
                "");
        return ImportReport.PostSuggestion.of(form.gradeAsWritten(), suggestions.suggest(text));
    }

    /** Whether the catalogue already holds this form's grade profiles and statements, as they are. */
    private boolean known(GradeProfileDocument part) {
        return part.gradeProfiles().stream()
                        .allMatch(p -> catalogue
                                .gradeProfile(p.grade())
                                .filter(p::equals)
                                .isPresent())
                && catalogue.statements().equals(part.statements());
    }

    /**
     * A post the school already has a role profile of, by the same title (the same form imported
     * twice, say): the import adds another, and says so.
     */
    private ImportReport sameTitle(ImportReport report, School school, ProfileContent content) {
        List<RoleProfile> same = profiles
                .list(new org.rolebook.roleprofile.ProfileQuery(
                        school.id(),
                        null,
                        null,
                        null,
                        content.postTitle(),
                        org.rolebook.roleprofile.ProfileSort.TITLE,
                        0,
                        org.rolebook.roleprofile.ProfileQuery.MAX_SIZE))
                .profiles()
                .stream()
                .filter(p -> p.content().postTitle().equalsIgnoreCase(content.postTitle()))
                .toList();
        if (same.isEmpty()) {
            return report;
        }
        return report.withWarning(Problem.of(
                "post title",
                "%s already has %s titled \"%s\" (%s); this import adds another"
                        .formatted(
                                school.name(),
                                same.size() == 1 ? "a role profile" : same.size() + " role profiles",
                                content.postTitle(),
                                String.join(
                                        ", ",
                                        same.stream()
                                                .map(p -> "role profile " + p.id())
                                                .toList()))));
    }

    private @Nullable School school(String urn, List<Problem> blocking) {
        try {
            return schools.byUrn(urn);
        } catch (FieldProblem unknown) {
            blocking.add(Problem.of("school", "no school with URN " + urn + " is registered"));
            return null;
        }
    }

    private @Nullable ProfileContent content(
            RoleProfileForm form, @Nullable String familySlug, List<Problem> blocking) {
        List<JobFamily> families = catalogue.families();
        String slug = familySlug != null
                ? familySlug
                : families.size() == 1 ? families.getFirst().slug() : null;
        if (slug == null) {
            blocking.add(Problem.of(
                    "family",
                    "the form names no job family and the framework has " + families.size() + "; give --family"));
            return null;
        }
        JobFamily family = catalogue.family(slug).orElse(null);
        if (family == null) {
            blocking.add(Problem.of("family", "no job family \"" + slug + "\""));
            return null;
        }
        if (form.grade() == null || family.level(form.grade()).isEmpty()) {
            blocking.add(Problem.of(
                    "grade",
                    "\"" + form.gradeAsWritten() + "\" is not a grade of " + family.name() + "; its grades are "
                            + family.grades()));
            return null;
        }
        return new ProfileContent(
                form.postTitle(),
                slug,
                form.grade().number(),
                form.staffResponsibility(),
                form.essentialCarUser(),
                form.scope(),
                form.accountabilities(),
                form.optionalDuties(),
                form.additionalInformation(),
                form.preparedBy(),
                form.date().asWritten());
    }
}
