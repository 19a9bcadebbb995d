package org.rolebook.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.JobFamily;
import org.rolebook.matching.Suggestion.LevelScore;
import org.rolebook.matching.Suggestion.Placement;
import org.rolebook.matching.Suggestion.Status;
import org.rolebook.matching.internal.Bm25Index;
import org.rolebook.matching.internal.Levels;
import org.rolebook.matching.internal.MatchAnalyzer;

/**
 * The baseline grade matcher measures itself against: the whole profile text as one BM25 query
 * against each level's whole text (every dimension, example titles included), the best scoring
 * level suggested. No dimensions, no cues, no order of grades, no flags.
 */
public final class Bm25Baseline implements GradeSuggester {

    private final Levels levels;
    private final MatchAnalyzer analyzer = new MatchAnalyzer();
    private final Bm25Index index;

    private Bm25Baseline(List<JobFamily> families) {
        this.levels = new Levels(families);
        List<String> texts = new ArrayList<>();
        for (Levels.Level level : levels.all()) {
            StringBuilder text = new StringBuilder();
            for (Dimension dimension : Dimension.values()) {
                text.append(level.level().text(dimension).plain()).append('\n');
            }
            texts.add(text.toString());
        }
        this.index = new Bm25Index(texts, analyzer);
    }

    public static Bm25Baseline of(List<JobFamily> families) {
        return new Bm25Baseline(families);
    }

    @Override
    public Suggestion suggest(ProfileText profile) {
        String whole = String.join(
                "\n",
                profile.title(),
                profile.scope(),
                String.join("\n", profile.accountabilities()),
                String.join("\n", profile.optionalDuties()),
                String.join("\n", profile.additionalInformation()),
                profile.freeText());
        float[] scores = index.scores(analyzer.terms(whole));
        List<LevelScore> ranking = new ArrayList<>();
        double sum = 0;
        for (float score : scores) {
            sum += score;
        }
        for (Levels.Level level : levels.all()) {
            double share = sum == 0 ? 0 : scores[level.index()] / sum;
            ranking.add(new LevelScore(level.family().slug(), level.grade(), Verdict.round(share)));
        }
        int top = best(scores, -1);
        if (top < 0) {
            return new Suggestion(
                    Status.NOT_ENOUGH_TO_JUDGE,
                    null,
                    null,
                    0,
                    ranking,
                    List.of(),
                    List.of(),
                    List.of(),
                    "bm25-baseline");
        }
        ranking.sort(Comparator.comparingDouble(LevelScore::score).reversed());
        int second = best(scores, top);
        double lead = second < 0 ? 1 : (scores[top] - scores[second]) / scores[top];
        double confidence = Math.min(1, lead * 5);
        return new Suggestion(
                confidence >= Verdict.CONFIDENT ? Status.CONFIDENT : Status.TENTATIVE,
                placement(top),
                second < 0 ? null : placement(second),
                Verdict.round(confidence),
                ranking,
                List.of(),
                List.of(),
                List.of(),
                "bm25-baseline");
    }

    private Placement placement(int index) {
        Levels.Level level = levels.get(index);
        return new Placement(level.family().slug(), level.family().name(), level.grade());
    }

    private static int best(float[] scores, int except) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (i != except && scores[i] > 0 && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best;
    }
}
