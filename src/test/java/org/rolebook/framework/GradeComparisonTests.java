package org.rolebook.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolebook.importing.internal.SeedDocuments.studentSupportServices;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GradeComparisonTests {

    @Test
    void hasOneRowPerDimensionInOrder() {
        assertThat(compare(5, 6).rows())
                .extracting(GradeComparison.Row::dimension)
                .containsExactly(Dimension.values());
        assertThat(compare(5, 6).from().grade()).isEqualTo(Grade.of(5));
        assertThat(compare(5, 6).to().grade()).isEqualTo(Grade.of(6));
    }

    @Test
    void marksTheTitlesOfTheLowerGradeRemovedAndThoseOfTheHigherAdded() {
        GradeComparison.Row titles = row(compare(5, 6), Dimension.EXAMPLE_TITLES);

        assertThat(titles.changed()).isTrue();
        assertThat(titles.items())
                .containsExactly(
                        removed("Morning Club leader"),
                        removed("Senior Midday Supervisor (Special School)"),
                        removed("Ancillary Assistant"),
                        removed("Assessment & Data Coordinator"),
                        removed("Science Technician"),
                        added("Art & Design Technician"),
                        added("ICT Technician"),
                        added("Sports Technician"));
    }

    @Test
    void marksTheTypicalTasksOfEachSide() {
        GradeComparison.Row accountabilities = row(compare(5, 6), Dimension.ACCOUNTABILITIES);

        assertThat(accountabilities.items()).hasSize(7 + 6);
        assertThat(accountabilities.items().subList(0, 7))
                .allSatisfy(item -> assertThat(item.mark()).isEqualTo(Segment.Mark.REMOVED))
                .first()
                .isEqualTo(removed("Providing and organising games activity."));
        assertThat(accountabilities.items().subList(7, 13))
                .allSatisfy(item -> assertThat(item.mark()).isEqualTo(Segment.Mark.ADDED))
                .first()
                .isEqualTo(added("Organising specialist support and equipment."));
    }

    @Test
    void listsItemsOnlyForTitlesAndTasks() {
        assertThat(compare(5, 6).rows())
                .filteredOn(row ->
                        row.dimension() != Dimension.EXAMPLE_TITLES && row.dimension() != Dimension.ACCOUNTABILITIES)
                .allSatisfy(row -> assertThat(row.items()).isEmpty());
    }

    @Test
    void leavesADimensionWithTheSameTextUnchanged() {
        GradeComparison.Row supervision = row(compare(3, 4), Dimension.SUPERVISORY_RESPONSIBILITY);

        assertThat(supervision.changed()).isFalse();
        assertThat(supervision.fromText()).containsExactly(Segment.same("May allocate day to day tasks to others."));
        assertThat(supervision.toText()).containsExactly(Segment.same("May allocate day to day tasks to others."));
    }

    @Test
    void marksTheWordsRemovedOnTheWayUp() {
        GradeComparison.Row settings = row(compare(4, 5), Dimension.SETTINGS);

        assertThat(settings.changed()).isTrue();
        assertThat(settings.fromText())
                .containsExactly(
                        Segment.same("Typically Larger Primary / Secondary"),
                        new Segment(" or Special School", Segment.Mark.REMOVED));
        assertThat(settings.toText()).containsExactly(Segment.same("Typically Larger Primary / Secondary"));
    }

    @Test
    void marksOnlyAddedWordsOnTheHigherSideAndOnlyRemovedWordsOnTheLower() {
        for (GradeComparison.Row row : compare(5, 6).rows()) {
            assertThat(row.toText())
                    .extracting(Segment::mark)
                    .as(row.dimension().label())
                    .isSubsetOf(Segment.Mark.SAME, Segment.Mark.ADDED);
            assertThat(row.fromText())
                    .extracting(Segment::mark)
                    .as(row.dimension().label())
                    .isSubsetOf(Segment.Mark.SAME, Segment.Mark.REMOVED);
        }
    }

    @Test
    void givesBackThePlainTextOfEachSideWhenItsSegmentsAreJoined() {
        for (int grade = 3; grade < 11; grade++) {
            GradeComparison comparison = compare(grade, grade + 1);
            for (GradeComparison.Row row : comparison.rows()) {
                assertThat(joined(row.toText()))
                        .as(
                                "%s → %s, %s",
                                comparison.from().grade(), comparison.to().grade(), row.dimension())
                        .isEqualTo(comparison.to().text(row.dimension()).plain());
                assertThat(joined(row.fromText()))
                        .as(
                                "%s → %s, %s",
                                comparison.from().grade(), comparison.to().grade(), row.dimension())
                        .isEqualTo(comparison.from().text(row.dimension()).plain());
            }
        }
    }

    @Test
    void findsNothingChangedBetweenALevelAndItself() {
        GradeComparison same = compare(7, 7);

        assertThat(same.rows()).noneMatch(GradeComparison.Row::changed);
        assertThat(row(same, Dimension.EXAMPLE_TITLES).items())
                .extracting(GradeComparison.Item::mark)
                .containsOnly(Segment.Mark.SAME)
                .hasSize(4);
    }

    @Test
    void comparesANoneWithText() {
        GradeComparison.Row elements = row(compare(9, 10), Dimension.WORK_ELEMENTS);

        assertThat(elements.changed()).isTrue();
        assertThat(elements.toText()).isEmpty();
        assertThat(elements.fromText())
                .singleElement()
                .extracting(Segment::mark)
                .isEqualTo(Segment.Mark.REMOVED);
        assertThat(row(compare(10, 11), Dimension.WORK_ELEMENTS).changed()).isFalse();
    }

    private static GradeComparison compare(int from, int to) {
        return GradeComparison.of(studentSupportServices(), studentSupportServices(from), studentSupportServices(to));
    }

    private static GradeComparison.Row row(GradeComparison comparison, Dimension dimension) {
        return comparison.rows().stream()
                .filter(row -> row.dimension() == dimension)
                .findFirst()
                .orElseThrow();
    }

    private static String joined(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    private static GradeComparison.Item removed(String text) {
        return new GradeComparison.Item(text, Segment.Mark.REMOVED);
    }

    private static GradeComparison.Item added(String text) {
        return new GradeComparison.Item(text, Segment.Mark.ADDED);
    }
}
