package org.rolebook.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Texts in a Lucene index scored with BM25, with every term's score in every text worked out once
 * when the index is built. A query is then a sum over its terms, exactly what a Lucene disjunction
 * of term queries scores, without a search per query.
 */
public final class Bm25Index {

    private static final String TEXT = "text";

    private final int size;
    private final Map<String, Postings> postings = new HashMap<>();

    private record Postings(int[] docs, float[] scores) {}

    public Bm25Index(List<String> texts, MatchAnalyzer analyzer) {
        this.size = texts.size();
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String text : texts) {
                Document document = new Document();
                document.add(new TextField(TEXT, text, Field.Store.NO));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                readScores(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not index the framework text", e);
        }
    }

    private void readScores(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(TEXT);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                String word = term.utf8ToString();
                ScoreDoc[] hits = searcher.search(new TermQuery(new Term(TEXT, word)), Math.max(1, size)).scoreDocs;
                java.util.Arrays.sort(hits, java.util.Comparator.comparingInt((ScoreDoc hit) -> hit.doc));
                int[] docs = new int[hits.length];
                float[] scores = new float[hits.length];
                for (int i = 0; i < hits.length; i++) {
                    docs[i] = hits[i].doc;
                    scores[i] = hits[i].score;
                }
                postings.put(word, new Postings(docs, scores));
            }
        }
    }

    public int size() {
        return size;
    }

    public boolean contains(String term) {
        return postings.containsKey(term);
    }

    /** The BM25 score of every text for the given terms, each counted once per time it is given. */
    public float[] scores(Collection<String> terms) {
        float[] scores = new float[size];
        for (String term : terms) {
            Postings found = postings.get(term);
            if (found != null) {
                for (int i = 0; i < found.docs.length; i++) {
                    scores[found.docs[i]] += found.scores[i];
                }
            }
        }
        return scores;
    }

    /**
     * Adds the terms' scores into {@code into}, which must be all zero and as long as the index, and
     * writes each text that got a score into {@code touched}; returns how many it wrote. The caller
     * reads the scores of those texts and sets them back to zero, so the arrays serve again.
     */
    public int scoresInto(Collection<String> terms, float[] into, int[] touched) {
        int count = 0;
        for (String term : terms) {
            Postings found = postings.get(term);
            if (found != null) {
                for (int i = 0; i < found.docs.length; i++) {
                    int doc = found.docs[i];
                    if (into[doc] == 0) {
                        touched[count++] = doc;
                    }
                    into[doc] += found.scores[i];
                }
            }
        }
        return count;
    }

    /** The score of one term in one text; zero when the text lacks it. */
    public float score(String term, int doc) {
        Postings found = postings.get(term);
        if (found == null) {
            return 0;
        }
        int at = java.util.Arrays.binarySearch(found.docs, doc);
        return at < 0 ? 0 : found.scores[at];
    }
}
