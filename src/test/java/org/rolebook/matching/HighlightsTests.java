package org.rolebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolebook.framework.Segment;

class HighlightsTests {

    @Test
    void theMatchedWordsAreMarkedInTheirOwnLine() {
        List<Segment> segments = Highlights.mark("Supervise pupils at lunchtime", List.of("Supervise", "pupils"));

        assertThat(marked(segments)).containsExactly("Supervise", "pupils");
        assertThat(whole(segments)).isEqualTo("Supervise pupils at lunchtime");
    }

    @Test
    void wordsOfTheSameStemOrMeaningAreMarkedOnTheFrameworkSide() {
        List<Segment> segments =
                Highlights.mark("Supervising children in non-structured breaks", List.of("Supervise", "pupils"));

        assertThat(marked(segments)).containsExactly("Supervising", "children");
        assertThat(whole(segments)).isEqualTo("Supervising children in non-structured breaks");
    }

    @Test
    void aPhraseOfTwoWordsIsMarkedWhole() {
        List<Segment> segments = Highlights.mark("Reports to the line manager weekly", List.of("line manager"));

        assertThat(marked(segments)).containsExactly("line manager");
    }

    @Test
    void withoutMatchedWordsTheTextIsOneUnmarkedRun() {
        assertThat(Highlights.mark("Facilitate nurture groups", List.of()))
                .containsExactly(Segment.same("Facilitate nurture groups"));
        assertThat(Highlights.mark("", List.of("groups"))).containsExactly(Segment.same(""));
    }

    @Test
    void markupStaysTextInTheSegments() {
        List<Segment> segments = Highlights.mark("<script>alert(1)</script> groups", List.of("groups"));

        assertThat(whole(segments)).isEqualTo("<script>alert(1)</script> groups");
        assertThat(marked(segments)).containsExactly("groups");
    }

    private static List<String> marked(List<Segment> segments) {
        return segments.stream()
                .filter(s -> s.mark() == Segment.Mark.MATCHED)
                .map(Segment::text)
                .toList();
    }

    private static String whole(List<Segment> segments) {
        return String.join("", segments.stream().map(Segment::text).toList());
    }
}
