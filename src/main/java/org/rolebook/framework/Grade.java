package org.rolebook.framework;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A grade of the framework's pay structure, such as Grade 5. Grades are ordered by number. */
public record Grade(@JsonValue int number) implements Comparable<Grade> {

    private static final Pattern WRITTEN = Pattern.compile("(?i)^\\s*grade\\s*(\\d{1,2}|\\p{L}+)\\s*$");

    /** Grades written as words, as a profile may state them ("Grade six"). */
    private static final java.util.List<String> WORDS = java.util.List.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty");

    public Grade {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("grade must be between 1 and 99, was " + number);
        }
    }

    public static Grade of(int number) {
        return new Grade(number);
    }

    /** Reads "Grade 5", "GRADE 5", "Grade five", "5" or "five"; empty when the text names no grade. */
    public static Optional<Grade> parse(String written) {
        Matcher matcher = WRITTEN.matcher(written);
        String digits = matcher.matches() ? matcher.group(1) : written.strip();
        int word = WORDS.indexOf(digits.toLowerCase(java.util.Locale.ROOT));
        if (word >= 0) {
            return Optional.of(new Grade(word + 1));
        }
        if (!digits.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(digits);
        return number < 1 ? Optional.empty() : Optional.of(new Grade(number));
    }

    public String label() {
        return "Grade " + number;
    }

    @Override
    public int compareTo(Grade other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return label();
    }
}
