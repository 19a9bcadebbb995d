package org.rolebook.roleprofile;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import org.rolebook.framework.Segment;
import org.rolebook.framework.WordDiff;

/**
 * Two versions of a role profile compared field by field: texts word by word, lists item by item,
 * so that a reader sees what was added, removed or kept.
 */
public record ProfileDiff(ProfileVersion from, ProfileVersion to, List<Field> fields) {

    /** One field: its label, and either a word diff of its text or its items marked. */
    public record Field(String label, WordDiff text, List<Item> items, boolean list, boolean changed) {}

    /** An item of a list field and whether it was kept, added or removed. */
    public record Item(String text, Segment.Mark mark) {}

    /** The two versions compared, the job family given by its slug (as the API names it). */
    public static ProfileDiff of(List<ProfileVersion> versions, int from, int to) {
        return of(versions, from, to, java.util.function.Function.identity());
    }

    /** The two versions compared, the job family shown as {@code familyName} gives it for its slug. */
    public static ProfileDiff of(
            List<ProfileVersion> versions, int from, int to, java.util.function.Function<String, String> familyName) {
        ProfileVersion a = find(versions, from, "from");
        ProfileVersion b = find(versions, to, "to");
        ProfileContent x = a.content();
        ProfileContent y = b.content();
        List<Field> fields = List.of(
                text("Post title", x.postTitle(), y.postTitle()),
                text("Job family", familyName.apply(x.familySlug()), familyName.apply(y.familySlug())),
                text("Grade", "Grade " + x.grade(), "Grade " + y.grade()),
                text("Staff responsibility", x.staffResponsibility(), y.staffResponsibility()),
                text("Essential car user", x.essentialCarUser(), y.essentialCarUser()),
                text("Scope of role", x.scope(), y.scope()),
                items("Accountabilities", x.accountabilities(), y.accountabilities()),
                items("Individuals in this role may also", x.optionalDuties(), y.optionalDuties()),
                items("Additional supporting information", x.additionalInformation(), y.additionalInformation()),
                text("Prepared by", x.preparedBy(), y.preparedBy()),
                text("Date", x.dateAsWritten(), y.dateAsWritten()));
        return new ProfileDiff(a, b, fields);
    }

    private static ProfileVersion find(List<ProfileVersion> versions, int number, String field) {
        return versions.stream()
                .filter(v -> v.version() == number)
                .findFirst()
                .orElseThrow(() -> new org.rolebook.framework.UnknownInCatalogue(
                        field, "there is no version " + number + "; versions are 1 to " + versions.size()));
    }

    private static Field text(String label, String from, String to) {
        WordDiff diff = WordDiff.of(from, to);
        return new Field(label, diff, List.of(), false, diff.changed());
    }

    private static Field items(String label, List<String> from, List<String> to) {
        List<Item> items = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                items.add(new Item(from.get(at), Segment.Mark.SAME));
            }
            delta.getSource().getLines().forEach(line -> items.add(new Item(line, Segment.Mark.REMOVED)));
            if (delta.getType() != DeltaType.DELETE) {
                delta.getTarget().getLines().forEach(line -> items.add(new Item(line, Segment.Mark.ADDED)));
            }
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        for (; at < from.size(); at++) {
            items.add(new Item(from.get(at), Segment.Mark.SAME));
        }
        boolean changed = items.stream().anyMatch(item -> item.mark() != Segment.Mark.SAME);
        return new Field(label, WordDiff.of("", ""), items, true, changed);
    }
}
