package org.rolebook.framework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.NGramDistance;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.TitleLookupResult;
import org.rolebook.framework.TitleMatch;

/**
 * Every example job title of the catalogue in a Lucene index. A lookup scores each title by the
 * query words it contains (small typos allowed), ranks titles that contain more of the words
 * first, then shorter titles, then lower grades, so that the general title comes before its
 * special cases.
 */
final class TitleIndex {

    private static final String CORE = "core";
    private static final String FULL = "full";
    private static final int MAX_MATCHES = 10;

    private final List<TitleMatch> titles = new ArrayList<>();
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer = TitleAnalyzer.forQueries();

    TitleIndex(List<JobFamily> families) {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(TitleAnalyzer.forTitles()))) {
            for (JobFamily family : families) {
                for (FamilyLevel level : family.levels()) {
                    for (String title : level.exampleTitles()) {
                        Document document = new Document();
                        document.add(new StoredField("id", titles.size()));
                        document.add(new TextField(CORE, title.replaceAll("\\(.*?\\)", " "), Field.Store.NO));
                        document.add(new TextField(FULL, title, Field.Store.NO));
                        writer.addDocument(document);
                        titles.add(new TitleMatch(family.slug(), family.name(), level.grade(), title, 0, false));
                    }
                }
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("could not index the example job titles", e);
        }
    }

    TitleLookupResult lookup(String query) {
        List<List<String>> groups = wordGroups(query);
        if (groups.isEmpty() || titles.isEmpty()) {
            return new TitleLookupResult(query, List.of(), nearest(query));
        }
        try {
            List<Query> groupQueries =
                    groups.stream().map(TitleIndex::groupQuery).toList();
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            groupQueries.forEach(group -> all.add(group, Occur.SHOULD));
            List<Scored> scored = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(all.build(), titles.size()).scoreDocs) {
                int matched = 0;
                for (Query group : groupQueries) {
                    if (searcher.explain(group, hit.doc).isMatch()) {
                        matched++;
                    }
                }
                scored.add(new Scored(titleOf(hit.doc), matched, hit.score));
            }
            int needed = groups.size() / 2 + 1;
            List<Scored> ranked = scored.stream()
                    .sorted(Comparator.comparingInt(Scored::matched)
                            .reversed()
                            .thenComparing(
                                    Comparator.comparingDouble(Scored::score).reversed())
                            .thenComparing(s -> s.title().grade()))
                    .toList();
            List<TitleMatch> matches = ranked.stream()
                    .filter(s -> s.matched() >= needed)
                    .limit(MAX_MATCHES)
                    .map(s -> s.asMatch(s.matched() == groups.size()))
                    .toList();
            if (!matches.isEmpty()) {
                return new TitleLookupResult(query, matches, List.of());
            }
            List<TitleMatch> nearest = new ArrayList<>();
            ranked.stream().limit(3).forEach(s -> nearest.add(s.asMatch(false)));
            for (TitleMatch near : nearest(query)) {
                if (nearest.size() < 5
                        && nearest.stream().noneMatch(n -> n.title().equals(near.title()))) {
                    nearest.add(near);
                }
            }
            return new TitleLookupResult(query, List.of(), nearest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TitleMatch titleOf(int doc) throws IOException {
        int id = searcher.storedFields()
                .document(doc)
                .getField("id")
                .numericValue()
                .intValue();
        return titles.get(id);
    }

    /** The query's words; abbreviations expanded into alternatives at the same place. */
    private List<List<String>> wordGroups(String query) {
        List<List<String>> groups = new ArrayList<>();
        try (TokenStream stream = queryAnalyzer.tokenStream(FULL, query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() == 0 && !groups.isEmpty()) {
                    groups.getLast().add(term.toString());
                } else {
                    groups.add(new ArrayList<>(List.of(term.toString())));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    private static Query groupQuery(List<String> alternatives) {
        BooleanQuery.Builder group = new BooleanQuery.Builder();
        for (String word : alternatives) {
            for (String field : List.of(CORE, FULL)) {
                float weight = field.equals(CORE) ? 2f : 1f;
                group.add(new BoostQuery(new TermQuery(new Term(field, word)), weight), Occur.SHOULD);
                int edits = word.length() < 4 ? 0 : word.length() < 8 ? 1 : 2;
                if (edits > 0) {
                    group.add(
                            new BoostQuery(new FuzzyQuery(new Term(field, word), edits, 1), weight * 0.7f),
                            Occur.SHOULD);
                }
            }
        }
        return group.build();
    }

    /** When no title shares a word with the query: the titles nearest in spelling. */
    /**
     * The titles nearest in spelling, at most three, and only those that resemble the query at all
     * (a misspelt title does; "Caretaker" or "zzzz" resembles none, and gets no made-up neighbours).
     */
    private List<TitleMatch> nearest(String query) {
        NGramDistance distance = new NGramDistance(3);
        String wanted = query.toLowerCase(Locale.ROOT).strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return titles.stream()
                .map(t ->
                        new Scored(t, 0, distance.getDistance(wanted, t.title().toLowerCase(Locale.ROOT))))
                .filter(s -> s.score() >= RESEMBLES)
                .sorted(Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparing(s -> s.title().grade()))
                .limit(3)
                .map(s -> s.asMatch(false))
                .toList();
    }

    /** The trigram similarity from which a title resembles a query: misspellings score 0.5 and more, strangers under 0.3. */
    private static final double RESEMBLES = 0.35;

    private record Scored(TitleMatch title, int matched, double score) {
        TitleMatch asMatch(boolean allWords) {
            return new TitleMatch(
                    title.familySlug(),
                    title.familyName(),
                    title.grade(),
                    title.title(),
                    Math.round(score * 1000) / 1000.0,
                    allWords);
        }
    }
}
