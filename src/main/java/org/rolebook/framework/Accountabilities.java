package org.rolebook.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accountabilities dimension of a family level, read into its three parts: the statements
 * about how the work is governed, the typical tasks (a list), and the closing statements about
 * communication that every level of the seed ends with.
 *
 * @param statements paragraphs before "Typical tasks:"
 * @param typicalTasks each task as written, without its bullet
 * @param closing the communication statements after the tasks
 */
public record Accountabilities(List<String> statements, List<String> typicalTasks, List<String> closing) {

    private static final Pattern TASKS_HEADING = Pattern.compile("(?i)typical\\s+tasks\\s*:");
    private static final Pattern CLOSING_START =
            Pattern.compile("(?<=[\\p{L}\\p{N}.)])\\s+(?=(?:Effective\\s+[Cc]|C)ommunication\\b)");
    private static final Pattern CLOSING_SENTENCE = Pattern.compile("(?:Effective\\s+)?[Cc]ommunication\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");

    public Accountabilities {
        statements = List.copyOf(statements);
        typicalTasks = List.copyOf(typicalTasks);
        closing = List.copyOf(closing);
    }

    public static Accountabilities of(LevelText text) {
        List<String> statements = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        boolean tasksSeen = false;
        for (String paragraph : text.paragraphs()) {
            Matcher heading = TASKS_HEADING.matcher(paragraph);
            if (!tasksSeen && heading.find()) {
                tasksSeen = true;
                addIfText(statements, paragraph.substring(0, heading.start()));
                readTasks(paragraph.substring(heading.end()), tasks, closing);
            } else if (tasksSeen) {
                closing.add(paragraph);
            } else {
                statements.add(paragraph);
            }
        }
        return new Accountabilities(statements, tasks, closing);
    }

    private static void readTasks(String text, List<String> tasks, List<String> closing) {
        String body = text.strip();
        if (body.contains("*")) {
            String[] bullets = body.split("\\*");
            addIfText(tasks, bullets[0]);
            for (int i = 1; i < bullets.length; i++) {
                addIfText(tasks, bullets[i]);
            }
            if (!tasks.isEmpty()) {
                splitClosingFromLast(tasks, closing);
            }
        } else {
            boolean inClosing = false;
            List<String> closingSentences = new ArrayList<>();
            for (String sentence : SENTENCE_END.split(body)) {
                inClosing = inClosing || CLOSING_SENTENCE.matcher(sentence).lookingAt();
                addIfText(inClosing ? closingSentences : tasks, sentence);
            }
            if (!closingSentences.isEmpty()) {
                closing.add(String.join(" ", closingSentences));
            }
        }
    }

    /** The seed glues the communication statement to the last bullet, with or without a full stop. */
    private static void splitClosingFromLast(List<String> tasks, List<String> closing) {
        String last = tasks.getLast();
        Matcher matcher = CLOSING_START.matcher(last);
        if (matcher.find()) {
            tasks.set(tasks.size() - 1, last.substring(0, matcher.start()).strip());
            closing.add(last.substring(matcher.end()).strip());
        }
    }

    private static void addIfText(List<String> list, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            list.add(stripped);
        }
    }
}
