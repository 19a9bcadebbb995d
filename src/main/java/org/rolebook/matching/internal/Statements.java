package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rolebook.framework.Accountabilities;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilyLevel;

/**
 * The framework's text cut into statements a profile line can match: each typical task, each
 * sentence of the accountabilities, knowledge and work elements, the purpose, reporting line,
 * supervisory responsibility and settings whole. Each statement knows its level and dimension,
 * and how much a match on it counts.
 */
public final class Statements {

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.;])\\s+(?=[\\p{Lu}*])");

    /** A statement of a level; {@code kind} says what it is ("typical task", "purpose", ...). */
    public record Statement(int level, Dimension dimension, String kind, String text, double weight) {}

    private final List<Statement> all;
    private final Bm25Index index;

    public Statements(Levels levels, MatchAnalyzer analyzer) {
        List<Statement> statements = new ArrayList<>();
        for (Levels.Level level : levels.all()) {
            read(level.index(), level.level(), statements);
        }
        this.all = List.copyOf(statements);
        this.index = new Bm25Index(all.stream().map(Statement::text).toList(), analyzer);
    }

    public List<Statement> all() {
        return all;
    }

    public Statement get(int index) {
        return all.get(index);
    }

    public Bm25Index index() {
        return index;
    }

    private static void read(int level, FamilyLevel text, List<Statement> into) {
        whole(level, text, Dimension.PURPOSE, "purpose", 1.0, into);
        whole(level, text, Dimension.REPORTING_LINE, "reporting line", 0.7, into);
        whole(level, text, Dimension.SUPERVISORY_RESPONSIBILITY, "supervisory responsibility", 0.8, into);
        whole(level, text, Dimension.SETTINGS, "setting", 0.4, into);
        Accountabilities accountabilities = text.accountabilities();
        accountabilities
                .statements()
                .forEach(p -> sentences(level, Dimension.ACCOUNTABILITIES, "accountability", p, 1.0, into));
        accountabilities
                .typicalTasks()
                .forEach(task -> add(level, Dimension.ACCOUNTABILITIES, "typical task", task, 1.0, into));
        accountabilities
                .closing()
                .forEach(p -> sentences(level, Dimension.ACCOUNTABILITIES, "communication", p, 0.6, into));
        sentences(
                level,
                Dimension.KNOWLEDGE_SKILLS_EXPERIENCE,
                "knowledge, skills and experience",
                text.text(Dimension.KNOWLEDGE_SKILLS_EXPERIENCE).plain(),
                0.8,
                into);
        sentences(
                level,
                Dimension.WORK_ELEMENTS,
                "work element",
                text.text(Dimension.WORK_ELEMENTS).plain(),
                0.4,
                into);
    }

    private static void whole(
            int level, FamilyLevel text, Dimension dimension, String kind, double weight, List<Statement> into) {
        if (!text.text(dimension).isNone()) {
            add(level, dimension, kind, text.text(dimension).plain(), weight, into);
        }
    }

    private static void sentences(
            int level, Dimension dimension, String kind, String text, double weight, List<Statement> into) {
        for (String sentence : SENTENCE.split(text)) {
            add(level, dimension, kind, sentence, weight, into);
        }
    }

    private static void add(
            int level, Dimension dimension, String kind, String text, double weight, List<Statement> into) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && !stripped.equals("-")) {
            into.add(new Statement(level, dimension, kind, stripped, weight));
        }
    }
}
