package org.rolebook.framework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.rolebook.framework.SearchHit;
import org.rolebook.framework.Segment;

/**
 * All framework text in a Lucene index, one entry per cell of a family matrix, section of a grade
 * profile or standard statement; a search returns the best places with the words marked.
 */
final class TextIndex {

    private static final String TEXT = "text";
    private static final int MAX_HITS = 50;
    private static final char START = '\u0001';
    private static final char END = '\u0002';
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final List<SearchHit> places = new ArrayList<>();
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    /** A piece of framework text and where it belongs. */
    record Entry(SearchHit place, String text) {}

    TextIndex(List<Entry> entries) {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Entry entry : entries) {
                Document document = new Document();
                document.add(new StoredField("id", places.size()));
                document.add(new Field(TEXT, entry.text(), TEXT_WITH_OFFSETS));
                writer.addDocument(document);
                places.add(entry.place());
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("could not index the framework text", e);
        }
    }

    List<SearchHit> search(String words) {
        if (words.isBlank() || places.isEmpty()) {
            return List.of();
        }
        try {
            List<SearchHit> hits = run(parse(words, Occur.MUST));
            return hits.isEmpty() ? run(parse(words, Occur.SHOULD)) : hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String words, Occur operator) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT);
        parser.setDefaultOperator(operator);
        return parser.parse(words);
    }

    private List<SearchHit> run(Query query) throws IOException {
        if (query == null) {
            return List.of();
        }
        TopDocs top = searcher.search(query, MAX_HITS);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(String.valueOf(START), String.valueOf(END), " … ", false))
                .withMaxLength(100_000)
                .build();
        String[] snippets = highlighter.highlight(TEXT, query, top, 2);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            int id = searcher.storedFields()
                    .document(top.scoreDocs[i].doc)
                    .getField("id")
                    .numericValue()
                    .intValue();
            SearchHit place = places.get(id);
            List<Segment> snippet = snippets[i] == null ? List.of() : segments(snippets[i]);
            hits.add(new SearchHit(
                    place.kind(), place.familyName(), place.grade(), place.place(), place.link(), snippet));
        }
        return hits;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Splits a highlighted snippet at the formatter's marks, so that pages escape the text themselves. */
    private static List<Segment> segments(String highlighted) {
        List<Segment> segments = new ArrayList<>();
        for (String part : highlighted.split(String.valueOf(END))) {
            int mark = part.indexOf(START);
            if (mark < 0) {
                addSame(segments, part);
            } else {
                addSame(segments, part.substring(0, mark));
                segments.add(new Segment(part.substring(mark + 1), Segment.Mark.MATCHED));
            }
        }
        return List.copyOf(segments);
    }

    private static void addSame(List<Segment> segments, String text) {
        if (!text.isEmpty()) {
            segments.add(Segment.same(text));
        }
    }
}
