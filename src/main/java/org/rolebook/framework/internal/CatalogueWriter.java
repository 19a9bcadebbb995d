package org.rolebook.framework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rolebook.framework.CatalogueConflict;
import org.rolebook.framework.FamilySummaryDocument;
import org.rolebook.framework.Framework;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.GradeProfileDocument;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.StandardStatement;
import org.rolebook.framework.StoreOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores imported framework documents, each whole or not at all. */
@Component
public class CatalogueWriter {

    private final FrameworkStore frameworks;
    private final FamilyStore families;
    private final GradeProfileStore gradeProfiles;

    private final CatalogueReader reader;

    CatalogueWriter(
            FrameworkStore frameworks, FamilyStore families, GradeProfileStore gradeProfiles, CatalogueReader reader) {
        this.frameworks = frameworks;
        this.families = families;
        this.gradeProfiles = gradeProfiles;
        this.reader = reader;
    }

    @Transactional
    public StoreOutcome store(FamilySummaryDocument document) {
        if (frameworks.hasDocument(document.source().sha256())) {
            return alreadyThere(document.source().fileName());
        }
        Framework framework = frameworks
                .byName(document.frameworkName())
                .orElseGet(() -> frameworks.create(document.frameworkName(), document.effectiveYear()));
        for (JobFamily family : document.families()) {
            if (families.exists(framework.id(), family.slug())) {
                throw new CatalogueConflict(
                        "family",
                        "the job family \"%s\" is already in the framework \"%s\"; it was not replaced"
                                .formatted(family.name(), framework.name()));
            }
        }
        long documentId = frameworks.insertDocument(document.source());
        reader.invalidate();
        for (JobFamily family : document.families()) {
            families.insert(framework.id(), family, documentId);
        }
        List<String> names = document.families().stream()
                .map(family -> "%s (%d grades)"
                        .formatted(family.name(), family.levels().size()))
                .toList();
        return new StoreOutcome(true, "stored " + String.join(", ", names) + " in " + framework.name(), List.of());
    }

    @Transactional
    public StoreOutcome store(GradeProfileDocument document) {
        if (frameworks.hasDocument(document.source().sha256())) {
            return alreadyThere(document.source().fileName());
        }
        Framework framework = frameworks
                .current()
                .orElseThrow(() -> new CatalogueConflict(
                        "framework",
                        "no framework is loaded yet: import a job family profile summary before grade profiles"));
        List<String> notes = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        List<GradeProfile> existing = gradeProfiles.gradeProfiles(framework.id());
        List<StandardStatement> statements = gradeProfiles.statements(framework.id());
        boolean newGuidance = document.guidance() != null
                && frameworks.guidance(framework.id()).isEmpty();
        boolean somethingNew = newGuidance
                || document.gradeProfiles().stream()
                        .anyMatch(
                                p -> existing.stream().noneMatch(e -> e.grade().equals(p.grade())))
                || (statements.isEmpty() && !document.statements().isEmpty());
        if (!somethingNew) {
            notes.add("the catalogue already has this form's grade profile and standard statements; they were kept");
            return new StoreOutcome(true, "nothing new for the catalogue in " + framework.name(), notes);
        }
        long documentId = frameworks.insertDocument(document.source());
        reader.invalidate();
        if (document.employer() != null) {
            frameworks.setPublisherIfUnknown(framework.id(), document.employer());
        }
        if (newGuidance) {
            frameworks.setGuidanceIfUnknown(framework.id(), document.guidance());
            stored.add("the guidance disclaimer");
        }
        for (GradeProfile profile : document.gradeProfiles()) {
            Optional<GradeProfile> same = existing.stream()
                    .filter(p -> p.grade().equals(profile.grade()))
                    .findFirst();
            if (same.isEmpty()) {
                gradeProfiles.insert(framework.id(), profile, documentId);
                stored.add("the grade profile of " + profile.grade().label());
            } else {
                notes.add("the catalogue already has a grade profile for %s%s; it was kept"
                        .formatted(
                                profile.grade().label(), same.get().equals(profile) ? " (the same)" : " that differs"));
            }
        }
        if (statements.isEmpty() && !document.statements().isEmpty()) {
            gradeProfiles.insertStatements(framework.id(), document.statements(), documentId);
            stored.add(document.statements().size() + " standard statements");
        } else if (!document.statements().isEmpty()) {
            notes.add("the framework already has its standard statements%s; they were kept"
                    .formatted(Objects.equals(statements, document.statements()) ? " (the same)" : ", which differ"));
        }
        String summary = stored.isEmpty()
                ? "kept the document; nothing new for the catalogue"
                : "stored " + String.join(" and ", stored);
        return new StoreOutcome(true, summary + " in " + framework.name(), notes);
    }

    private static StoreOutcome alreadyThere(String fileName) {
        return new StoreOutcome(false, fileName + " was imported before; nothing changed", List.of());
    }
}
