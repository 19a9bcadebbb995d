package org.rolebook.framework.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Framework;
import org.springframework.beans.factory.annotation.Value;
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
    private volatile long checkedAt;
    private final long recheckNanos;

    CatalogueReader(
            FrameworkStore frameworks,
            FamilyStore families,
            GradeProfileStore gradeProfiles,
            @Value("${rolebook.catalogue.recheck-millis:1000}") long recheckMillis) {
        this.recheckNanos = recheckMillis * 1_000_000L;
        this.frameworks = frameworks;
        this.families = families;
        this.gradeProfiles = gradeProfiles;
    }

    /**
     * The catalogue as stored. The database is asked whether it moved on at most once a second (rolebook.catalogue.recheck-millis), so
     * that a busy instance does not ask on every call; a store by this instance is seen at once.
     */
    public CatalogueSnapshot snapshot() {
        CatalogueSnapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - checkedAt < recheckNanos) {
            return current;
        }
        long revision = frameworks.revision();
        checkedAt = now;
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

    /** Forgets the snapshot: the next read loads the catalogue again. */
    public void invalidate() {
        snapshot = null;
    }

    CatalogueSnapshot load(long revision) {
        Optional<Framework> framework = frameworks.current();
        if (framework.isEmpty()) {
            return new CatalogueSnapshot(revision, framework, List.of(), List.of(), List.of(), Optional.empty());
        }
        long id = framework.get().id();
        return new CatalogueSnapshot(
                revision,
                framework,
                families.families(id),
                gradeProfiles.gradeProfiles(id),
                gradeProfiles.statements(id),
                frameworks.guidance(id));
    }
}
