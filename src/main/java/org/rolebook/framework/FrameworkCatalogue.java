package org.rolebook.framework;

import java.util.List;
import java.util.Optional;
import org.rolebook.framework.internal.CatalogueReader;
import org.rolebook.framework.internal.CatalogueSnapshot;
import org.rolebook.framework.internal.CatalogueWriter;
import org.springframework.stereotype.Service;

/**
 * The framework catalogue: what other modules and the pages ask of the framework, and where
 * imported framework documents are stored.
 */
@Service
public class FrameworkCatalogue {

    private final CatalogueReader reader;
    private final CatalogueWriter writer;

    FrameworkCatalogue(CatalogueReader reader, CatalogueWriter writer) {
        this.reader = reader;
        this.writer = writer;
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

    public StoreOutcome store(FamilySummaryDocument document) {
        return writer.store(document);
    }

    public StoreOutcome store(GradeProfileDocument document) {
        return writer.store(document);
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
