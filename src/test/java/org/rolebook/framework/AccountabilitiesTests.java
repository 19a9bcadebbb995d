package org.rolebook.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolebook.importing.internal.SeedDocuments;

class AccountabilitiesTests {

    @Test
    void readsBulletedTasksAndSplitsTheClosingStatementFromTheLastOne() {
        Accountabilities read = Accountabilities.of(new LevelText("Works within standard procedures. Typical Tasks:"
                + " *Providing games. *Covering First Aid Room *Setting up equipment Communication with staff."));

        assertThat(read.statements()).containsExactly("Works within standard procedures.");
        assertThat(read.typicalTasks())
                .containsExactly("Providing games.", "Covering First Aid Room", "Setting up equipment");
        assertThat(read.closing()).containsExactly("Communication with staff.");
    }

    @Test
    void splitsAnEffectiveCommunicationStatementGluedToTheLastBulletWithoutAFullStop() {
        Accountabilities read = Accountabilities.of(new LevelText(
                "Typical Tasks: *Managing budget. *Planning, leading in Award scheme Effective communication to"
                        + " engage with students"));

        assertThat(read.statements()).isEmpty();
        assertThat(read.typicalTasks()).containsExactly("Managing budget.", "Planning, leading in Award scheme");
        assertThat(read.closing()).containsExactly("Effective communication to engage with students");
    }

    @Test
    void keepsALastTaskThatMentionsCommunicationInTheMiddleWhole() {
        Accountabilities read = Accountabilities.of(
                new LevelText("Typical Tasks: *Ordering stock. *Maintaining communication equipment in the hall."));

        assertThat(read.typicalTasks())
                .containsExactly("Ordering stock.", "Maintaining communication equipment in the hall.");
        assertThat(read.closing()).isEmpty();
    }

    @Test
    void readsSentencesAfterTheHeadingAsTasksWhenThereAreNoBullets() {
        Accountabilities read = Accountabilities.of(new LevelText("Works within detailed procedures. Typical tasks:"
                + " Supervising lunchtime activities. Senior role supervises colleagues. Communication with"
                + " students. Politeness to visitors."));

        assertThat(read.typicalTasks())
                .containsExactly("Supervising lunchtime activities.", "Senior role supervises colleagues.");
        assertThat(read.closing()).containsExactly("Communication with students. Politeness to visitors.");
    }

    @Test
    void readsParagraphsAfterTheTasksAsClosingAndBeforeThemAsStatements() {
        Accountabilities read = Accountabilities.of(new LevelText("<p>Work is governed by practice.</p>"
                + " <p>May manage a budget.</p> <p>TYPICAL TASKS : *Advising on procurement. *Managing staff</p>"
                + " <p>Effective communication skills.</p> <p>Liaison with suppliers.</p>"));

        assertThat(read.statements()).containsExactly("Work is governed by practice.", "May manage a budget.");
        assertThat(read.typicalTasks()).containsExactly("Advising on procurement.", "Managing staff");
        assertThat(read.closing()).containsExactly("Effective communication skills.", "Liaison with suppliers.");
    }

    @Test
    void readsEverythingAsStatementsWithoutATasksHeading() {
        Accountabilities read =
                Accountabilities.of(new LevelText("Works within defined procedures. May have a budget."));

        assertThat(read.statements()).containsExactly("Works within defined procedures. May have a budget.");
        assertThat(read.typicalTasks()).isEmpty();
        assertThat(read.closing()).isEmpty();
        assertThat(Accountabilities.of(new LevelText("-")))
                .isEqualTo(new Accountabilities(List.of(), List.of(), List.of()));
    }

    @Test
    void dropsNoWordOfAnyLevelOfTheSeed() {
        for (FamilyLevel level : SeedDocuments.studentSupportServices().levels()) {
            Accountabilities read = level.accountabilities();
            List<String> parts = new ArrayList<>(read.statements());
            parts.addAll(read.typicalTasks());
            parts.addAll(read.closing());

            assertThat(words(String.join(" ", parts)))
                    .as(level.grade().label())
                    .isEqualTo(words(level.text(Dimension.ACCOUNTABILITIES)
                            .plain()
                            .replaceAll("(?i)typical\\s+tasks\\s*:", " ")
                            .replace("*", " ")));
        }
    }

    @Test
    void isImmutable() {
        List<String> tasks = new ArrayList<>(List.of("Ordering stock."));
        Accountabilities accountabilities = new Accountabilities(List.of(), tasks, List.of());
        tasks.add("Later");

        assertThat(accountabilities.typicalTasks()).containsExactly("Ordering stock.");
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> accountabilities.typicalTasks().add("More"));
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
