package org.rolebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileLabelsTests {

    /** What the scan replaces: the first run of capitals then small letters, or of capitals alone. */
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{Lu}*\\p{Ll}+|\\p{Lu}+");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Post title: Pupil Support Worker",
                "GradeScale 2",
                "JOB TITLE",
                "Job TitleCook",
                "1. Liaise with teaching staff",
                "• organise games",
                "  (iv) keep records",
                "12345",
                "",
                "--- ---",
                "ÉCOLE Étape",
                "ǅemal",
                "x",
                "ABCdef GHI",
                "£18,389 per annum"
            })
    void theFirstWordIsTheFirstRunOfCapitalsThenSmallLetters(String line) {
        Matcher regex = FIRST_WORD.matcher(line);
        String expected = regex.find() ? regex.group() : null;

        assertThat(ProfileLabels.firstWord(line)).isEqualTo(expected);
    }
}
