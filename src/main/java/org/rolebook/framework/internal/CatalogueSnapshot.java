package org.rolebook.framework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.Framework;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.SearchHit;
import org.rolebook.framework.StandardStatement;
import org.rolebook.framework.TextBlock;
import org.rolebook.framework.TitleLookupResult;

/**
 * The catalogue as it stood at one revision of the database, with its title and text indexes.
 * Immutable: a new snapshot replaces it when a document is stored, by this instance or another.
 */
public final class CatalogueSnapshot {

    private final long revision;
    private final Optional<Framework> framework;
    private final List<JobFamily> families;
    private final List<GradeProfile> gradeProfiles;
    private final List<StandardStatement> statements;
    private final Optional<String> guidance;
    private volatile @Nullable TitleIndex titles;
    private volatile @Nullable TextIndex text;

    CatalogueSnapshot(
            long revision,
            Optional<Framework> framework,
            List<JobFamily> families,
            List<GradeProfile> gradeProfiles,
            List<StandardStatement> statements,
            Optional<String> guidance) {
        this.revision = revision;
        this.guidance = guidance;
        this.framework = framework;
        this.families = List.copyOf(families);
        this.gradeProfiles = List.copyOf(gradeProfiles);
        this.statements = List.copyOf(statements);
    }

    long revision() {
        return revision;
    }

    public Optional<Framework> framework() {
        return framework;
    }

    public List<JobFamily> families() {
        return families;
    }

    public List<GradeProfile> gradeProfiles() {
        return gradeProfiles;
    }

    public List<StandardStatement> statements() {
        return statements;
    }

    public Optional<String> guidance() {
        return guidance;
    }

    /** Built on first use: a snapshot that is only read for its families costs no index. */
    public TitleLookupResult lookupTitle(String query) {
        TitleIndex index = titles;
        if (index == null) {
            index = new TitleIndex(families);
            titles = index;
        }
        return index.lookup(query);
    }

    public List<SearchHit> search(String words) {
        TextIndex index = text;
        if (index == null) {
            index = new TextIndex(entries());
            text = index;
        }
        return index.search(words);
    }

    private List<TextIndex.Entry> entries() {
        List<TextIndex.Entry> entries = new ArrayList<>();
        for (JobFamily family : families) {
            for (FamilyLevel level : family.levels()) {
                String link = "/families/" + family.slug() + "/grades/"
                        + level.grade().number();
                for (Dimension dimension : Dimension.values()) {
                    String cell = level.text(dimension).plain();
                    if (!cell.isBlank()) {
                        String place = family.name() + " · " + level.grade().label() + " · " + dimension.label();
                        entries.add(new TextIndex.Entry(
                                new SearchHit("Family level", family.name(), level.grade(), place, link, List.of()),
                                bulleted(cell)));
                    }
                }
            }
        }
        for (GradeProfile profile : gradeProfiles) {
            String link = "/grade-profiles/" + profile.grade().number();
            // its heading names the level ("Level Five – Operative / Support (Grade 5)"): found as the rest is
            entries.add(new TextIndex.Entry(
                    new SearchHit(
                            "Grade profile",
                            null,
                            profile.grade(),
                            "Grade profile · " + profile.levelName() + " ("
                                    + profile.grade().label() + ") · Heading",
                            link,
                            List.of()),
                    profile.heading()));
            addSection(entries, profile, "Purpose", profile.purpose(), link);
            addSection(entries, profile, "Scope of Work", profile.scopeOfWork(), link);
            addSection(entries, profile, "Accountabilities/Responsibilities", profile.accountabilities(), link);
            addSection(entries, profile, "Skills, knowledge and experience", profile.skillsKnowledgeExperience(), link);
            addSection(entries, profile, "Performance Measures", profile.performanceMeasures(), link);
        }
        for (StandardStatement statement : statements) {
            entries.add(new TextIndex.Entry(
                    new SearchHit("Standard statement", null, null, statement.title(), "/statements", List.of()),
                    statement.text().plain()));
        }
        return entries;
    }

    /** A task the framework marks with "*" ("*Covering Frist Aid Room") shown as the bullet it stands for. */
    private static String bulleted(String text) {
        return BULLET.matcher(text).replaceAll("$1• ");
    }

    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("(^|\\s)\\*\\s*(?=\\S)");

    private static void addSection(
            List<TextIndex.Entry> entries, GradeProfile profile, String section, TextBlock text, String link) {
        String place = "Grade profile · " + profile.levelName() + " ("
                + profile.grade().label() + ") · " + section;
        entries.add(new TextIndex.Entry(
                new SearchHit("Grade profile", null, profile.grade(), place, link, List.of()), text.plain()));
    }
}
