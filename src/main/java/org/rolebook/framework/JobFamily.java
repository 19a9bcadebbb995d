package org.rolebook.framework;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A job family of a framework, such as Student Support Services: its levels in grade order and
 * the notes the source document makes about the family as a whole.
 */
public record JobFamily(String slug, String name, List<String> notes, List<FamilyLevel> levels) {

    public JobFamily {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a job family needs a name");
        }
        notes = List.copyOf(notes);
        levels =
                levels.stream().sorted(Comparator.comparing(FamilyLevel::grade)).toList();
    }

    public static String slugOf(String name) {
        return name.strip()
                .toLowerCase(Locale.ROOT)
                .replace("&", "and")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    public List<Grade> grades() {
        return levels.stream().map(FamilyLevel::grade).toList();
    }

    public Optional<FamilyLevel> level(Grade grade) {
        return levels.stream().filter(level -> level.grade().equals(grade)).findFirst();
    }
}
