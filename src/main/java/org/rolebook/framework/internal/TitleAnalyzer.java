package org.rolebook.framework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Words of job titles: case and accents folded, plurals reduced, a few filler words dropped and,
 * for queries, the abbreviations people use for titles expanded (IT/ICT, Mgr, Tech, Co-ordinator).
 */
final class TitleAnalyzer extends Analyzer {

    private static final CharArraySet FILLER =
            new CharArraySet(java.util.List.of("and", "of", "the", "for", "a", "an", "in", "to"), true);

    private final SynonymMap synonyms;

    private TitleAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /** For indexing titles as written. */
    static TitleAnalyzer forTitles() {
        return new TitleAnalyzer(build(new String[0][]));
    }

    /** For queries: abbreviations expanded to the words titles use. */
    static TitleAnalyzer forQueries() {
        return new TitleAnalyzer(build(new String[][] {
            {"it", "ict"},
            {"ict", "it"},
            {"information technology", "ict"},
            {"information communication technology", "ict"},
            {"mgr", "manager"},
            {"mngr", "manager"},
            {"tech", "technician"},
            {"techn", "technician"},
            {"asst", "assistant"},
            {"coord", "coordinator"},
            {"co ordinator", "coordinator"},
            {"co ord", "coordinator"},
            {"dofe", "duke edinburgh"},
            {"d e", "duke edinburgh"},
            {"admin", "administrator"},
            {"pe", "sports"},
            {"sport", "sports"},
            {"lunchtime", "midday"},
            {"dt", "design technology"},
        }));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, FILLER);
        if (synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static SynonymMap build(String[][] pairs) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (String[] pair : pairs) {
                builder.add(phrase(pair[0]), phrase(pair[1]), true);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef phrase(String words) {
        return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
    }
}
