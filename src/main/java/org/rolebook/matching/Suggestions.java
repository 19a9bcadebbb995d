package org.rolebook.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.JobFamily;
import org.springframework.stereotype.Service;

/**
 * Grade suggestion over the catalogue in force: a {@link GradeMatcher} built from the loaded
 * families, built again when the catalogue changes (an import by this instance or another).
 */
@Service
public class Suggestions {

    private final FrameworkCatalogue catalogue;
    private volatile @Nullable Built built;

    private record Built(List<JobFamily> families, GradeMatcher matcher) {}

    Suggestions(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Suggestion suggest(ProfileText profile) {
        return matcher().suggest(profile);
    }

    /** Reads a role profile form or job description file, then suggests; a bad file is refused naming "file". */
    public Read suggest(byte[] file) {
        ProfileText profile = ProfileTextReader.read(file);
        return new Read(profile, suggest(profile));
    }

    /** What was read from a file, and the suggestion for it. */
    public record Read(ProfileText profile, Suggestion suggestion) {}

    GradeMatcher matcher() {
        List<JobFamily> families = catalogue.families();
        Built current = built;
        if (current != null
                && (current.families() == families || current.families().equals(families))) {
            return current.matcher();
        }
        synchronized (this) {
            Built latest = built;
            if (latest == null || !latest.families().equals(families)) {
                latest = new Built(families, GradeMatcher.of(families));
                built = latest;
            }
            return latest.matcher();
        }
    }
}
