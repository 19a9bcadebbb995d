package org.rolebook.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.Change;
import org.rolebook.audit.Kind;
import org.rolebook.framework.internal.CatalogueReader;
import org.rolebook.framework.internal.CatalogueSnapshot;
import org.rolebook.framework.internal.CatalogueWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The framework catalogue: what other modules and the pages ask of the framework, and where
 * imported framework documents are stored.
 */
@Service
public class FrameworkCatalogue {

    private final CatalogueReader reader;
    private final CatalogueWriter writer;
    private final AuditLog audit;

    FrameworkCatalogue(CatalogueReader reader, CatalogueWriter writer, AuditLog audit) {
        this.reader = reader;
        this.writer = writer;
        this.audit = audit;
    }

    public Optional<Framework> framework() {
        return snapshot().framework();
    }

    public List<JobFamily> families() {
        return snapshot().families();
    }

    public Optional<JobFamily> family(String slug) {
        return families().stream().filter(f -> f.slug().equals(slug)).findFirst();
    }

    public List<GradeProfile> gradeProfiles() {
        return snapshot().gradeProfiles();
    }

    public Optional<GradeProfile> gradeProfile(Grade grade) {
        return gradeProfiles().stream().filter(p -> p.grade().equals(grade)).findFirst();
    }

    public List<StandardStatement> statements() {
        return snapshot().statements();
    }

    /** The guidance disclaimer printed on every role profile form, as the employer wrote it. */
    public Optional<String> guidance() {
        return snapshot().guidance();
    }

    public TitleLookupResult lookupTitle(String query) {
        return snapshot().lookupTitle(query);
    }

    public List<SearchHit> search(String words) {
        return snapshot().search(words);
    }

    /** Compares two grades of a family; an unknown family or grade is named in the exception. */
    public GradeComparison compare(String familySlug, Grade from, Grade to) {
        JobFamily family = family(familySlug)
                .orElseThrow(() -> new UnknownInCatalogue("family", "no job family \"" + familySlug + "\""));
        FamilyLevel fromLevel = levelOf(family, from, "from");
        FamilyLevel toLevel = levelOf(family, to, "to");
        return GradeComparison.of(family, fromLevel, toLevel);
    }

    /** Stores a family summary; a change to the catalogue is recorded in the audit log with the families before and after. */
    @Transactional
    public StoreOutcome store(FamilySummaryDocument document) {
        Map<String, Object> before = new LinkedHashMap<>();
        for (JobFamily family : document.families()) {
            family(family.slug()).ifPresent(old -> before.put(old.slug(), outline(old)));
        }
        StoreOutcome outcome = writer.store(document);
        if (outcome.stored()) {
            Map<String, Object> after = new LinkedHashMap<>();
            for (JobFamily family : document.families()) {
                after.put(family.slug(), outline(family));
            }
            audit.record(Change.of(
                            Kind.FRAMEWORK,
                            before.isEmpty() ? "family summary imported" : "family summary replaced",
                            document.source().fileName())
                    .summary(outcome.summary())
                    .values(before.isEmpty() ? null : before, after));
        }
        return outcome;
    }

    /** Stores grade profiles and standard statements; a change is recorded with what was there before and after. */
    @Transactional
    public StoreOutcome store(GradeProfileDocument document) {
        Map<String, Object> before =
                gradeProfilesOutline(gradeProfiles(), statements(), guidance().orElse(null));
        StoreOutcome outcome = writer.store(document);
        if (outcome.stored()) {
            audit.record(Change.of(
                            Kind.FRAMEWORK,
                            "grade profiles and statements imported",
                            document.source().fileName())
                    .summary(outcome.summary())
                    .values(
                            before,
                            gradeProfilesOutline(
                                    document.gradeProfiles(), document.statements(), document.guidance())));
        }
        return outcome;
    }

    private static Map<String, Object> outline(JobFamily family) {
        Map<String, Object> titles = new LinkedHashMap<>();
        for (FamilyLevel level : family.levels()) {
            titles.put(level.grade().label(), level.exampleTitles());
        }
        Map<String, Object> outline = new LinkedHashMap<>();
        outline.put("name", family.name());
        outline.put("grades", family.grades().stream().map(Grade::label).toList());
        outline.put("exampleTitles", titles);
        return outline;
    }

    private static Map<String, Object> gradeProfilesOutline(
            List<GradeProfile> profiles,
            List<StandardStatement> statements,
            @org.jspecify.annotations.Nullable String guidance) {
        Map<String, Object> outline = new LinkedHashMap<>();
        outline.put(
                "gradeProfiles",
                profiles.stream().map(p -> p.grade().label() + ": " + p.title()).toList());
        outline.put(
                "statements", statements.stream().map(StandardStatement::title).toList());
        outline.put("guidance", guidance);
        return outline;
    }

    private static FamilyLevel levelOf(JobFamily family, Grade grade, String field) {
        return family.level(grade)
                .orElseThrow(() -> new UnknownInCatalogue(
                        field,
                        "%s has no %s; its grades are %s".formatted(family.name(), grade.label(), family.grades())));
    }

    private CatalogueSnapshot snapshot() {
        return reader.snapshot();
    }
}
