package org.rolebook.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A section of a grade profile or standard statement as written: lines that start with a bullet
 * ("·", "•", "*", "-") are items, other lines are paragraphs.
 */
public record TextBlock(String asWritten) {

    private static final Pattern BULLET = Pattern.compile("^\\s*[·•*\\-–]\\s*");

    public TextBlock {
        asWritten = asWritten.strip();
    }

    /** The parts in order: each is a paragraph or an item. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        for (String line : asWritten.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            boolean item = BULLET.matcher(line).lookingAt();
            String text = item ? BULLET.matcher(line).replaceFirst("").strip() : line.strip();
            parts.add(new Part(text, item));
        }
        return List.copyOf(parts);
    }

    public List<String> items() {
        return parts().stream().filter(Part::item).map(Part::text).toList();
    }

    public List<String> paragraphs() {
        return parts().stream().filter(part -> !part.item()).map(Part::text).toList();
    }

    public String plain() {
        return String.join(" ", parts().stream().map(Part::text).toList());
    }

    /** The parts with consecutive items gathered into one list, as a reader sees them. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Part part : parts()) {
            if (part.item() && !groups.isEmpty() && groups.getLast().list()) {
                groups.getLast().texts().add(part.text());
            } else {
                groups.add(new Group(part.item(), new ArrayList<>(List.of(part.text()))));
            }
        }
        return groups.stream()
                .map(g -> new Group(g.list(), List.copyOf(g.texts())))
                .toList();
    }

    /** A paragraph (one text) or a bulleted list (its items). */
    public record Group(boolean list, List<String> texts) {}

    /** One paragraph, or one bulleted item. */
    public record Part(String text, boolean item) {}
}
