package org.rolebook.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"-", " - ", "", "  \n "})
    void readsADashOrNothingAsNone(String written) {
        LevelText text = new LevelText(written);

        assertThat(text.isNone()).isTrue();
        assertThat(text.paragraphs()).isEmpty();
        assertThat(text.plain()).isEmpty();
    }

    @Test
    void keepsOtherTextAsWrittenStrippedAtTheEnds() {
        LevelText text = new LevelText("  Designated manager/ senior staff member \n");

        assertThat(text.isNone()).isFalse();
        assertThat(text.asWritten()).isEqualTo("Designated manager/ senior staff member");
        assertThat(text.paragraphs()).containsExactly("Designated manager/ senior staff member");
        assertThat(new LevelText("--").isNone()).isFalse();
    }

    @Test
    void readsParagraphFragmentsAsParagraphs() {
        LevelText text = new LevelText("<p>Work is governed by practice.</p> <p>May manage a budget.</p>");

        assertThat(text.paragraphs()).containsExactly("Work is governed by practice.", "May manage a budget.");
        assertThat(text.plain()).isEqualTo("Work is governed by practice. May manage a budget.");
        assertThat(text.asWritten()).startsWith("<p>");
    }

    @Test
    void keepsTextBetweenAndAroundFragmentsInOrder() {
        LevelText text = new LevelText("Before <P>Inside</P> between <p>Second\nline</p> after");

        assertThat(text.paragraphs()).containsExactly("Before", "Inside", "between", "Second\nline", "after");
    }

    @Test
    void readsBlocksSeparatedByABlankLineAsParagraphs() {
        LevelText text = new LevelText("Mainly covered by procedures.\n\n  \nTypical Tasks: *Organising equipment.");

        assertThat(text.paragraphs())
                .containsExactly("Mainly covered by procedures.", "Typical Tasks: *Organising equipment.");
    }

    @Test
    void keepsAnUnclosedFragmentAsWritten() {
        assertThat(new LevelText("<p>Typically degree").paragraphs()).containsExactly("<p>Typically degree");
    }

    @Test
    void dropsEmptyFragments() {
        assertThat(new LevelText("<p> </p><p>Text</p>").paragraphs()).containsExactly("Text");
    }
}
