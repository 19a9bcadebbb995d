package org.rolebook.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one cell of a family profile, kept as written. Cells may hold {@code <p>}
 * fragments (read as paragraphs, as are blocks separated by a blank line) and "-" (read as none); nothing else is interpreted.
 */
public record LevelText(String asWritten) {

    private static final Pattern PARAGRAPH = Pattern.compile("(?is)<p>(.*?)</p>");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    public LevelText {
        asWritten = asWritten.strip();
    }

    /** "-" or an empty cell: the framework states there is nothing at this level. */
    public boolean isNone() {
        return asWritten.isEmpty() || asWritten.equals("-");
    }

    /** The paragraphs: each {@code <p>} fragment, and any text between them, in order. */
    public List<String> paragraphs() {
        if (isNone()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        Matcher matcher = PARAGRAPH.matcher(asWritten);
        int end = 0;
        while (matcher.find()) {
            addBlocks(paragraphs, asWritten.substring(end, matcher.start()));
            addBlocks(paragraphs, matcher.group(1));
            end = matcher.end();
        }
        addBlocks(paragraphs, asWritten.substring(end));
        return List.copyOf(paragraphs);
    }

    /** The text without {@code <p>} markup, paragraphs joined by a space. */
    public String plain() {
        return String.join(" ", paragraphs());
    }

    private static void addBlocks(List<String> paragraphs, String text) {
        for (String block : BLANK_LINE.split(text)) {
            String stripped = block.strip();
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }
    }
}
