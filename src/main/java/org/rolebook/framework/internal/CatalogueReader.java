package org.rolebook.framework.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Framework;
import org.springframework.stereotype.Component;

/**
 * Keeps a snapshot of the catalogue and replaces it when the database has moved on, so that
 * several instances sharing one database all see what any of them stored.
 */
@Component
public class CatalogueReader {

    private final FrameworkStore frameworks;
    private final FamilyStore families;
    private final GradeProfileStore gradeProfiles;
    private volatile @Nullable CatalogueSnapshot snapshot;

    CatalogueReader(FrameworkStore frameworks, FamilyStore families, GradeProfileStore gradeProfiles) {
        this.frameworks = frameworks;
        this.families = families;
        this.gradeProfiles = gradeProfiles;
    }

    public CatalogueSnapshot snapshot() {
        long revision = frameworks.revision();
        CatalogueSnapshot current = snapshot;
        if (current != null && current.revision() == revision) {
            return current;
        }
        synchronized (this) {
            CatalogueSnapshot latest = snapshot;
            if (latest == null || latest.revision() != revision) {
                latest = load(revision);
                snapshot = latest;
            }
            return latest;
        }
    }

    CatalogueSnapshot load(long revision) {
        Optional<Framework> framework = frameworks.current();
        if (framework.isEmpty()) {
            return new CatalogueSnapshot(revision, framework, List.of(), List.of(), List.of());
        }
        long id = framework.get().id();
        return new CatalogueSnapshot(
                revision,
                framework,
                families.families(id),
                gradeProfiles.gradeProfiles(id),
                gradeProfiles.statements(id));
    }
}
