package org.rolebook.framework;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters that are no part of any text a person writes: the C0 and C1 control characters
 * (NUL, BEL, ESC and the like), not tab, line feed or carriage return. Typed or imported, they
 * are refused, naming the field and the character; printed to a terminal, they are shown as
 * U+FFFD so that a title cannot move the cursor or change colours.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    public static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** The first control character of the text, described ("U+001B at character 3"), if any. */
    public static Optional<String> first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return Optional.of(String.format(Locale.ROOT, "U+%04X at character %d", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    /** The text with every control character as U+FFFD. */
    public static String shown(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (shown == null) {
                    shown = new StringBuilder(text.substring(0, i));
                }
                shown.append('\uFFFD');
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }
}
