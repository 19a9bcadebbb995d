package org.rolebook.importing.internal;

import java.util.List;
import java.util.Locale;

/** Small helpers for reading exported text line by line. */
final class Lines {

    private static final List<String> SMALL_WORDS = List.of("of", "and", "in", "the", "for", "to", "a", "an", "on");

    private Lines() {}

    static List<String> of(String text) {
        return List.of(text.split("\\R", -1));
    }

    /** "STUDENT SUPPORT SERVICES" → "Student Support Services"; text not all in capitals stays as written. */
    static String unshout(String text) {
        String stripped = text.strip().replaceAll("\\s+", " ");
        if (!stripped.equals(stripped.toUpperCase(Locale.ROOT))
                || stripped.chars().noneMatch(Character::isLetter)) {
            return stripped;
        }
        StringBuilder out = new StringBuilder();
        String[] words = stripped.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean small = i > 0 && SMALL_WORDS.contains(word);
            out.append(i == 0 ? "" : " ")
                    .append(small || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
